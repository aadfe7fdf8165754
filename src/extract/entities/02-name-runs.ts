/**
 * Step 2: runs of capitalised words that may be names.
 *
 * A run joins capitalised words that touch, and bridges lower-case name particles
 * ("Ministry of Health", "Envoy for Water Affairs", "Samir al-Haddad"), tight
 * hyphens ("Sanwo-Olu", "US-Kenya" — split again in step 3) and "&". A capital is
 * only taken as a name word when the article agrees (step 1): in headlines and at
 * sentence starts the word must also be capitalised mid-sentence elsewhere, or be
 * tagged a proper noun and never written in lower case.
 */
import { FIRST_NAMES } from '../../lexicon/first-names.js';
import { COMPOUND_TAILS, NAME_PARTICLES, NAME_PREFIXES, SAINT_WORDS } from '../../lexicon/name-particles.js';
import { NON_ENTITY_WORDS } from '../../lexicon/non-entity-words.js';
import { CLOCK_ABBREVIATIONS, MONTH_ABBREVIATIONS } from '../../lexicon/temporal-words.js';
import { COMPANY_SUFFIXES, ORG_CLASS_NOUNS, ORG_HEADS, ORG_LEADS, POSSESSIVE_ORG_LEADS } from '../../lexicon/org-words.js';
import { PLACE_HEADS } from '../../lexicon/place-words.js';
import { TITLE_HEADS } from '../../lexicon/person-titles.js';
import type { NlpDoc, Token } from '../../nlp/nlp-doc.js';
import type { LineEvidence } from './01-line-evidence.js';
import { COUNTRY_KEYS, ORG_BY_KEY, PLACE_BY_KEY } from './lexicon-index.js';
import { nameKey } from './name-keys.js';
import { bare, isCapitalised, isInitial, isLowerWord, isPossessive, isTightHyphen, mixedCase } from './token-tests.js';

/** A run of name words: tokens [first, end) of one sentence. */
export interface NameRun {
  readonly first: number;
  readonly end: number;
}

const SHOUT_POS = new Set(['ADP', 'ADV', 'ADJ', 'VERB', 'AUX', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'INTJ', 'PART']);
const MONTH_CONTEXT = new Set(['in', 'on', 'since', 'until', 'by', 'early', 'late', 'mid', 'of', 'last', 'next', 'this', 'from']);

function isShouting(t: Token, ev: LineEvidence): boolean {
  if (t.text.length < 2 || t.text !== t.text.toUpperCase() || t.text === t.lower) return false;
  if (t.text.includes('.')) return false;
  return SHOUT_POS.has(t.pos) || (t.text.length >= 4 && ev.lowerSeen.has(t.lower));
}

/** Is token i a word that can be part of a name here? (Memoised per document: runs look at each token several times.) */
export function nameWordAt(doc: NlpDoc, ev: LineEvidence, i: number): boolean {
  const memo = ev.nameWord;
  const v = memo[i];
  if (v === 1) return true;
  if (v === 2 || v === undefined) return false;
  const r = judgeNameWord(doc, ev, i);
  memo[i] = r ? 1 : 2;
  return r;
}

/** Longest known place or organisation (gazetteer, institutions) starting at token i, in tokens; 0 when none. */
function knownNameAt(doc: NlpDoc, i: number): number {
  const { tokens } = doc;
  const first = tokens[i]!;
  for (let k = 4; k >= 1; k--) {
    const last = tokens[i + k - 1];
    if (last === undefined || last.sentence !== first.sentence || !isCapitalised(last)) continue;
    const key = nameKey(doc.text.slice(first.start, last.end));
    if (key.length > 2 && (PLACE_BY_KEY.has(key) || ORG_BY_KEY.has(key))) return k;
  }
  return 0;
}


/**
 * Where the line gives no evidence of names (a headline, a sentence start, a shouted
 * word), a capital is still a name when it is a known place or organisation, or a
 * shouted word the article writes in mixed case elsewhere.
 */
function knownDespiteLine(doc: NlpDoc, ev: LineEvidence, i: number): boolean {
  const t = doc.tokens[i]!;
  const k = knownNameAt(doc, i);
  if (k > 0) {
    // the rest of a multiword known name ("Czech Republic") is a name word too
    ev.nameWord.fill(1, i + 1, i + k);
    return true;
  }
  return t.text.length >= 3 && t.text === t.text.toUpperCase() && t.text !== t.lower && ev.midCaps.has(mixedCase(t.text));
}

