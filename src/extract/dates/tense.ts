/**
 * The tense of the clause around a date. A bare weekday or month in a future
 * clause ("will meet on Friday") is the next one after publication, in a past
 * clause ("met on Friday") the last one before it; with neither marker, a
 * yearless date is the nearest one ("the tournament, which begins in August").
 */
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import { DATE_PREPOSITIONS, FUTURE_MARKERS, PLAN_CHANGE_WORDS, PLAN_WORDS } from '../../lexicon/future-markers.js';
import { PAST_ATTRIBUTION_FORMS, PAST_MARKERS, PRESENT_ED_VERBS } from '../../lexicon/past-markers.js';
import { REPORTING_WORDS } from '../../lexicon/reporting-words.js';
import { SPEECH_VERBS, TELLING_VERBS } from '../../lexicon/speech-verbs.js';

/** 'done' is a past that cannot reach past publication: "since March". */
export type Tense = 'future' | 'past' | 'done' | 'unknown';
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
/** … and after a date that opens its sentence, whose verb may follow a long subject ("In January, a week after the vote, a bomb killed …"). */
const AFTER_FRONTED = 24;
/** Modals that look ahead unless negated or perfect ("could request until …", not "could not confirm"). */
const MODALS = new Set(['could', 'can', 'may', 'might', 'should']);
const MODAL_BLOCKERS = new Set(['not', "n't", '’t', 'have', 'never']);

const PLAN = new Set(PLAN_WORDS);
const PLAN_CHANGE = new Set(PLAN_CHANGE_WORDS);
const PREPOSITIONS = new Set(DATE_PREPOSITIONS);
const TOWARDS = new Set(['until', 'till', 'to', 'for', 'by']);
const UNTIL = new Set(['until', 'till', 'to']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
const AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
const PRESENT_ED = new Set(PRESENT_ED_VERBS);
/** A regular past form: "-ed", not "succeed" or "need". */
const regularPast = (w: string) => w.length > 3 && w.endsWith('ed') && !PRESENT_ED.has(w);

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
  const after: number[] = [];
  const fronted = firstToken - sentence.first <= 2;
  for (let i = lastToken; i < Math.min(sentence.last, lastToken + (fronted ? AFTER_FRONTED : AFTER)); i++) {
    const w = doc.tokens[i]!.text;
    if (HARD_STOP.has(w) || (w === ',' && !fronted)) break;
    after.push(i);
  }
  // nearest first, a word before the date winning a tie with one after it (its verb mostly comes first).
  const distance = (i: number) => (i < firstToken ? firstToken - i : i - lastToken + 2);
  return [...out, ...after].sort((a, b) => distance(a) - distance(b) || a - b);
}

/**
 * 'future' when a future marker starts at token `i` ("will", "due to"); 'past' when that marker is in
 * the pluperfect ("had been due to expire Friday": the plan's time is over); else null. "next to"
 * is a place, not a time.
 */
function futureMarkerAt(doc: NlpDoc, sentence: { last: number }, i: number): Tense | null {
  if (MODALS.has(doc.tokens[i]!.lower) && !MODAL_BLOCKERS.has(doc.tokens[i + 1]?.lower ?? '')) return 'future';
  for (const m of MARKERS) {
    let ok = i + m.length <= sentence.last;
    for (let k = 0; ok && k < m.length; k++) ok = doc.tokens[i + k]!.lower === m[k];
    if (!ok || (m[0] === 'next' && m.length === 1 && doc.tokens[i + 1]?.lower === 'to')) continue;
    // "an offer that would have raised pay": a past that did not happen, not a future.
    if (m.length === 1 && (m[0] === 'would' || m[0] === 'could') && doc.tokens[i + 1]?.lower === 'have') continue;
    const b1 = doc.tokens[i - 1]?.lower ?? '';
    const pluperfect = b1 === 'had' || (b1 === 'been' && doc.tokens[i - 2]?.lower === 'had');
    return pluperfect ? 'past' : 'future';
  }
  return null;
}

