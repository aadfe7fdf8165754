/**
 * Step 1 of clustering: an article's features (pure, cheap: runs on every ingested article).
 * Terms come from the title (counted twice: it names the story) and the lead; name keys from
 * capitalised runs. Multi-word names also go in as terms so the store's document frequencies
 * cover them and a common name ("United States") weighs less than a rare one.
 */
import type { Article } from '../contract/analysis-schema.js';
import { lshBandKeys } from './minhash.js';
import { MAX_ARTICLE_ENTITIES, MAX_ARTICLE_TERMS, resolveOptions, type ClusterOptions } from './options.js';
import { cleanTitle, contentTerms, foldTerm, nameKeys } from './text-keys.js';
import { officeHolders } from './office-holders.js';
import { latestEventYear } from './text-years.js';
import type { ArticleFeatures } from './types.js';

const DAY_MS = 86_400_000;
/** Terms hashed into LSH bands: the strongest ones, so boilerplate words rarely decide a band. */
const LSH_TERMS = 24;
/** Entities that become index keys. */
const ENTITY_KEYS = 10;

/** Days since 1970-01-01 (UTC) of an ISO date or date-time; null when unreadable or known only to the month. */
export function dayNumber(published: string | null): number | null {
  if (!published || published.length < 10) return null;
  const t = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

/** Far enough that any story lies inside: an undated article is compared by content alone. */
const ANY_DAY = 1_000_000;

/**
 * Years of slack below an undated article's latest event year (text-years.ts): on the partisan
 * stream's dated articles, 10 of 118 that date an event name a year after their own this way
 * ("re-election in 2024", "starting in 2019"), 2 of them more than one year after.
 */
const EVENT_YEAR_SLACK = 1;

/**
 * The days an article may be from: its day; the days of its month when only the month is known
 * ("2025-05"); when it is undated, any day — never the ingestion day, which for an archive is years
 * away — from the first day of the year before the latest year its text dates an event to
 * (`text`, see text-years.ts): an article is not older than what it reports.
 * @example publishedDays(null, 'The dam burst in May 2019.') // [17532, 1000000]: from 2018-01-01
 */
export function publishedDays(published: string | null, text = ''): readonly [number, number] {
  const day = dayNumber(published);
  if (day !== null) return [day, day];
  const m = published === null ? null : /^(\d{4})-(\d{2})$/.exec(published);
  if (m) {
    const first = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) / DAY_MS;
    const last = Date.UTC(Number(m[1]), Number(m[2]), 0) / DAY_MS;
    if (Number.isFinite(first) && Number.isFinite(last)) return [first, last];
  }
  const year = latestEventYear(text);
  return [year === null ? -ANY_DAY : Date.UTC(year - EVENT_YEAR_SLACK, 0, 1) / DAY_MS, ANY_DAY];
}

/** A title in Title Case names nothing by its capitals. */
function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length > 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
}

const byCountThenKey = (a: readonly [string, number], b: readonly [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function count(items: readonly string[], into = new Map<string, number>()): Map<string, number> {
  for (const t of items) into.set(t, (into.get(t) ?? 0) + 1);
  return into;
}

/** Title names kept per article: a headline names few people and places. */
const MAX_TITLE_NAMES = 6;

/**
 * The words of `title` that are words of the article's names (folded like terms), in title order:
 * a Title Case headline capitalises every word, so its names are the ones its text names too.
 * @example namesInTitle('Punishing Disney, Governor Signals a Brawl', ['disney', 'walt disney company']) // ['disney']
 */
export function namesInTitle(title: string, entities: readonly string[]): string[] {
  if (!title) return [];
  const nameWords = new Set(entities.flatMap((e) => e.split(' ').map(foldTerm)));
  return [...new Set(contentTerms(title).filter((w) => nameWords.has(w)))].slice(0, MAX_TITLE_NAMES);
}

/**
 * Features of one article for online clustering.
 * @example clusterFeatures(article, { ingestDay: 20300 }).indexKeys // ['b0:…', …, 'e:carrow bay']
 */
export function clusterFeatures(article: Article, options?: ClusterOptions): ArticleFeatures {
  const o = resolveOptions(options);
  const title = cleanTitle(article.title ?? '');
  const lead = article.text.slice(0, o.leadChars);
  const names = count(nameKeys(isTitleCase(title) ? lead : `${title}\n${lead}`));
  const entities = [...names].sort(byCountThenKey).slice(0, MAX_ARTICLE_ENTITIES);
  const words = contentTerms(`${title}\n${title}\n${lead}`);
  const counts = count(words);
  for (const [name, n] of entities) if (name.includes(' ')) counts.set(name, n);
  const terms = [...counts].sort(byCountThenKey).slice(0, MAX_ARTICLE_TERMS);
  const entityKeys = entities.map(([e]) => e);
  const indexKeys = [
    ...lshBandKeys(terms.slice(0, LSH_TERMS).map(([t]) => t)),
    ...entityKeys.slice(0, ENTITY_KEYS).map((e) => `e:${e}`),
  ];
  const titleNames = namesInTitle(title, entityKeys);
  const known = dayNumber(article.published);
  const [from, to] = publishedDays(article.published, article.text);
  // the day a story's range grows by: a month-only article's mid-month, an undated one's ingestion day.
  const day = known ?? (to - from <= 31 ? Math.floor((from + to) / 2) : o.ingestDay);
  const offices = officeHolders(article.text);
  return {
    day, ...(known === null ? { days: [from, to] as const } : {}), terms, entities: entityKeys, ...(titleNames.length ? { titleNames } : {}), indexKeys,
    ...(offices.length ? { offices } : {}),
  };
}