/** "A. Dale", "R. Ponting": an initial before a capitalised word, or the word after it. */
function initialled(doc: NlpDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n = doc.tokens[i + 1];
  const p = doc.tokens[i - 1];
  if (isInitial(t)) return n !== undefined && n.sentence === t.sentence && isCapitalised(n) && !isInitial(n) && !NON_ENTITY_WORDS.has(n.lower);
  return p !== undefined && p.sentence === t.sentence && isInitial(p);
}

/** In a list line, a given name before a capitalised word, or the word after a given name ("…, Ana Roe, …"). */
function listedPerson(doc: NlpDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n = doc.tokens[i + 1];
  const p = doc.tokens[i - 1];
  if (FIRST_NAMES.has(t.text) && n !== undefined && n.sentence === t.sentence && isCapitalised(n) && !NON_ENTITY_WORDS.has(n.lower)) return true;
  return p !== undefined && p.sentence === t.sentence && FIRST_NAMES.has(p.text);
}

const isClockTime = (t: Token | undefined) => t !== undefined && (/^\d{1,2}(?:[:.]\d{2})?$/.test(t.text) || t.lower === 'a.m.' || t.lower === 'p.m.' || t.lower === 'a.m' || t.lower === 'p.m');

/**
 * "5 p.m. ET", "2:48 PM CDT", "10:00 IST": a clock abbreviation after a time is part of the
 * time, not a name; "Aug. 15", "Sept. 2017": a month abbreviation before a number is a date.
 */
function dateOrClockWord(doc: NlpDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const p = doc.tokens[i - 1];
  if (CLOCK_ABBREVIATIONS.has(t.lower) && t.text === t.text.toUpperCase() && p !== undefined && p.sentence === t.sentence) {
    if (isClockTime(p)) return true;
    if (CLOCK_ABBREVIATIONS.has(p.lower) && p.text === p.text.toUpperCase() && isClockTime(doc.tokens[i - 2])) return true;
  }
  if (!MONTH_ABBREVIATIONS.has(bare(t))) return false;
  const n = doc.tokens[i + 1];
  return (n !== undefined && n.sentence === t.sentence && n.pos === 'NUM' && /^\d/.test(n.text)) || (t.text.endsWith('.') && p !== undefined && MONTH_CONTEXT.has(p.lower));
}

function judgeNameWord(doc: NlpDoc, ev: LineEvidence, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined || !isCapitalised(t)) return false;
  if (dateOrClockWord(doc, i)) return false;
  if (ev.dateline[i] === 1) return true;
  const acronym = t.text.length >= 2 && t.text === t.text.toUpperCase();
  if (!acronym && (NON_ENTITY_WORDS.has(t.lower) || NON_ENTITY_WORDS.has(bare(t)))) return false;
  if (initialled(doc, i)) return true;
  const doubtful = ev.headline[t.paragraph] || ev.initial[i] === 1 || isShouting(t, ev);
  if (doubtful && knownDespiteLine(doc, ev, i)) return true;
  // a results row or a list of names: no sentence start, no headline style, only names in capitals
  if (ev.table[t.paragraph] && !isShouting(t, ev) && !ev.lowerSeen.has(t.lower) && (t.pos === 'PROPN' || t.pos === 'NOUN' || listedPerson(doc, i) || !ev.headline[t.paragraph])) return true;
  // contractions of common words ("I'm", "It’s")
  const apos = Math.max(t.lower.indexOf("'"), t.lower.indexOf('’'));
  if (apos > 0 && NON_ENTITY_WORDS.has(t.lower.slice(0, apos))) return false;
  if (t.lower === 'may') {
    const n = doc.tokens[i + 1];
    const p = doc.tokens[i - 1];
    if ((n !== undefined && n.pos === 'NUM') || (p !== undefined && MONTH_CONTEXT.has(p.lower))) return false;
  }
  if (isShouting(t, ev)) return false;
  if (ev.headline[t.paragraph]) return ev.midCaps.has(t.text);
  if (ev.initial[i] === 1) {
    if (ev.midCaps.has(t.text)) return true;
    // "Al-Haddad said …": a capitalised name prefix glued to a name
    if (NAME_PREFIXES.has(t.lower) && isTightHyphen(doc.tokens, i + 1) && isCapitalised(doc.tokens[i + 2] ?? t)) return true;
    if (ev.lowerSeen.has(t.lower)) return false;
    // "Substitute Kofi Roe scored …": a common noun opening the sentence before a given name is a role, not a name word
    if (t.pos !== 'PROPN' && !FIRST_NAMES.has(t.text) && FIRST_NAMES.has(doc.tokens[i + 1]?.text ?? '')) return false;
    // "Rival Brenna Marine said …": a noun for a kind of firm opening the sentence describes the name after it
    if (ORG_CLASS_NOUNS.has(t.lower) && !ORG_HEADS.has(t.lower) && !ORG_LEADS.has(t.lower) && isCapitalised(doc.tokens[i + 1] ?? t)) return false;
    // a sentence opener the article never capitalises elsewhere: trust only a proper-noun tag,
    // or a noun that starts a longer capitalised name ("Ministry of …"); adjectives and the like are common words
    return t.pos === 'PROPN' || (t.pos === 'NOUN' && isCapitalised(doc.tokens[i + 1] ?? t));
  }
  return true;
}