/** True when token `i` is a verb in the past ("met", "announced"; not "is expected", "has issued", "relegated clubs"). */
function pastVerbAt(doc: NlpDoc, i: number, tellingCounts: boolean): boolean {
  const t = doc.tokens[i]!;
  if (ATTRIBUTION.has(t.lower) && !PAST.has(t.lower)) return tellingCounts && (PAST_TELLING.has(t.lower) || regularPast(t.lower));
  // "-ed" after a present "is"/"be"/"get" is a passive ("is expected", "getting beaten"), after
  // "has"/"have" a present perfect ("has issued a warning until Thursday"): neither is past.
  const present = /^(?:is|are|be|been|being|am|has|have|get|gets|getting)$/.test(doc.tokens[i - 1]?.lower ?? '');
  // "-ed" before a noun with no subject before it is an adjective ("relegated clubs have until …").
  const attributive = doc.tokens[i + 1]?.pos === 'NOUN' && !/^(?:NOUN|PROPN|PRON)$/.test(doc.tokens[i - 1]?.pos ?? '');
  // "would still be held", "has set": an irregular participle after "be"/"have" is no past either.
  if (PAST.has(t.lower)) return !present || AUXILIARIES.has(t.lower);
  return !present && !attributive && (t.pos === 'VERB' || t.pos === 'AUX') && regularPast(t.lower);
}

/** True when token `i` is a verb in the present after its subject ("the court hears the case on Thursday"). */
function presentVerbAt(doc: NlpDoc, sentence: { first: number }, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.pos !== 'VERB' || ATTRIBUTION.has(t.lower) || !/[^su]s$/.test(t.lower) || i - 1 < sentence.first) return false;
  const b = doc.tokens[i - 1]!;
  // "their offers" is a noun after a possessive, not a verb after its subject.
  return b.pos === 'NOUN' || b.pos === 'PROPN' || SUBJECT_PRONOUNS.has(b.lower);
}

/**
 * The tense of the nearest marker in the date's clause: a future marker, or a past verb. Verbs of
 * telling date the telling, not the event ("candidates have until November 14, she said"), except
 * after a date that opens its sentence ("On Monday, officials said …").
 */
function nearestMarker(doc: NlpDoc, sentence: { first: number; last: number }, firstToken: number, lastToken: number): Tense | null {
  const fronted = firstToken - sentence.first <= 2;
  for (const i of scope(doc, sentence, firstToken, lastToken)) {
    const f = futureMarkerAt(doc, sentence, i);
    if (f !== null) return f;
    // "were planning to drive on Monday": a past auxiliary before a marker that looks ahead.
    if (i < firstToken && presentVerbAt(doc, sentence, i)) return 'future';
    if (pastVerbAt(doc, i, fronted && i > firstToken)) return AUXILIARIES.has(doc.tokens[i]!.lower) && futureMarkerAt(doc, sentence, i + 1) === 'future' ? 'future' : 'past';
  }
  return null;
}

/** True when a future marker stands near the date, in its clause. */
export function isFutureAround(doc: NlpDoc, sentence: { first: number; last: number }, firstToken: number, lastToken: number): boolean {
  return scope(doc, sentence, firstToken, lastToken).some((i) => futureMarkerAt(doc, sentence, i) === 'future');
}

/** The index of the word before the date, past the prepositions between them ("met late on Monday"). */
function wordBefore(doc: NlpDoc, sentence: { first: number }, firstToken: number): number {
  let i = firstToken - 1;
  while (i > sentence.first && PREPOSITIONS.has(doc.tokens[i]!.lower)) i--;
  // "over the weekend", "at the weekend"
  if (doc.tokens[i]?.lower === 'the' && i > sentence.first && PREPOSITIONS.has(doc.tokens[i - 1]!.lower)) i -= 2;
  return i;
}

/**
 * True when a plan stands right before the date ("was scheduled for Friday", "effective Feb. 1"),
 * or the verb that moved a plan comes before "until" or "to" and the date ("postponed the vote
 * until Monday"); not in the pluperfect ("had been scheduled for Friday" is over).
 */
function plannedAhead(doc: NlpDoc, sentence: { first: number; last: number }, firstToken: number): boolean {
  const i = wordBefore(doc, sentence, firstToken);
  const w = doc.tokens[i]?.lower ?? '';
  const aux = doc.tokens[i - 1]?.lower ?? '';
  if (i >= sentence.first && PLAN.has(w) && aux !== 'had' && aux !== 'been') {
    // "a record set Friday" is past: the participle looks ahead after "is/was" or before "for/until".
    if (w === 'effective' || w === 'due' || TOWARDS.has(doc.tokens[i + 1]?.lower ?? '') || /^(?:is|are|was|were|be|being)$/.test(aux)) return true;
  }
  const lead = doc.tokens[firstToken]?.lower === 'until' || doc.tokens[firstToken]?.lower === 'till' ? firstToken : firstToken - 1;
  if (!UNTIL.has(doc.tokens[lead]?.lower ?? '')) return false;
  // the nearest verb before "until": one that moves a plan looks ahead.
  for (const k of scope(doc, sentence, lead, lead + 1)) {
    if (k >= lead) continue;
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return PLAN_CHANGE.has(t.lower) && doc.tokens[k - 1]?.lower !== 'had';
  }
  return false;
}

