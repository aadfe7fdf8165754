/**
 * Field names that may open a plain-text article as a metadata header ("Published: 5 March 2025",
 * "Source: Example Times") or appear in YAML front matter, mapped to the Article field they fill.
 * Keys are lower-case; matching ignores case and a trailing colon.
 */
export type MetadataField = 'published' | 'outlet' | 'url' | 'author' | 'title' | 'language' | 'id';

export const METADATA_KEYS: Readonly<Record<string, MetadataField>> = {
  date: 'published',
  published: 'published',
  'published at': 'published',
  'published on': 'published',
  publishdate: 'published',
  'publish date': 'published',
  pubdate: 'published',
  'date published': 'published',
  datepublished: 'published',
  posted: 'published',
  'posted on': 'published',
  source: 'outlet',
  outlet: 'outlet',
  publisher: 'outlet',
  publication: 'outlet',
  'site name': 'outlet',
  site: 'outlet',
  url: 'url',
  link: 'url',
  'canonical url': 'url',
  canonical: 'url',
  permalink: 'url',
  author: 'author',
  authors: 'author',
  byline: 'author',
  by: 'author',
  writer: 'author',
  title: 'title',
  headline: 'title',
  language: 'language',
  lang: 'language',
  id: 'id',
};

/** Keys that may stand inline, without a colon, before the body on the first line ("date 2025-03-05 The …"); their value must parse as a date. */
export const INLINE_DATE_KEYS: readonly string[] = ['date', 'published', 'posted', 'updated', 'dated'];