/** "al-" / "el-" glued to a capitalised word: the prefix starts or continues a name. */
function prefixAt(doc: NlpDoc, ev: LineEvidence, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.text.length <= 3 && isLowerWord(t) && NAME_PREFIXES.has(t.lower) && isTightHyphen(doc.tokens, i + 1) && nameWordAt(doc, ev, i + 2);
}

/** How many tokens after `j` continue the run ending at j (0 = the run ends). */
function continuation(doc: NlpDoc, ev: LineEvidence, runStart: number, j: number): number {
  const { tokens } = doc;
  const n = tokens[j + 1];
  if (n === undefined || n.sentence !== tokens[j]!.sentence) return 0;
  if (nameWordAt(doc, ev, j + 1)) return 1;
  // "Greyford Health Watch": an organisation head that is otherwise a non-name word ("Watch: …") may end a name mid-sentence
  if (isCapitalised(n) && ev.initial[j + 1] === 0 && !ev.headline[n.paragraph] && ORG_HEADS.has(n.lower) && NON_ENTITY_WORDS.has(n.lower)) return 1;
  if (prefixAt(doc, ev, j + 1)) return 3;
  if (isTightHyphen(tokens, j + 1) && !tokens[j + 1]!.spaceBefore) {
    const k = tokens[j + 2];
    if (k !== undefined && isCapitalised(k) && !NON_ENTITY_WORDS.has(k.lower)) return 2;
    return romanisedSyllable(doc, runStart, j) ? 2 : 0;
  }
  if (n.text === '&' && nameWordAt(doc, ev, j + 2)) return 2;
  // "Acme Widgets, Inc.", "Holt Partners, LLC": a company suffix set off by a comma ends the same name
  const k = tokens[j + 2];
  if (n.text === ',' && k !== undefined && k.sentence === n.sentence && isCapitalised(k) && COMPANY_SUFFIXES.has(bare(k))) return 2;
  if (n.text === ',') {
    const step = commaListName(doc, ev, runStart, j);
    if (step > 0) return step;
  }
  // "Department of Forestry and Fire Protection", "Ministry of Trade and Industry"
  if (n.lower === 'and' && n.text === 'and' && nameWordAt(doc, ev, j + 2) && (bodyOf(doc, runStart, j) || headAfterAnd(doc, ev, j + 2))) return 2;
  // "Farmers’ Market", "Workers’ Union": a plural possessive before a capitalised word is one name
  if (isPossessive(tokens, j + 1) && (n.text === '’' || n.text === "'") && tokens[j]!.lower.endsWith('s') && nameWordAt(doc, ev, j + 2)) return 2;
  // "People's Democratic Party": a possessive inside an organisation's name
  // "St Agatha's Hospital": a saint's name takes the possessive inside the name of what bears it
  const saint = POSSESSIVE_ORG_LEADS.has(bare(tokens[j]!)) || (j === runStart + 1 && SAINT_WORDS.has(bare(tokens[runStart]!)));
  // "a nurse at St Agatha's." — the saint's possessive standing for the hospital or church is part of the name
  if (saint && isPossessive(tokens, j + 1) && n.text.length === 2) {
    const k = tokens[j + 2];
    if (k === undefined || k.sentence !== n.sentence || k.pos === 'PUNCT' || k.pos === 'ADP') return 1;
  }
  if (isPossessive(tokens, j + 1) && saint && nameWordAt(doc, ev, j + 2)) {
    let k = j + 2;
    while (nameWordAt(doc, ev, k + 1)) k++;
    if (ORG_HEADS.has(bare(tokens[k]!)) || PLACE_HEADS.has(bare(tokens[k]!))) return 2;
  }
  if (n.text === n.lower && NAME_PARTICLES.has(n.lower) && n.lower !== 'the') {
    if (n.lower === 'of' && countryOfOrigin(doc, ev, runStart, j)) return 0;
    if ((n.lower === 'of' || n.lower === 'for') && tokens[j + 2]?.lower === 'the' && nameWordAt(doc, ev, j + 3)) return 3;
    if (nameWordAt(doc, ev, j + 2)) return 2;
    if (prefixAt(doc, ev, j + 2)) return 4;
  }
  return 0;
}