/**
 * A verb in the present right before the date is a schedule ("the two leaders meet Monday", "talks
 * resume on Tuesday"): not a past form, not a participle, not a verb of telling ("says Monday").
 */
function presentSchedule(doc: NlpDoc, sentence: { first: number }, firstToken: number): boolean {
  let i = wordBefore(doc, sentence, firstToken);
  if (i > sentence.first && doc.tokens[i]!.lower.endsWith('ly')) i--;
  const t = doc.tokens[i];
  if (t === undefined || i < sentence.first || t.pos !== 'VERB' || ATTRIBUTION.has(t.lower) || PAST.has(t.lower) || PAST_TELLING.has(t.lower)) return false;
  if (/(?:ed|ing|en)$/.test(t.lower)) return false;
  // "to meet Monday", "could meet Monday", "did not meet": an infinitive or a verb after an auxiliary is another test's.
  const b = doc.tokens[i - 1];
  return b !== undefined && i - 1 >= sentence.first && (b.pos === 'NOUN' || b.pos === 'PROPN' || SUBJECT_PRONOUNS.has(b.lower));
}

/**
 * 'past' when a past-tense verb stands right before the date ("announced Friday", "said on
 * Tuesday that …", "met Monday"): the date is that verb's, whatever a later "would" or "will"
 * in the clause looks ahead to. A participle after "is"/"has"/"will" is not past.
 */
function adjacentPast(doc: NlpDoc, sentence: { first: number }, firstToken: number): boolean {
  const i = wordBefore(doc, sentence, firstToken);
  const t = doc.tokens[i];
  if (t === undefined || i < sentence.first) return false;
  // "postponed until Tuesday", "extended to Friday": the date is where the plan now stands.
  if ((PLAN.has(t.lower) || PLAN_CHANGE.has(t.lower)) && TOWARDS.has(doc.tokens[i + 1]?.lower ?? '')) return false;
  if (PAST.has(t.lower) || PAST_TELLING.has(t.lower)) return true;
  const before = doc.tokens[i - 1]?.lower ?? '';
  // "was announced Wednesday", "was postponed on Monday" are past; "was expected Friday" looks ahead.
  const pastPassive = /^(?:was|were)$/.test(before) && !PLAN.has(t.lower);
  return t.pos === 'VERB' && regularPast(t.lower) && (pastPassive || !/^(?:is|are|be|been|being|am|was|were|has|have|had|will|would)$/.test(before));
}


/** 'past' when the date is the subject's time and a past telling verb follows it ("Bush on Tuesday said …"). */
function pastRightAfter(doc: NlpDoc, sentence: { last: number }, lastToken: number): boolean {
  const t = doc.tokens[lastToken];
  return t !== undefined && lastToken < sentence.last && PAST_TELLING.has(t.lower);
}

/**
 * The tense the date's clause gives it: past after "since", in the possessive ("Friday's close") or
 * right after a past verb ("announced Friday"); future right after a word that looks ahead ("postponed until Tuesday") or a verb in the
 * present ("meet Monday"); else that of the nearest future marker or past verb in the clause;
 * future after "until", "till" or "by" with neither; else unknown.
 */
export function tenseAround(doc: NlpDoc, sentence: { first: number; last: number }, firstToken: number, lastToken: number): Tense {
  const before = doc.tokens[firstToken - 1]?.lower ?? '';
  if ((before === 'since' && firstToken - 1 >= sentence.first) || doc.tokens[firstToken]?.lower === 'since') return 'done';
  // "Wednesday's ruling", "Friday's close": news names a day by its event once the event is over.
  if (/^['’]s$/.test(doc.tokens[lastToken]?.lower ?? '') && lastToken < sentence.last) return 'past';
  if (adjacentPast(doc, sentence, firstToken) || pastRightAfter(doc, sentence, lastToken)) return 'past';
  if (plannedAhead(doc, sentence, firstToken)) return 'future';
  if (presentSchedule(doc, sentence, firstToken)) return 'future';
  const marked = nearestMarker(doc, sentence, firstToken, lastToken);
  if (marked !== null) return marked;
  // "until Thursday", "by February" with no past verb is a deadline still ahead.
  return before === 'until' || before === 'till' || before === 'by' ? 'future' : 'unknown';
}
