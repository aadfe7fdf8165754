/**
 * Step 5: what a figure counts, as a topic that different outlets' wordings share.
 * topic = [group modifier] head + state, e.g. "hostages held", "Israeli hostages released",
 * "people dead". The head comes from the noun after the figure ("59 hostages"), a noun that names
 * the figure before it ("the death toll rose to 45", "a fee of £40m"), or — when the figure stands
 * alone ("at least 40 are feared to be dead", "24 of whom") — from the last counted noun of the
 * same or the previous sentence. The state comes from the clause ("still held", "remain alive",
 * "killing", "exchanged for"), else from the noun ("deaths"), else from the noun's default.
 */
import { COUNTED_NOUNS, FIGURE_NOUNS, TIME_NOUNS, type CountedNoun } from '../../lexicon/counted-nouns.js';
import { DIRECTION_STATES, MODAL_WORDS, PEOPLE_ONLY_STATES, STATES_OF_THE_DEAD, STATE_BY_GROUP, STATE_PHRASES, STATE_WORDS, SUBJECT_ACTIONS } from '../../lexicon/quantity-states.js';
import { MULTIPLIERS } from '../../lexicon/number-words.js';
import { CURRENCY_WORDS, MEASURE_ADJECTIVES, MEASURE_UNITS } from '../../lexicon/quantity-units.js';
import type { NumberHit } from './number-hit.js';
import { elapsedBeforeEnding } from './elapsed.js';
import { scaleReading } from './scale-reading.js';
import { isCapitalised, phraseAt, phraseBefore, phraseTable, type SentenceView } from './sentence-view.js';

const STATE_TABLE = phraseTable(STATE_PHRASES);
const FIGURE_TABLE = phraseTable(Object.entries(FIGURE_NOUNS));

export interface CountedThing {
  /** human-readable topic ("Israeli hostages released"). */
  readonly topic: string;
  /** blocking key for cross-article alignment (modifier|group|state[|proposed]). */
  readonly key: string;
  /** the head noun ("hostages", "people"). */
  readonly head: string;
  /** the unit of a plain count: the counted noun as written ("ballots", "prisoners"), else the head. */
  readonly unit: string;
  readonly state: string | null;
  /** the head is in the counted-noun lexicon (or names a figure), not just any noun. */
  readonly known: boolean;
}

/** A counted noun remembered for figures that stand alone later ("… 22 remain alive"). */
export interface Carry {
  readonly noun: CountedNoun;
  readonly modifier: string;
  readonly label: string;
  readonly sentence: number;
  readonly paragraph: number;
}

/** State words that modify a noun without a participle ending ("four slain soldiers", "two dead men"). */
const IRREGULAR_PARTICIPLES = new Set(['slain', 'dead', 'held', 'hurt', 'missing', 'alive', 'captive', 'lost', 'shut']);
const PASS_OVER = new Set(['other', 'more', 'additional', 'new', 'further', 'remaining', 'total', 'extra', 'dual', 'foreign', 'local', 'young', 'elderly']);
const ANAPHORS = new Set(['whom', 'which', 'them', 'those', 'these', 'us', 'you']);
/** Nouns that point back to the thing counted before them ("14 others", "three more"). */
const ANAPHORIC_NOUNS = new Set(['others', 'more']);
/** Words after which a counted noun names the figure to its right ("the number of people killed … four"). */
const NUMBER_OF = new Set(['number', 'total', 'tally', 'count']);
/** "N reports of X" counts X reported. */
const REPORT_NOUNS = new Set(['reports', 'complaints', 'sightings']);
/** Tokens that end the verb group after a counted noun: the state must come before them. */
const RIGHT_STOP_POS = new Set(['CCONJ', 'SCONJ', 'PUNCT', 'ADP']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'those', 'these', 'all']);
const LEVEL_MARKERS = new Set(['to', 'at', 'of', 'was', 'is', 'stood', 'stands', 'reached', 'hit', 'topped', 'exceeded', 'passed', 'totalled', 'totaled']);
const MAX_RIGHT = 10;
const MAX_LEFT = 8;
const MAX_MODAL = 5;
/** Money is often far from its verb ("bought the data-analytics start-up Brightline for $900m"). */
const MAX_LEFT_MONEY = 12;
const MAX_LEFT_FIGURE_NOUN = 16;
/** Counts that "by N" turns into a margin. */
const MARGIN_GROUPS = new Set(['votes', 'points', 'goals', 'seats', 'runs']);
/** Measured dimensions whose topic is the dimension itself. */
const GENERIC_DIMENSIONS = new Set(['area', 'speed', 'temperature']);
/** …even when "of X" follows: "4,200 acres of forest" is the fire's area, "40 tonnes of food" is food. */
const WHOLE_DIMENSIONS = new Set(['area', 'speed', 'temperature']);