/**
 * "Fernandez of Canada", "Okafor of Nigeria": one name word that is no body, place or title,
 * then "of" and a country, is a person and the country they come from, not one name. "Bank of
 * Canada", "Republic of Korea", "King of Spain" have a head or a title before "of" and stay one.
 */
function countryOfOrigin(doc: NlpDoc, ev: LineEvidence, runStart: number, j: number): boolean {
  if (j !== runStart) return false;
  const w = bare(doc.tokens[j]!);
  if (ORG_HEADS.has(w) || ORG_LEADS.has(w) || ORG_CLASS_NOUNS.has(w) || PLACE_HEADS.has(w) || TITLE_HEADS.has(w)) return false;
  let k = j + 2;
  const words: string[] = [];
  while (k < j + 5 && nameWordAt(doc, ev, k)) words.push(doc.tokens[k++]!.text);
  return words.length > 0 && COUNTRY_KEYS.has(nameKey(words.join(' ')));
}

/**
 * "Ban Ki-moon", "Kim Jong-un", "Moon Jae-in": a short lower-case syllable after a hyphen
 * ends a romanised given name when a family name stands before it. Not an English compound
 * tail ("US-led", "Boston-style"), a participle, or the start of a longer compound ("son-in-law").
 */
function romanisedSyllable(doc: NlpDoc, runStart: number, j: number): boolean {
  const { tokens } = doc;
  const k = tokens[j + 2];
  if (k === undefined || j === runStart || !/^[a-z]{2,4}$/.test(k.text) || COMPOUND_TAILS.has(k.text) || k.text.endsWith('ed')) return false;
  if (tokens[j + 3]?.text === '-' && !tokens[j + 3]!.spaceBefore) return false;
  const given = tokens[j]!.text;
  return given.length <= 5 && isCapitalised(tokens[j]!) && given.slice(1) === given.slice(1).toLowerCase();
}

/** A word that is a name of its own (a known place or body, an acronym) or opens a person's name. */
const knownWord = (doc: NlpDoc, i: number) => {
  const t = doc.tokens[i]!;
  const k = nameKey(t.text);
  return PLACE_BY_KEY.has(k) || ORG_BY_KEY.has(k) || t.text === t.text.toUpperCase() || FIRST_NAMES.has(t.text);
};

/**
 * A comma inside an organisation's name, before "and" ("Ministry of Agriculture, Fisheries and
 * Food"; "United Automobile, Aerospace and Agricultural Implement Workers of America"): how many
 * tokens after j reach the first name word after "and", or 0. Either the run so far reads
 * "<Ministry|Department|…> of X" and one word stands on each side of "and", or the run is two
 * words or more and the part after "and" ends in an organisation head or "<word> of <Name>".
 * A list of names ("Kenya, Uganda and Tanzania", "Ana Roe, Tom Holt and Mia Lund of Tarwick")
 * has known names, given names or too short a first part, and stays several names.
 */
function commaListName(doc: NlpDoc, ev: LineEvidence, runStart: number, j: number): number {
  const { tokens } = doc;
  let m = j + 2;
  while (m < j + 4 && nameWordAt(doc, ev, m) && !knownWord(doc, m)) m++;
  const and = tokens[m];
  if (m === j + 2 || and === undefined || and.text !== 'and' || !nameWordAt(doc, ev, m + 1) || knownWord(doc, m + 1)) return 0;
  for (let k = runStart; k <= j; k++) if (knownWord(doc, k)) return 0;
  if (bodyOf(doc, runStart, j)) return m === j + 3 && !nameWordAt(doc, ev, m + 2) ? m + 1 - j : 0;
  if (j - runStart < 1 || ORG_HEADS.has(bare(tokens[j]!))) return 0;
  for (let k = m + 1; k < m + 5 && nameWordAt(doc, ev, k); k++) {
    const next = tokens[k + 1]?.lower;
    if (ORG_HEADS.has(bare(tokens[k]!)) && !nameWordAt(doc, ev, k + 1)) return m + 1 - j;
    if ((next === 'of' || next === 'for') && nameWordAt(doc, ev, k + 2)) return m + 1 - j;
  }
  return 0;
}

