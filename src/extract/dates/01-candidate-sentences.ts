/**
 * Step 1: a cheap token scan that picks the sentences worth parsing. chrono runs
 * dozens of regular expressions per call, so it only sees sentences holding a
 * month, weekday or relative-time word, a year-like number or a numeric date.
 */
import type { NlpDoc, Sentence } from '../../nlp/nlp-doc.js';
import { TEMPORAL_WORDS } from '../../lexicon/temporal-words.js';

const YEAR_LIKE = /^(?:18|19|20)\d\d$|^2100$/;
const NUMERIC_DATE = /\d[/.-]\d/;

/** True when the token could start or belong to a date expression. */
function isDateish(lower: string): boolean {
  if (TEMPORAL_WORDS.has(lower)) return true;
  const c = lower.charCodeAt(0);
  if (c < 48 || c > 57) return TEMPORAL_WORDS.has(lower.replace(/[.’']s?$/, ''));
  return YEAR_LIKE.test(lower) || NUMERIC_DATE.test(lower) || /^(?:18|19|20)\d\ds$/.test(lower);
}

/** The sentences of `doc` that contain at least one date-ish token, in text order. */
export function candidateSentences(doc: NlpDoc): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (isDateish(doc.tokens[i]!.lower)) {
        out.push(s);
        break;
      }
    }
  }
  return out;
}
