/**
 * The tense of the clause around a date. A bare weekday or month in a future
 * clause ("will meet on Friday") is the next one after publication, in a past
 * clause ("met on Friday") the last one before it; with neither marker, a
 * yearless date is the nearest one ("the tournament, which begins in August").
 */
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import { FUTURE_MARKERS } from '../../lexicon/future-markers.js';
import { PAST_ATTRIBUTION_FORMS, PAST_MARKERS } from '../../lexicon/past-markers.js';
import { REPORTING_WORDS } from '../../lexicon/reporting-words.js';
import { SPEECH_VERBS, TELLING_VERBS } from '../../lexicon/speech-verbs.js';

export type Tense = 'future' | 'past' | 'unknown';
const PAST = new Set(PAST_MARKERS);
const PAST_TELLING = new Set(PAST_ATTRIBUTION_FORMS);
// the verb of attribution dates the telling, not the event.
const ATTRIBUTION = new Set([...SPEECH_VERBS, ...TELLING_VERBS, ...REPORTING_WORDS]);

const MARKERS: readonly (readonly string[])[] = FUTURE_MARKERS.map((m) => m.split(' '));
/**
 * How many tokens before and after the date are searched for a marker. The verb a
 * date belongs to mostly comes before it ("said they would add sailings between
 * the two ports from Thursday"), so the window reaches further back.
 */
const BEFORE = 14;
const AFTER = 6;
/** Modals that look ahead unless negated or perfect ("could request until …", not "could not confirm"). */
const MODALS = new Set(['could', 'can', 'may', 'might', 'should']);
const MODAL_BLOCKERS = new Set(['not', "n't", '’t', 'have', 'never']);

const QUOTES = new Set(['“', '”', '"', '‘', '’']);
const HARD_STOP = new Set([...QUOTES, ';', ':', '—', '–', '(', ')']);

/**
 * The token indices searched for the date's tense: outward from the date, within
 * `BEFORE`/`AFTER` tokens, stopping at quotation marks and dashes (another voice or
 * an aside) and at commas — except after a date that opens its sentence
 * ("On Monday, the board will vote"), whose verb comes after the comma.
 */
function scope(doc: NlpDoc, sentence: { first: number; last: number }, firstToken: number, lastToken: number): number[] {
  const out: number[] = [];
  const limit = Math.max(sentence.first, firstToken - BEFORE);
  for (let i = firstToken - 1; i >= limit; i--) {
    const w = doc.tokens[i]!.text;
    if (QUOTES.has(w)) {
      // a short quoted phrase ("fit for service") is part of the clause; a quotation is not.
      let j = i - 1;
      while (j >= limit && j > i - 6 && !QUOTES.has(doc.tokens[j]!.text)) j--;
      if (j >= limit && j > i - 6) {
        i = j;
        continue;
      }
      break;
    }
    if (HARD_STOP.has(w) || w === ',') break;
    out.push(i);
  }
  const fronted = firstToken - sentence.first <= 2;
  for (let i = lastToken; i < Math.min(sentence.last, lastToken + AFTER); i++) {
    const w = doc.tokens[i]!.text;
    if (HARD_STOP.has(w) || (w === ',' && !fronted)) break;
    out.push(i);
  }
  return out;
}

/** True when a future marker stands near the date, in its clause. */
export function isFutureAround(doc: NlpDoc, sentence: { first: number; last: number }, firstToken: number, lastToken: number): boolean {
  for (const i of scope(doc, sentence, firstToken, lastToken)) {
    if (MODALS.has(doc.tokens[i]!.lower) && !MODAL_BLOCKERS.has(doc.tokens[i + 1]?.lower ?? '')) return true;
    for (const m of MARKERS) {
      let ok = i + m.length <= sentence.last;
      for (let k = 0; ok && k < m.length; k++) ok = doc.tokens[i + k]!.lower === m[k];
      if (ok) return true;
    }
  }
  return false;
}

/**
 * 'past' when a past-tense verb stands right before the date ("announced Friday", "said on
 * Tuesday that …", "met Monday"): the date is that verb's, whatever a later "would" or "will"
 * in the clause looks ahead to. A participle after "is"/"has"/"will" is not past.
 */
function adjacentPast(doc: NlpDoc, sentence: { first: number }, firstToken: number): boolean {
  let i = firstToken - 1;
  if (i > sentence.first && doc.tokens[i]!.lower === 'on') i--;
  const t = doc.tokens[i];
  if (t === undefined || i < sentence.first) return false;
  if (PAST.has(t.lower) || PAST_TELLING.has(t.lower)) return true;
  const before = doc.tokens[i - 1]?.lower ?? '';
  // "was announced Wednesday" is past; "was expected Friday" looks ahead.
  const pastPassive = /^(?:was|were)$/.test(before) && !LOOKING_AHEAD.has(t.lower);
  return t.pos === 'VERB' && t.lower.length > 3 && t.lower.endsWith('ed') && (pastPassive || !/^(?:is|are|be|been|being|am|was|were|has|have|had|will|would)$/.test(before));
}

/** Participles that look ahead after "was"/"were" ("was scheduled for Friday"). */
const LOOKING_AHEAD = new Set(['expected', 'scheduled', 'planned', 'slated', 'set', 'due', 'supposed', 'intended', 'delayed', 'postponed']);

/** 'past' when the date is the subject's time and a past telling verb follows it ("Bush on Tuesday said …"). */
function pastRightAfter(doc: NlpDoc, sentence: { last: number }, lastToken: number): boolean {
  const t = doc.tokens[lastToken];
  return t !== undefined && lastToken < sentence.last && PAST_TELLING.has(t.lower);
}

/** Past if a past-tense verb is right before the date; future if a future marker is near; past if a past-tense verb is; else unknown. */
export function tenseAround(doc: NlpDoc, sentence: { first: number; last: number }, firstToken: number, lastToken: number): Tense {
  if (adjacentPast(doc, sentence, firstToken) || pastRightAfter(doc, sentence, lastToken)) return 'past';
  if (isFutureAround(doc, sentence, firstToken, lastToken)) return 'future';
  for (const i of scope(doc, sentence, firstToken, lastToken)) {
    const t = doc.tokens[i]!;
    if (ATTRIBUTION.has(t.lower) && !PAST.has(t.lower)) continue;
    // "-ed" after a present "is"/"be" is a passive ("is expected", "should be released"), after
    // "has"/"have" a present perfect ("has issued a warning until Thursday"): neither is past.
    const present = /^(?:is|are|be|been|being|am|has|have)$/.test(doc.tokens[i - 1]?.lower ?? '');
    // "-ed" before a noun with no subject before it is an adjective ("relegated clubs have until …").
    const attributive = doc.tokens[i + 1]?.pos === 'NOUN' && !/^(?:NOUN|PROPN|PRON)$/.test(doc.tokens[i - 1]?.pos ?? '');
    if (PAST.has(t.lower) || (!present && !attributive && (t.pos === 'VERB' || t.pos === 'AUX') && t.lower.length > 3 && t.lower.endsWith('ed'))) return 'past';
  }
  // "until Thursday" with no past verb is a deadline still ahead.
  const before = doc.tokens[firstToken - 1]?.lower ?? '';
  return before === 'until' || before === 'till' ? 'future' : 'unknown';
}
