/**
 * Plain text (.txt) and Markdown (.md): front matter, Markdown markup, hard-wrapped paragraphs,
 * normalisation, then the header (metadata lines, inline date, headline). The headline is moved
 * to `title` and is NOT part of `text`: `text` starts at the body, so offsets count from there.
 */
import type { Draft } from './build-article.js';
import { splitFrontMatter } from './front-matter.js';
import { decodeEntities } from './html-entities.js';
import { markdownToText } from './markdown-to-text.js';
import { type RawMetadata, mergeMetadata } from './metadata.js';
import { normalizeText } from './normalize-text.js';
import type { Removed } from './text-header.js';
import { readTextHeader } from './text-header.js';
import { unwrapHardWrapped } from './unwrap.js';

/** Build a draft from decoded text. `known` holds metadata from a container (JSON record fields). */
export function ingestText(raw: string, format: 'txt' | 'md', known: RawMetadata = {}): Draft {
  let body = decodeEntities(raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, ''));
  let meta: RawMetadata = { ...known };
  const removed: Removed[] = [];
  const fm = splitFrontMatter(body);
  if (fm) {
    meta = mergeMetadata(meta, fm.meta);
    removed.push({ text: fm.block, reason: 'metadata' });
    body = fm.body;
  }
  if (format === 'md') {
    const md = markdownToText(body);
    if (md.h1 && meta.title && normalizeText(md.h1) !== normalizeText(meta.title)) removed.push({ text: md.h1, reason: 'headline' });
    if (md.h1) meta = mergeMetadata(meta, { title: md.h1 });
    body = md.text;
  } else body = unwrapHardWrapped(body);
  const header = readTextHeader(normalizeText(body), meta.title ?? null, body);
  return { meta: mergeMetadata(meta, header.meta), lines: header.lines, removed: [...removed, ...header.removed] };
}
