/**
 * Neutral wording for templated summary sentences: source labels, counts, topic
 * phrases, dates. Kept in one place so every sentence reads the same way.
 */
import type { Article, Claim, ClaimValue, Entity } from '../../contract/analysis-schema.js';
import { CARDINAL_WORDS } from '../../lexicon/number-words.js';
import { STOPWORDS } from '../../lexicon/stopwords.js';
import { articleLabels } from '../../util/article-label.js';

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "three" for 3, "14" for 14; capitalised at a sentence start. */
export function countWord(n: number, capital = false): string {
  const w = SMALL[n] ?? String(n);
  return capital ? w.charAt(0).toUpperCase() + w.slice(1) : w;
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A claim value as it reads mid-sentence: a value cut from the start of a sentence
 * ("At least two") loses its capital when its first word is a function or number word.
 */
export function midSentence(value: string): string {
  const first = /^\p{Lu}\p{Ll}*/u.exec(value)?.[0];
  if (first && (STOPWORDS.has(first.toLowerCase()) || first.toLowerCase() in CARDINAL_WORDS)) return first.toLowerCase() + value.slice(first.length);
  return value;
}

/** Names sources by outlet when known, else by the article's readable label (util/article-label.ts). */
export class SourceLabels {
  private readonly labels: ReadonlyMap<string, string>;
  constructor(articles: readonly Article[]) {
    const fallback = articleLabels(articles.map((a) => a.id));
    this.labels = new Map(articles.map((a) => [a.id, a.outlet?.trim() || (fallback.get(a.id) ?? a.id)]));
  }
  /** One label. */
  of(id: string): string {
    return this.labels.get(id) ?? id;
  }
  /** "A", "A and B", "A, B and C", "A, B, C and 2 others" (distinct labels, in the given order). */
  list(ids: readonly string[], max = 3): string {
    const names = [...new Set(ids.map((id) => this.of(id)))];
    const shown = names.slice(0, max);
    const rest = names.length - shown.length;
    if (rest > 0) return `${shown.join(', ')} and ${rest} other${rest > 1 ? 's' : ''}`;
    return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]!}`;
  }
}

const CURRENCY_OR_RATE = /^(%|percent|per cent|[A-Z]{3})$/;

/** What a claim is about, as a noun phrase: "the number of hostages alive", "the age of Jane Roe". */
export function topicPhrase(c: Claim, entities: ReadonlyMap<string, Entity>): string {
  const topic = c.topic.trim() || 'the figure';
  const subject = c.subject ? (entities.get(c.subject)?.name ?? c.subject) : null;
  if (/^(the|a|an) /i.test(topic)) return topic;
  switch (c.kind) {
    case 'age':
      return `the age of ${subject ?? topic}`;
    case 'role':
      return `the role of ${subject ?? topic}`;
    case 'date':
      return `the date of ${topic}`;
    case 'name':
      return /\bnames?\b/i.test(topic) ? `the ${topic}` : `the name of ${topic}`;
    case 'quantity': {
      const unit = c.values.find((v) => v.unit)?.unit ?? null;
      return unit && CURRENCY_OR_RATE.test(unit) ? `the figure for ${topic}` : `the number of ${topic}`;
    }
    default:
      return topic;
  }
}

/** A claim value as the summary states it: ages as the bare number ("54", not "54-year-old"). */
export function statedValue(c: Claim, v: ClaimValue): string {
  if (c.kind === 'age' && typeof v.normalized === 'number') return String(v.normalized);
  return midSentence(v.value);
}

/** "2025-03-04" → "4 March 2025"; "2025-03" → "March 2025"; "2025" stays. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]!}` : `${month} ${m[1]!}`;
}

/** " between 09:00 and 15:00 on 5 March 2025", " between 4 March 2025 and 6 March 2025", or "" when a date is unknown. */
export function betweenTimes(a: string | null | undefined, b: string | null | undefined): string {
  if (!a || !b || a === b) return '';
  const time = (s: string) => /T(\d{2}:\d{2})/.exec(s)?.[1];
  const [da, db, ta, tb] = [a.slice(0, 10), b.slice(0, 10), time(a), time(b)];
  if (da === db && ta && tb && ta !== tb) return ` between ${ta} and ${tb} on ${formatDate(da)}`;
  if (da === db) return '';
  return ` between ${formatDate(da)} and ${formatDate(db)}`;
}