/**
 * "Competition and Markets Authority", "Food and Drug Administration": after "and", one or
 * two name words and then an organisation head close the name; a list of two names
 * ("Kenya and Uganda") has no head and stays two names.
 */
function headAfterAnd(doc: NlpDoc, ev: LineEvidence, k: number): boolean {
  for (let i = k; i < k + 3 && nameWordAt(doc, ev, i); i++) {
    const w = bare(doc.tokens[i]!);
    if (ORG_HEADS.has(w) && i > k) return true;
  }
  return false;
}

/** Does the run [start, j] read "<Ministry|Department|…> of …" or "<Institute|Centre|…> for …"? */
function bodyOf(doc: NlpDoc, start: number, j: number): boolean {
  for (let k = start + 1; k < j; k++) {
    const w = doc.tokens[k]!.lower;
    if ((w === 'of' || w === 'for') && ORG_LEADS.has(bare(doc.tokens[k - 1]!))) return true;
  }
  return false;
}

/** Words after a number that make it a count or a score, not part of the name before it ("Kent 287 for 5", "Acme 3 per cent"). */
const NUMBER_FOLLOWERS = new Set(['to', 'for', 'and', 'or', 'of', 'per', 'percent', 'pct', 'all', 'out', 'from', 'not', 'off', 'up', 'down', 'times', 'x']);
/** Punctuation after which a number may still close a name ("Diablo 4.", "Local 838, which …"). */
const CLOSING_MARKS = new Set([',', '.', ';', '!', '?', '”', '"', '’', "'", ')']);

/**
 * "Modern Warfare 3", "Local 838", "News Center 7": a number of one to three figures right
 * after a name closes it, when what follows is the end of the sentence, a closing mark or a
 * verb or function word. Not in tables, not at the end of a line without a stop, and results rows ("Leeds 2 Orbeck 1"), not after a
 * known place ("Kenya 2"), a person's name or a count ("Acme 3 million", "Kent 287 for 5").
 */
function numberCloses(doc: NlpDoc, ev: LineEvidence, first: number, j: number): boolean {
  const { tokens } = doc;
  const last = tokens[j]!;
  const n = tokens[j + 1];
  if (n === undefined || n.sentence !== last.sentence || !n.spaceBefore || !/^[1-9]\d{0,2}$/.test(n.text)) return false;
  if (ev.table[last.paragraph] || FIRST_NAMES.has(tokens[first]!.text) || isInitial(tokens[first]!) || !/\p{L}/u.test(last.text)) return false;
  if (PLACE_BY_KEY.has(nameKey(doc.text.slice(tokens[first]!.start, last.end)))) return false;
  // (a line that ends in the number with no stop is a scorecard or a list: "b Dharmasena 13")
  const n2 = tokens[j + 2];
  if (n2 === undefined || n2.sentence !== n.sentence) return false;
  if (CLOSING_MARKS.has(n2.text)) {
    if (n2.spaceBefore) return false;
    const n3 = tokens[j + 3];
    // ("… Warfare 3," and more, or a title closing its quotation: "… Warfare 3,”")
    return n2.text !== ',' || n3 === undefined || n3.sentence !== n2.sentence || isLowerWord(n3) || (n3.text !== ',' && !n3.spaceBefore && CLOSING_MARKS.has(n3.text));
  }
  return isLowerWord(n2) && !NUMBER_FOLLOWERS.has(n2.lower) && (n2.pos === 'VERB' || n2.pos === 'AUX' || n2.pos === 'ADP' || n2.pos === 'ADV' || n2.pos === 'PRON' || n2.pos === 'DET' || n2.pos === 'SCONJ' || n2.pos === 'PART');
}

/** Find the runs of name words in the document, in text order. */
export function findNameRuns(doc: NlpDoc, ev: LineEvidence): NameRun[] {
  const runs: NameRun[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWordAt(doc, ev, i) && !prefixAt(doc, ev, i)) continue;
    let j = prefixAt(doc, ev, i) ? i + 2 : i;
    for (let step = continuation(doc, ev, i, j); step > 0; step = continuation(doc, ev, i, j)) j += step;
    if (numberCloses(doc, ev, i, j)) j++;
    runs.push({ first: i, end: j + 1 });
    i = j;
  }
  return runs;
}