export interface Found {
  noun: CountedNoun;
  modifier: string;
  /** the counted thing as the topic shows it ("Israeli hostages", "Palestinians"). */
  label: string;
  /** first token after the noun phrase. */
  after: number;
  adjState: string | null;
  fromCarry: boolean;
  /** found after "of" ("8% of its perimeter", "35 of the hostages"). */
  viaOf?: boolean;
  /** lower-case hyphenated modifiers of a noun after "of" ("alcohol-related" in "27% of alcohol-related deaths"). */
  hyphenated?: string;
}

function demonymStem(word: string): string {
  return word.replace(/(?<=[a-z])s$/i, '');
}

/** The noun phrase right after the figure: modifiers, then a counted (or any) plural noun. */
function rightNoun(v: SentenceView, hit: NumberHit): Found | null {
  let k = hit.last;
  const viaOf = v.low(k) === 'of';
  if (viaOf) {
    k++;
    while (DETERMINERS.has(v.low(k))) k++;
  }
  const r = rightNounAt(v, k);
  if (!r || !viaOf) return r;
  const mods: string[] = [];
  for (let i = k; i + 2 < r.after; i++) {
    if (v.low(i + 1) === '-' && !v.tok(i + 1)!.spaceBefore && !v.tok(i + 2)!.spaceBefore && /^\p{Ll}/u.test(v.tok(i)!.text)) mods.push(`${v.low(i)}-${v.low(i + 2)}`);
  }
  return mods.length ? { ...r, viaOf, hyphenated: mods.join(' ') } : { ...r, viaOf };
}

/** A plain noun phrase at token k: modifiers, then up to three lower-case nouns ("suspected side effects"). */
function nounPhraseAt(v: SentenceView, k: number): { noun: CountedNoun; end: number } | null {
  let i = k;
  while (i < k + 3 && (v.tok(i)?.pos === 'DET' || v.tok(i)?.pos === 'ADJ' || (v.tok(i)?.pos === 'VERB' && /(?:ed|en)$/.test(v.low(i))))) i++;
  let j = i;
  while (j < i + 3 && v.tok(j)?.pos === 'NOUN' && /^\p{Ll}/u.test(v.tok(j)!.text)) j++;
  if (j === i) return null;
  const last = v.low(j - 1);
  const head = Array.from({ length: j - i }, (_, n) => v.low(i + n)).join(' ');
  return { noun: COUNTED_NOUNS[last] ?? { head, group: head }, end: j };
}

function rightNounAt(v: SentenceView, start: number): Found | null {
  let k = start;
  // "three reports of side effects" counts side effects reported
  if (REPORT_NOUNS.has(v.low(k)) && v.low(k + 1) === 'of') {
    const np = nounPhraseAt(v, k + 2);
    if (np) return { noun: { ...np.noun, state: 'reported' }, modifier: '', label: np.noun.head, after: np.end, adjState: null, fromCarry: false };
  }
  let modStart = -1;
  let modEnd = -1;
  const modText = () => (modStart < 0 ? '' : v.doc.text.slice(v.tok(modStart)!.start, v.tok(modEnd)!.end));
  let adjState: string | null = null;
  for (let n = 0; n < 5; n++, k++) {
    const t = v.tok(k);
    if (!t) return null;
    if (t.text === '-' && !t.spaceBefore) {
      if (modStart >= 0 && modEnd === k - 1) modEnd = k;
      continue;
    }
    const counted = COUNTED_NOUNS[t.lower];
    if (counted && !(t.pos === 'VERB' && STATE_WORDS[t.lower])) {
      const modifier = modText();
      return { noun: counted, modifier, label: modifier ? `${modifier} ${counted.head}` : counted.head, after: k + 1, adjState, fromCarry: false };
    }
    if (isCapitalised(t) && (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN')) {
      const nextIsName = v.tok(k + 1) && isCapitalised(v.tok(k + 1)!);
      const prevGlued = v.tok(k + 1)?.text === '-' && !v.tok(k + 1)!.spaceBefore;
      // "400 Palestinians" counts people; "Acme Technologies fire extinguishers" names a maker
      const nounAfter = v.tok(k + 1)?.pos === 'NOUN' && /^\p{Ll}/u.test(v.tok(k + 1)!.text) && !TIME_NOUNS.has(v.low(k + 1));
      if (/s$/.test(t.text) && !nextIsName && !prevGlued && !nounAfter && t.pos !== 'ADJ') {
        const label = modStart < 0 ? t.text : `${modText()} ${t.text}`;
        const modifier = modStart < 0 ? demonymStem(t.text) : `${modText()} ${demonymStem(t.text)}`;
        return { noun: { head: 'people', group: 'people' }, modifier, label, after: k + 1, adjState, fromCarry: false };
      }
      if (modStart < 0) modStart = k;
      modEnd = k;
      continue;
    }
    const nextTok = v.tok(k + 1);
    const participle = /(?:ed|en|ing)$/.test(t.lower) || t.pos === 'ADJ' || IRREGULAR_PARTICIPLES.has(t.lower);
    if (STATE_WORDS[t.lower] && participle && (t.pos === 'ADJ' || (nextTok && (nextTok.pos === 'NOUN' || nextTok.pos === 'ADJ' || COUNTED_NOUNS[nextTok.lower] !== undefined)))) {
      adjState = STATE_WORDS[t.lower]!;
      continue;
    }
    if (PASS_OVER.has(t.lower)) continue;
    // "alcohol-related deaths", "fire-damaged homes": a lower-case hyphenated modifier, not the head
    const glued = (i: number) => v.tok(i) !== undefined && !v.tok(i)!.spaceBefore;
    if (/^\p{Ll}/u.test(t.text) && v.tok(k + 1)?.text === '-' && glued(k + 1) && glued(k + 2) && /^\p{Ll}/u.test(v.tok(k + 2)!.text)) {
      k += 2;
      continue;
    }
    if (TIME_NOUNS.has(t.lower)) return null;
    if (t.pos === 'ADJ' && n < 2) continue;
    // participles as modifiers: "600 planned operations", "12 injured miners"
    if (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && nextTok?.pos === 'NOUN' && n < 2) continue;
    // "a 9% pay rise": a verb-looking word in a noun compound
    const compoundVerb = t.pos === 'VERB' && nextTok?.pos === 'NOUN' && !nextTok.spaceBefore === false && COUNTED_NOUNS[t.lower] === undefined;
    // "Acme brand fire extinguishers": a brand name names the maker, not another kind of thing
    if (t.lower === 'brand' || t.lower === 'branded') {
      modStart = -1;
      continue;
    }
    if ((t.pos === 'NOUN' || compoundVerb) && /\p{Ll}/u.test(t.text)) {
      // noun compounds name the thing by their last noun: "air tankers", "fire engines"
      // "brand fire extinguishers": a longer run of nouns keeps its last two, whatever stands before them
      const isNoun = (i: number) => v.tok(i)?.pos === 'NOUN' && /^\p{Ll}/u.test(v.tok(i)!.text) && !TIME_NOUNS.has(v.low(i));
      let end = k + 1;
      while (end < k + 3 && isNoun(end) && isNoun(end + 1)) end++;
      const nextNoun = v.tok(end);
      if (nextNoun && isNoun(end)) {
        const counted2 = COUNTED_NOUNS[nextNoun.lower];
        const head = counted2?.head ?? `${v.low(end - 1)} ${nextNoun.lower}`;
        const modifier = modText();
        return { noun: counted2 ?? { head, group: head }, modifier, label: modifier ? `${modifier} ${head}` : head, after: end + 1, adjState, fromCarry: false };
      }
      const head = t.lower;
      const modifier = modText();
      return { noun: { head, group: head }, modifier, label: modifier ? `${modifier} ${head}` : head, after: k + 1, adjState, fromCarry: false };
    }
    return null;
  }
  return null;
}

/** A noun before the figure that names it ("death toll … 45", "a crowd of 60,000", "the number of people killed … 4", "shares fell 3%"). */
function leftNoun(v: SentenceView, hit: NumberHit, anyNoun: boolean): (CountedNoun & { readonly names?: 'left' | 'right' }) | null {
  const clause = v.clause(hit.first);
  // first pass: a noun that names figures ("turnout … reached 52%") anywhere in the clause before
  for (let k = hit.first - 1; k >= hit.first - MAX_LEFT_FIGURE_NOUN && v.clause(k) === clause; k--) {
    const ph = phraseBefore(v, k + 1, FIGURE_TABLE);
    if (ph && v.clause(k - ph.words.length + 1) === clause) return { ...ph.value, names: 'left' };
  }
  // second pass: a counted noun nearby ("Shares in the airline fell 7%")
  if (anyNoun) {
    for (let k = hit.first - 1; k >= hit.first - MAX_LEFT && v.clause(k) === clause; k--) {
      const counted = COUNTED_NOUNS[v.low(k)];
      if (counted && (v.tok(k)!.pos === 'NOUN' || v.tok(k)!.pos === 'PROPN')) return counted;
    }
  }
  for (let k = hit.first - 1; k >= hit.first - MAX_LEFT_FIGURE_NOUN && v.clause(k) === clause; k--) {
    // "the number of suspected side effects reported … has risen to 11"
    if (v.low(k) === 'of' && NUMBER_OF.has(v.low(k - 1))) {
      const np = nounPhraseAt(v, k + 1);
      const state = np && (np.noun.state ?? STATE_WORDS[v.low(np.end)]);
      if (np) return state ? { ...np.noun, state } : np.noun;
    }
    const t = v.tok(k)!;
    const counted = COUNTED_NOUNS[t.lower];
    if (counted && v.low(k - 1) === 'of' && NUMBER_OF.has(v.low(k - 2))) {
      // "the number of people killed": the participle after the noun is the state
      const state = counted.state ?? STATE_WORDS[v.low(k + 1)];
      return state ? { ...counted, state } : counted;
    }
    // a unit of an earlier figure ("25 mg and 50 mg") names nothing
    if (anyNoun && t.pos === 'NOUN' && hit.first - k <= MAX_LEFT && !MEASURE_UNITS[t.lower] && !CURRENCY_WORDS[t.lower] && !MULTIPLIERS[t.lower]) {
      return counted ?? { head: t.lower, group: t.lower };
    }
  }
  return null;
}

/** The state in the verb group after the counted noun ("are believed to be dead", "still held", "in hospital"). */
function rightState(v: SentenceView, from: number, stop: number): string | null {
  for (let k = from; k < Math.min(stop, from + MAX_RIGHT); k++) {
    const ph = phraseAt(v, k, STATE_TABLE);
    if (ph) return ph.value;
    const t = v.tok(k);
    if (!t) return null;
    const s = STATE_WORDS[t.lower];
    // "1,500 people spent the night": what the counted do is not what they are
    if (s && !DIRECTION_STATES.has(s) && !SUBJECT_ACTIONS.has(t.lower)) return s;
    const toVerb = t.lower === 'to' && (v.tok(k + 1)?.pos === 'VERB' || v.tok(k + 1)?.pos === 'AUX');
    if ((RIGHT_STOP_POS.has(t.pos) || t.lower === 'to') && !toVerb && t.lower !== 'of') return null;
  }
  return null;
}

/** The state of a verb before the figure ("killing more than 400", "released 33", "exchanged for 2,000"). */
function leftState(v: SentenceView, hit: NumberHit, max = MAX_LEFT): string | null {
  const clause = v.clause(hit.first);
  const known = leftLexiconState(v, hit, max, clause);
  if (known) return known;
  // "contacted 240 patients": a past-tense verb right before the figure names the event
  const prev = v.tok(hit.first - 1);
  const event = prev && prev.pos === 'VERB' && /\p{Ll}ed$/u.test(prev.lower) && !LEVEL_MARKERS.has(prev.lower) && v.clause(hit.first - 1) === clause;
  return event && hit.dimension === 'count' ? prev.lower : null;
}

function leftLexiconState(v: SentenceView, hit: NumberHit, max: number, clause: number): string | null {
  for (let k = hit.first - 1; k >= hit.first - max && v.clause(k) === clause; k--) {
    const ph = phraseBefore(v, k + 1, STATE_TABLE);
    if (ph) return ph.value;
    const s = STATE_WORDS[v.low(k)];
    if (!s) continue;
    // "start-up", "follow-up": part of a hyphenated word, not a verb
    if (v.low(k - 1) === '-' && !v.tok(k)!.spaceBefore) continue;
    if (DIRECTION_STATES.has(s) && LEVEL_MARKERS.has(v.low(hit.first - 1))) return null;
    return s;
  }
  return null;
}

/**
 * Left state. A figure named by a noun before it takes only a direction ("revenue rose 6%", not
 * "a deal bought"); one named by the noun after it takes none ("its 2% target").
 */
function leftStateFor(v: SentenceView, hit: NumberHit, names: 'left' | 'right' | undefined, max: number): string | null {
  if (names === 'right') return null;
  const s = leftState(v, hit, max);
  return !names || (s && DIRECTION_STATES.has(s)) ? s : null;
}

/** "won by 58 votes", "lost by three points": a difference between two sides. */
function marginState(v: SentenceView, hit: NumberHit, noun: CountedNoun): string | null {
  return v.low(hit.first - 1) === 'by' && MARGIN_GROUPS.has(noun.group) ? 'margin' : null;
}

/** A modal or proposal word just before the figure ("a deal that would free 10 hostages"). */
function isProposed(v: SentenceView, hit: NumberHit): boolean {
  const clause = v.clause(hit.first);
  for (let k = hit.first - 1; k >= hit.first - MAX_MODAL && v.clause(k) === clause; k--) {
    if (MODAL_WORDS.has(v.low(k))) return true;
    if (v.low(k) === 'and' || v.low(k) === 'that') return false;
  }
  return false;
}

/** Resolve what `hit` counts; null when nothing in the text says (the figure is then not a claim). */
/**
 * The state shared by a coordinated figure: "2.2% of women and 6.8% of men die", "12 soldiers and
 * 14 civilians were killed" — the verb after the second noun phrase holds of the first as well.
 */
function coordinatedState(v: SentenceView, after: number, next: NumberHit | undefined, viaOf: boolean): string | null {
  if (!next || v.low(after) !== 'and' || next.first !== after + 1) return null;
  const r = rightNoun(v, next);
  if (!r || (r.viaOf ?? false) !== viaOf) return null;
  return rightState(v, r.after, v.sentence.last);
}

export function countedThing(v: SentenceView, hit: NumberHit, nextHitFirst: number, carry: Carry | null, next?: NumberHit): { thing: CountedThing; found: Found | null } | null {
  // Found is internal; callers use `found` only to remember a counted noun for later figures.
  let found: Found | null = null;
  if (elapsedBeforeEnding(v, hit)) {
    // "completed after 20 months of battles", "sealed after it was announced 21 months ago": how long the event took
    return { thing: { topic: 'time taken', key: '|elapsed|duration', head: 'time taken', unit: 'time taken', state: null, known: true }, found: null };
  }
  const scale = scaleReading(v, hit);
  if (scale) {
    // "the magnitude 7.5 tremor", "a 7.8-magnitude quake": the scale is what is measured
    const topic = scale.event ? `${scale.event} ${scale.scale}` : scale.scale;
    return { thing: { topic, key: `${scale.event}|${scale.scale}|`, head: scale.scale, unit: scale.scale, state: null, known: true }, found: null };
  }
  if (hit.hyphenated) {
    // "a 42-day ceasefire": the noun is what lasts, the unit is the dimension
    const r = rightNoun(v, { ...hit, last: hit.last });
    if (!r) return null;
    const topic = `${r.noun.head} ${hit.dimension}`;
    return { thing: { topic, key: `|${r.noun.group}|${hit.dimension}`, head: r.noun.head, unit: r.noun.head, state: null, known: true }, found: null };
  }
  const anaphor = (v.low(hit.last) === 'of' && ANAPHORS.has(v.low(hit.last + 1))) || ANAPHORIC_NOUNS.has(v.low(hit.last));
  const money = hit.dimension === 'currency' || hit.dimension === 'percent';
  if (!anaphor) found = rightNoun(v, hit);
  // a measure keeps only a noun right after it: "the 2,300 kg satellite" (→ satellite weight)
  if (found && hit.dimension !== 'count' && !money && (found.viaOf || found.after - hit.last > 2)) found = null;
  let noun: (CountedNoun & { readonly names?: 'left' | 'right' }) | null = found?.noun ?? null;
  // "a 9% pay rise", "a £40m fee": a noun right after money names it, whatever the verb before
  if (found && money && !found.viaOf) noun = { ...found.noun, names: 'right' };
  if (hit.dimension !== 'count' && !money && !WHOLE_DIMENSIONS.has(hit.dimension) && v.low(hit.last) === 'of') {
    // "120mm of rain", "40 tonnes of food": the measured stuff is the topic
    const stuff = rightNoun(v, hit);
    if (stuff) return { thing: { topic: stuff.noun.head, key: `|${stuff.noun.group}|${hit.dimension}`, head: stuff.noun.head, unit: stuff.noun.head, state: null, known: true }, found: null };
  }
  if (hit.dimension === 'distance' && MEASURE_ADJECTIVES[v.low(hit.last)] !== undefined) {
    // "300 feet high", "a trench 10 km long": the adjective names the measure
    const head = MEASURE_ADJECTIVES[v.low(hit.last)]!;
    return { thing: { topic: head, key: `|${head}|distance`, head, unit: head, state: null, known: true }, found: null };
  }
  if (GENERIC_DIMENSIONS.has(hit.dimension)) {
    // areas, speeds: the dimension itself is the topic ("about 4,200 acres" burned or spread)
    noun = FIGURE_NOUNS[v.low(hit.last + 1)] ?? { head: hit.dimension, group: hit.dimension };
    found = null;
  }
  if (!noun && hit.dimension === 'duration') {
    // "jailed for six years", "lasted nine days": the verb says what the duration is of
    const s = leftState(v, hit);
    if (s && !DIRECTION_STATES.has(s)) return { thing: { topic: `${s} duration`, key: `|${s}|duration`, head: s, unit: s, state: null, known: true }, found: null };
  }
  // "$38 a share", "£2 per share": a share price
  if (!noun && hit.dimension === 'currency' && (v.low(hit.last) === 'a' || v.low(hit.last) === 'per') && v.low(hit.last + 1) === 'share') {
    noun = { head: 'share price', group: 'share price', names: 'right' };
  }
  if (!noun && money) noun = leftNoun(v, hit, false);
  // "paid $2.5bn", "raised £3m": money named by what was done with it
  if (!noun && money) {
    const s = leftState(v, hit, MAX_LEFT_MONEY);
    // what changed hands is a price; other money is an amount ("raised £3m", "stole £3.4m")
    if (s && !DIRECTION_STATES.has(s)) noun = s === 'bought' || s === 'sold' ? { head: 'price', group: 'price' } : { head: 'amount', group: 'amount' };
  }
  if (!noun) noun = leftNoun(v, hit, hit.dimension !== 'count');
  if (!noun && hit.dimension === 'count' && carry && (carry.sentence >= v.sentence.i - 1) && carry.paragraph === v.sentence.paragraph) {
    const skip = v.low(hit.last) === 'of' ? 2 : anaphor ? 1 : 0;
    found = { noun: carry.noun, modifier: carry.modifier, label: carry.label, after: hit.last + skip, adjState: null, fromCarry: true };
    noun = carry.noun;
  }
  if (!noun && hit.dimension === 'count' && !anaphor) {
    // "where at least 85 died", "12 were injured": only people die or are injured in the news
    const s = rightState(v, hit.last, nextHitFirst);
    if (s && PEOPLE_ONLY_STATES.has(s)) noun = COUNTED_NOUNS.people!;
  }
  if (!noun) return null;
  const after = found?.after ?? hit.last;
  // a noun that names the figure ("a deal worth $2bn") is not the object of the verb before it
  const names = noun.names;
  const right = rightState(v, after, nextHitFirst);
  const deadLeft = noun.state === 'dead' ? leftState(v, hit) : null;
  const raw = right ?? (deadLeft && STATES_OF_THE_DEAD.has(deadLeft) ? deadLeft : null) ?? noun.state ?? marginState(v, hit, noun) ?? leftStateFor(v, hit, names, money ? MAX_LEFT_MONEY : MAX_LEFT) ??
    (found && !found.fromCarry ? coordinatedState(v, after, next, found.viaOf ?? false) : null) ?? found?.adjState ?? noun.defaultState ??
    // "the death toll from the fire has risen to 36 people": the figure noun says what the people are
    (noun.group === 'people' && hit.dimension === 'count' ? leftNoun(v, hit, false)?.state : null) ?? null;
  const state = raw ? (STATE_BY_GROUP[noun.group]?.[raw] ?? raw) : null;
  // "8% of its perimeter contained", "5% contained": a share is named by what happened to it
  // (a percentage of plural things keeps them: "92% of precincts reporting")
  // (but "the krona fell 0.4%" is the krona's own change)
  if (hit.dimension === 'percent' && state && names === undefined && (found?.viaOf === true || (!found && right !== null)) && !COUNTED_NOUNS[noun.head] && !/s$/.test(noun.head) && noun.group !== 'percent' && !FIGURE_NOUNS[noun.head]) {
    noun = { head: 'share', group: 'percent' };
    found = null;
  }
  const proposed = isProposed(v, hit);
  // a share's denominator is all of what follows "of": "27% of alcohol-related deaths" is not "2% of deaths"
  const denominator = hit.dimension === 'percent' && found?.viaOf && found.hyphenated ? found.hyphenated : '';
  const modifier = [denominator, found?.modifier ?? ''].filter(Boolean).join(' ');
  const measure = hit.dimension !== 'count' && hit.dimension !== 'currency' && hit.dimension !== 'percent' && !GENERIC_DIMENSIONS.has(hit.dimension);
  const headLabel = measure ? `${noun.head} ${hit.dimension}` : found?.label ?? noun.head;
  const topic = `${headLabel}${state ? ` ${state}` : ''}${proposed ? ' (proposed)' : ''}`;
  const key = `${modifier.toLowerCase()}|${noun.group}|${state ?? ''}${proposed ? '|proposed' : ''}`;
  // "23 people", "four of them": a generic head with nothing said about it is too vague to align
  const vague = !state && !modifier && (noun.group === 'people' || found?.fromCarry === true);
  const known = noun.group !== noun.head || COUNTED_NOUNS[noun.head] !== undefined || GENERIC_DIMENSIONS.has(noun.group);
  // the unit shows the noun as written ("supporters", "ballots"); the topic and key use the head
  const headTok = found && !found.fromCarry ? v.tok(found.after - 1) : undefined;
  const unit = headTok && !noun.state && /^\p{Ll}/u.test(headTok.text) ? headTok.lower : noun.head;
  return { thing: { topic, key: vague ? `${key}|vague` : key, head: noun.head, unit, state, known }, found };
}
