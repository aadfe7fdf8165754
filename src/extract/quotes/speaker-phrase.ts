/**
 * Read the speaker phrase next to a cue: the subject before a verb ("the mayor said",
 * "Jane Roe, the club's coach, said"), the phrase after it ("said Roe", "according to
 * a source close to the club"), and what kind of phrase it is: a named mention, a
 * pronoun, a definite description ("the analyst") or an unnamed source ("two officials").
 */
import type { Mention } from '../../model/records.js';
import type { Token } from '../../nlp/nlp-doc.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/person-titles.js';
import { COMPANY_NOUNS } from '../../lexicon/company-nouns.js';
import { DEMONYMS } from '../../lexicon/demonyms.js';
import { MEDIA_NOUNS } from '../../lexicon/media-nouns.js';
import { ORG_HEADS } from '../../lexicon/org-words.js';
import { NON_SPEAKING_NOUNS, SOURCE_NOUNS } from '../../lexicon/source-nouns.js';
import type { AttributionContext } from './attribution-context.js';
import { mentionOf, surnameOf } from './attribution-context.js';
import { isTitleWord, namedMention, personAfterRole, personAfterTitles } from './role-phrases.js';

export type PhraseKind = 'mention' | 'pronoun' | 'description' | 'anonymous';

export interface SpeakerPhrase {
  readonly kind: PhraseKind;
  /** first and one-past-last token of the phrase */
  readonly first: number;
  readonly last: number;
  readonly mention: Mention | null;
  /** head noun of a description or unnamed source ("analyst", "sources") */
  readonly noun: string | null;
  /** the appositive after or around the name ("the club's coach") */
  readonly appositive: string | null;
  /** the appositive jumped over between subject and verb */
  readonly jumped: boolean;
}

/** Words between a subject and its verb that do not break the link ("also", "has", "later"). */
const GLUE = new Set(['also', 'then', 'later', 'previously', 'again', 'further', 'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will', 'had', 'once', 'earlier', 'reportedly', 'publicly', 'repeatedly', 'recently', 'simply', 'only', 'just', 'not', "n't", 'never', 'even', 'had', 'subsequently', 'separately', 'privately']);
/** Prepositions allowed inside an unnamed-source phrase ("a source from …", "people familiar with …"). */
const NP_PREPS = new Set(['from', 'of', 'for', 'at', 'in', 'on', 'with', 'close', 'to', 'familiar', 'inside', 'within', 'near', 'behind', 'outside', 'among', 'across']);
const DETERMINERS = new Set(['the', 'a', 'an', 'two', 'three', 'several', 'some', 'many', 'other', 'one', 'his', 'her', 'its', 'their', 'our', 'senior', 'another', 'most', 'both']);

/** Determiners of one unnamed person ("said one confidant", "said a veteran"). */
const INDEFINITE = new Set(['one', 'a', 'an']);

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

const isNounish = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.lower === "'s" || t.lower === '’s' || t.pos === 'DET';

/** A hyphen (or a word after one) joining two words with no space: "self-taught", "bow-tied", "12-year-old". */
function hyphenLink(ax: AttributionContext, e: number, a: number): boolean {
  const t = ax.tokens[e]!;
  const prev = ax.tokens[e - 1];
  if (e <= a || !prev || prev.end !== t.start) return false;
  if (/^[-–]$/.test(t.text)) return ax.tokens[e + 1]?.start === t.end && /^[\p{L}\p{N}]/u.test(ax.tokens[e + 1]!.text);
  return /^[-–]$/.test(prev.text) && /^[\p{L}\p{N}]/u.test(t.text);
}

/** An appositive role: starts with a determiner or a lower-case modifier and has no verb early on. */
function appositiveText(ax: AttributionContext, a: number, b: number): string | null {
  if (a >= b) return null;
  const first = ax.tokens[a]!;
  const opensRole = DETERMINERS.has(first.lower) || ((first.pos === 'ADJ' || first.pos === 'NOUN') && /^\p{Ll}/u.test(first.text));
  if (!opensRole) return null;
  for (let k = a; k < Math.min(b, a + 3); k++) if (ax.tokens[k]!.pos === 'VERB' || ax.tokens[k]!.pos === 'AUX') return null;
  return ax.doc.text.slice(first.start, ax.tokens[b - 1]!.end);
}

/** Classify the noun phrase tokens[first..last) whose head is at `head`. */
function nounPhrase(ax: AttributionContext, first: number, last: number, head: number, appositive: string | null, jumped: boolean, generic = false): SpeakerPhrase | null {
  const h = ax.tokens[head]!;
  // "Roe's brief said", "the brief said": the tagger reads a medium noun that is also an adjective as one
  const before = ax.tokens[head - 1];
  const medium = h.pos === 'ADJ' && head === last - 1 && MEDIA_NOUNS.has(h.lower) && before !== undefined && (before.pos === 'DET' || before.pos === 'PART' || POSSESSIVES.has(before.lower));
  if (h.pos !== 'NOUN' && h.pos !== 'PROPN' && !medium) return null;
  const noun = h.lower;
  const det = ax.tokens[first]!.lower;
  const singularRole = TITLE_HEADS.has(noun) || ORG_HEADS.has(noun) || COMPANY_NOUNS.has(noun);
  let onlyModifiers = last - first <= 5 && head === last - 1;
  for (let j = first; j < last; j++) if (NP_PREPS.has(ax.tokens[j]!.lower)) onlyModifiers = false;
  if (det === 'the' && singularRole && onlyModifiers && !noun.endsWith('s')) {
    return { kind: 'description', first, last, mention: null, noun, appositive, jumped };
  }
  // a medium ("Acme's website") is kept: its owner speaks (phrase-to-speaker)
  if (!SOURCE_NOUNS.has(noun) && !TITLE_HEADS.has(noun) && !ORG_HEADS.has(noun) && !MEDIA_NOUNS.has(noun) && !(generic && speakingNoun(ax, first, head))) return null;
  return { kind: 'anonymous', first, last, mention: null, noun, appositive, jumped };
}

/** Any common noun that can speak when it stands right next to a verb of speech ("the website explains", "a friend said"). */
function speakingNoun(ax: AttributionContext, first: number, head: number): boolean {
  const h = ax.tokens[head]!;
  if (h.pos !== 'NOUN' || !/^\p{Ll}/u.test(h.text) || NON_SPEAKING_NOUNS.has(h.lower)) return false;
  // "the statement", "one confidant", "prosecutors", "Leith staff": a determiner, a plural, or a
  // name right before the noun
  // "my father", "52 percent of voters" count as well
  const det = ax.tokens[first]!;
  return DETERMINERS.has(det.lower) || POSSESSIVES.has(det.lower) || det.pos === 'NUM' || (h.lower.endsWith('s') && !h.lower.endsWith('ss')) || (head - 1 >= first && mentionOf(ax, head - 1) !== undefined);
}

/**
 * Fallback at a verb of speech when no named, pronoun or known source phrase stands next to it:
 * a plain noun phrase right before it ("federal prosecutors wrote") or right after it
 * ("read the statement"). Never a time or a thing that cannot speak (NON_SPEAKING_NOUNS).
 */
export function plainNounSpeaker(ax: AttributionContext, v: number, limit: number, after: number): SpeakerPhrase | null {
  let k = v - 1;
  // one adverb right before the verb ("my father often said"), never a passive ("were more appropriately called")
  if (k > limit && ax.tokens[k]!.pos === 'ADV' && !GLUE.has(ax.tokens[k - 1]!.lower)) k--;
  while (k >= limit && GLUE.has(ax.tokens[k]!.lower)) k--;
  if (k >= limit && ax.tokens[k]!.pos === 'NOUN' && ax.inQuote[k] !== 1) {
    let { first } = phraseBack(ax, k, limit);
    // "her family said": a possessive pronoun opens the phrase
    if (first > limit && POSSESSIVES.has(ax.tokens[first - 1]!.lower)) first--;
    const p = nounPhrase(ax, first, k + 1, k, null, false, true);
    if (p) return p;
  }
  let e = v + 1;
  while (e < after && ax.inQuote[e] !== 1 && isNounish(ax.tokens[e]!) && ax.tokens[e]!.pos !== 'PROPN') e++;
  let head = e - 1;
  while (head > v && ax.tokens[head]!.pos !== 'NOUN') head--;
  return head > v && head === e - 1 ? nounPhrase(ax, v + 1, e, head, null, false, true) : null;
}

/** Extend a phrase ending at token k backwards over determiners, modifiers and "of/from/close to" links. */
function phraseBack(ax: AttributionContext, k: number, limit: number): { first: number; head: number } {
  let j = k;
  let head = k;
  while (j - 1 >= limit) {
    const t = ax.tokens[j - 1]!;
    if (ax.inQuote[j - 1] === 1) break;
    if (isNounish(t)) {
      j--;
      continue;
    }
    if (NP_PREPS.has(t.lower) && j - 2 >= limit && isNounish(ax.tokens[j - 2]!)) {
      j -= 2;
      head = j; // "a source from X": the head is before the preposition
      while (head > limit && ax.tokens[head]!.pos !== 'NOUN' && ax.tokens[head]!.pos !== 'PROPN') head--;
      continue;
    }
    break;
  }
  while (j < k && !DETERMINERS.has(ax.tokens[j]!.lower) && ax.tokens[j]!.pos === 'ADP') j++;
  return { first: j, head };
}

/** Nouns of origin that are not the demonym adjective ("the Brit", "the Spaniard"). */
const ORIGIN_NOUNS = new Set(['brit', 'briton', 'spaniard', 'swede', 'dane', 'finn', 'pole', 'scot', 'frenchman', 'frenchwoman', 'dutchman', 'dutchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'welshman', 'welshwoman', 'kiwi', 'aussie', 'texan', 'californian', 'new yorker', 'native']);
const DEMONYM_WORDS: ReadonlySet<string> = new Set(DEMONYMS.map((d) => d.toLowerCase()));

/**
 * "the 37-year-old", "the Brit", "the American": a person described by age or origin, tokens
 * [first, end); returns end, or -1. Not when a noun follows ("the American embassy").
 */
function ageOrOrigin(ax: AttributionContext, first: number, limit: number): number {
  const { tokens } = ax;
  if (tokens[first]?.lower !== 'the' || ax.inQuote[first] === 1) return -1;
  let end = -1;
  const w = tokens[first + 1]?.lower ?? '';
  if (/^\d+$/.test(w) && tokens[first + 2]?.text === '-' && tokens[first + 3]?.lower === 'year' && tokens[first + 4]?.text === '-' && tokens[first + 5]?.lower === 'old') end = first + 6;
  else if (/^\d+-year-old$/.test(w)) end = first + 2;
  else if (ORIGIN_NOUNS.has(w) || DEMONYM_WORDS.has(w)) end = first + 2;
  if (end < 0 || end > limit) return -1;
  const next = tokens[end];
  return next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.paragraph === tokens[first]!.paragraph && end < limit ? -1 : end;
}

function ageOrOriginPhrase(first: number, end: number, appositive: string | null, jumped: boolean): SpeakerPhrase {
  return { kind: 'description', first, last: end, mention: null, noun: 'person', appositive, jumped };
}

/** The phrase ending at token k (named mention, pronoun, or noun phrase). */
export function phraseEndingAt(ax: AttributionContext, k: number, limit: number, appositive: string | null, jumped: boolean): SpeakerPhrase | null {
  const t = ax.tokens[k];
  if (!t || ax.inQuote[k] === 1) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { kind: 'pronoun', first: k, last: k + 1, mention: null, noun: t.lower, appositive, jumped };
  for (const f of [k - 1, k - 5]) if (f >= limit && ageOrOrigin(ax, f, k + 1) === k + 1) return ageOrOriginPhrase(f, k + 1, appositive, jumped);
  const bare = mentionOf(ax, k) ? undefined : surnameOf(ax, k);
  if (bare && !/^\p{Lu}/u.test(ax.tokens[k - 1]?.text ?? '')) return { kind: 'mention', first: k, last: k + 1, mention: bare, noun: null, appositive, jumped };
  const m = namedMention(ax, k);
  const { first, head } = phraseBack(ax, k, limit);
  if (m) {
    // "a source from Acme": a named thing inside an unnamed-source phrase
    if (head < k && mentionOf(ax, head) !== m && SOURCE_NOUNS.has(ax.tokens[head]!.lower)) {
      const np = nounPhrase(ax, first, k + 1, head, appositive, jumped);
      if (np) return np;
    }
    let f = k;
    while (f > limit && mentionOf(ax, f - 1) === m) f--;
    return { kind: 'mention', first: f, last: k + 1, mention: m, noun: null, appositive, jumped };
  }
  return nounPhrase(ax, first, k + 1, head, appositive, jumped);
}

/** Prepositions that put a name inside a role ("minister of Freedonia", "director at Acme"). */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'to']);

/** Does the phrase starting at token f follow such a preposition ("of Freedonia", "at the Acme Institute")? */
function inRole(ax: AttributionContext, f: number): boolean {
  const before = ax.tokens[f - 1]?.lower ?? '';
  return ROLE_LINKS.has(before) || (before === 'the' && ROLE_LINKS.has(ax.tokens[f - 2]?.lower ?? ''));
}

/**
 * Is the name at token f part of an appositive rather than its head: a name after a preposition
 * ("…, during a meeting in Leith,", "…, who worked alongside Roe,"), or, for the last name inside
 * an appositive (`m` given), a place ("…, of Leith, N.C.,")?
 */
function embeddedName(ax: AttributionContext, m: Mention | null | undefined, f: number): boolean {
  const before = ax.tokens[f - 1];
  return m?.type === 'place' || inRole(ax, f) || (before?.pos === 'ADP' && before.lower !== 'by');
}

/** Is there a comma between token `limit` and token f (a head the appositive may belong to)? */
function commaBefore(ax: AttributionContext, f: number, limit: number): boolean {
  for (let j = f - 1; j > limit && f - j < 30; j--) if (ax.tokens[j]!.text === ',') return true;
  return false;
}

/** A short parenthesis ending at token k ("Jane Roe (D-Ore.) said") is skipped: the token before it. */
function beforeParenthesis(ax: AttributionContext, k: number, limit: number): number {
  if (ax.tokens[k]?.text !== ')') return k;
  for (let j = k - 1; j >= Math.max(limit, k - 10); j--) {
    if (ax.tokens[j]!.text === '(') return j - 1;
    if (ax.inQuote[j] === 1 || ax.tokens[j]!.text === ')') break;
  }
  return k;
}

/** The subject of the verb at token v, looking back no further than token `limit`. */
export function subjectBefore(ax: AttributionContext, v: number, limit: number): SpeakerPhrase | null {
  let k = v - 1;
  while (k >= limit && (GLUE.has(ax.tokens[k]!.lower) || ax.tokens[k]!.pos === 'ADV') && !SUBJECT_PRONOUNS.has(ax.tokens[k]!.lower)) k--;
  k = beforeParenthesis(ax, k, limit);
  if (k < limit) return null;
  if (ax.tokens[k]!.text !== ',') return phraseEndingAt(ax, k, limit, null, false);
  // "Jane Roe, the club's coach, said" / "Jane Roe, 54, the club's coach, said": jump back over
  // up to three comma-separated appositives to the name; the first one that reads as a role is kept
  let close = k;
  let role: string | null = null;
  for (let level = 0; level < 3; level++) {
    let j = close - 1;
    while (j > limit && ax.tokens[j]!.text !== ',' && close - j < 30) j--;
    if (j <= limit || ax.tokens[j]!.text !== ',') return null;
    role = appositiveText(ax, j + 1, close) ?? role;
    const outer = phraseEndingAt(ax, beforeParenthesis(ax, j - 1, limit), limit, role, true);
    // "Jane Roe, the foreign minister of Freedonia, a member of …, said": a name inside a role's
    // prepositional phrase is not the subject; the name before that role is
    if (outer?.kind === 'mention' && (inRole(ax, outer.first) || (embeddedName(ax, null, outer.first) && commaBefore(ax, outer.first, limit))) && level < 2) {
      close = j;
      continue;
    }
    if (outer?.kind === 'mention' || outer?.kind === 'pronoun') return outer;
    // "the club's coach, Jane Roe, said": the name is the appositive, the phrase before it its role
    const inner = mentionOf(ax, close - 1);
    let innerFirst = close - 1;
    while (innerFirst > j + 1 && mentionOf(ax, innerFirst - 1) === inner) innerFirst--;
    // (not a name inside a role: "Officials at Acme, a division of Leith Holdings, said")
    const roleOnly = outer?.kind === 'anonymous' && appositiveText(ax, j + 1, close) !== null;
    if (inner && !roleOnly && inner.span.start >= ax.tokens[j + 1]!.start && !embeddedName(ax, inner, innerFirst)) {
      let r = j - 1;
      while (r > limit && (isNounish(ax.tokens[r - 1]!) || ax.tokens[r - 1]!.pos === 'PRON') && ax.inQuote[r - 1] !== 1) r--;
      const before = outer ? ax.doc.text.slice(ax.tokens[outer.first]!.start, ax.tokens[outer.last - 1]!.end) : j - 1 >= r ? ax.doc.text.slice(ax.tokens[r]!.start, ax.tokens[j - 1]!.end) : null;
      let f = close - 1;
      while (f > j + 1 && mentionOf(ax, f - 1) === inner) f--;
      return { kind: 'mention', first: f, last: close, mention: inner, noun: null, appositive: before, jumped: true };
    }
    if (outer) return outer;
    if (ax.tokens[j - 1]?.text !== ',' && !/^\d+$/.test(ax.tokens[j - 1]?.text ?? '')) return null;
    close = ax.tokens[j - 1]?.text === ',' ? j - 1 : j;
    if (/^\d+$/.test(ax.tokens[j - 1]?.text ?? '')) {
      // an age: "Jane Roe, 54, …" — the name stands before the age's comma
      close = j - 2 >= limit && ax.tokens[j - 2]!.text === ',' ? j - 2 : close;
      const name = phraseEndingAt(ax, close - 1, limit, role, true);
      if (name) return name;
    }
  }
  return null;
}

/**
 * "said one Leith confidant", "said a 2008 campaign veteran": right after a verb of speech, one
 * indefinite person is an unnamed source whatever its noun, as long as the noun can speak. Not
 * after "according to" ("according to a 2013 study by …": the study's authors), and not when a
 * name follows the noun ("reads an editorial in the Leith Courier": the Courier).
 */
function indefiniteSource(ax: AttributionContext, a: number, head: number, e: number): boolean {
  if (!INDEFINITE.has(ax.tokens[a]!.lower) || ax.tokens[a - 1]?.lower === 'to') return false;
  for (let j = head + 1; j < e; j++) if (mentionOf(ax, j)) return false;
  return true;
}

/** The phrase starting at token a ("said Roe", "according to the coach"), up to token `limit`. */
export function phraseAfter(ax: AttributionContext, a: number, limit: number): SpeakerPhrase | null {
  const t = ax.tokens[a];
  if (!t || a >= limit || ax.inQuote[a] === 1) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { kind: 'pronoun', first: a, last: a + 1, mention: null, noun: t.lower, appositive: null, jumped: false };
  const described = ageOrOrigin(ax, a, limit);
  if (described > 0) return ageOrOriginPhrase(a, described, null, false);
  // an honorific or a short title before a name the entity stage started after it ("said Dr. Jane Roe of …")
  if (!mentionOf(ax, a) && isTitleWord(t) && a + 1 < limit) {
    let b = a + 1;
    while (b < limit && ax.tokens[b]!.text === '.') b++;
    const m = namedMention(ax, b);
    if (m?.type === 'person' && m.span.start === ax.tokens[b]!.start) return phraseAfter(ax, b, limit);
  }
  // a surname the entity stage did not take for a name ("says House"), its full name named before
  const bare = mentionOf(ax, a) ? undefined : surnameOf(ax, a);
  if (bare && !/^\p{Lu}/u.test(ax.tokens[a + 1]?.text ?? '')) return { kind: 'mention', first: a, last: a + 1, mention: bare, noun: null, appositive: null, jumped: false };
  // a name right at the start, whatever the tagger made of its first word ("said Per Nyqvist")
  const named = namedMention(ax, a);
  if (named && named.span.start === t.start) {
    let last = a;
    while (last < limit && mentionOf(ax, last) === named) last++;
    let appositive: string | null = null;
    if (ax.tokens[last]?.text === ',') {
      let f = last + 1;
      while (f < limit && ax.tokens[f]!.text !== ',' && ax.tokens[f]!.text !== '.' && ax.inQuote[f] !== 1 && f - last < 30) f++;
      appositive = appositiveText(ax, last + 1, f);
    }
    // "said Acme researcher Jane Roe": an organisation and a role before the person who speaks
    const later = personAfterRole(ax, a, last, limit) ?? personAfterTitles(ax, a, last, limit);
    if (later) return later;
    // a title before the name ("Envoy for Trade Jane Roe") or a possessor ("Acme's chief") is not the
    // speaker; a person's name followed by where they are from or work ("Jane Roe of Leith", "Jane
    // Roe with the Acme union") is
    const next = ax.tokens[last];
    const from = named.type === 'person' && /^(of|from|with|at)$/.test(next?.lower ?? '');
    const titled = next?.pos === 'PROPN' || (next?.pos === 'ADP' && !from) || next?.lower === "'s" || next?.lower === '’s';
    if (!titled) return { kind: 'mention', first: a, last, mention: named, noun: null, appositive, jumped: false };
  }
  // the phrase runs to the first comma, full stop, verb or quotation
  let e = a;
  // a title modifier or a name the tagger read as a verb ("lead author", "Allan Garland") stays in
  // the phrase, and so does a hyphenated compound ("the self-taught resident")
  while (e < limit && ax.inQuote[e] !== 1 && (isNounish(ax.tokens[e]!) || TITLE_MODIFIERS.has(ax.tokens[e]!.lower) || mentionOf(ax, e) !== undefined || (NP_PREPS.has(ax.tokens[e]!.lower) && e > a) || hyphenLink(ax, e, a))) e++;
  while (e > a && NP_PREPS.has(ax.tokens[e - 1]!.lower)) e--;
  if (e === a) return null;
  let appositive: string | null = null;
  if (ax.tokens[e]?.text === ',') {
    let f = e + 1;
    while (f < limit && ax.tokens[f]!.text !== ',' && ax.tokens[f]!.text !== '.' && ax.inQuote[f] !== 1 && f - e < 30) f++;
    appositive = appositiveText(ax, e + 1, f);
  }
  // a lower-case head noun before any preposition makes a description or an unnamed source
  // ("the analyst", "a source from Acme"); otherwise the last name in the phrase is the
  // speaker (titles come first: "Special Envoy for Trade Jane Roe").
  let head = -1;
  for (let j = a; j < e && !NP_PREPS.has(ax.tokens[j]!.lower); j++) {
    const w = ax.tokens[j]!;
    if (w.pos === 'NOUN' && /^\p{Ll}/u.test(w.text) && !mentionOf(ax, j)) head = j;
  }
  // "said one of those advisers", "said one of two witnesses who …": the noun after "one of"
  if (head < 0 && t.lower === 'one' && ax.tokens[a + 1]?.lower === 'of') {
    let h = e - 1;
    while (h > a + 1 && !(ax.tokens[h]!.pos === 'NOUN' && /^\p{Ll}/u.test(ax.tokens[h]!.text))) h--;
    if (h > a + 1 && !mentionOf(ax, h) && !NP_PREPS.has(ax.tokens[h]!.lower)) return nounPhrase(ax, a, e, h, appositive, false, true);
  }
  if (head >= 0) {
    // "the club's manager, Jane Roe, …": a name in apposition to the phrase is the speaker
    const m = ax.tokens[e]?.text === ',' && TITLE_HEADS.has(ax.tokens[head]!.lower) ? mentionOf(ax, e + 1) : undefined;
    let last = e + 1;
    while (m && last < limit && mentionOf(ax, last) === m) last++;
    // only a whole appositive name: "…, Jane Roe, as", not "…, U.S. Special Envoy …"
    if (m && (last >= limit || ax.tokens[last]!.pos === 'PUNCT')) {
      const role = ax.doc.text.slice(ax.tokens[a]!.start, ax.tokens[e - 1]!.end);
      return { kind: 'mention', first: e + 1, last, mention: m, noun: null, appositive: role, jumped: false };
    }
    // "said lead author Dr. Jane Roe": role words, then the person's name, which ends the phrase
    const tail = mentionOf(ax, e - 1);
    if (tail?.type === 'person') {
      let f = e - 1;
      while (f > a && mentionOf(ax, f - 1) === tail) f--;
      if (f > head) return { kind: 'mention', first: f, last: e, mention: tail, noun: null, appositive: ax.doc.text.slice(ax.tokens[a]!.start, ax.tokens[f - 1]!.end), jumped: false };
    }
    const np = nounPhrase(ax, a, e, head, appositive, false, indefiniteSource(ax, a, head, e));
    // "said pollster Ada Roe": an unlisted role word before a name is a title, not the speaker
    if (np || !mentionOf(ax, e - 1) || head === e - 1) return np;
  }
  for (let j = e - 1; j >= a; j--) {
    const m = mentionOf(ax, j);
    if (!m) continue;
    let first = j;
    while (first > a && mentionOf(ax, first - 1) === m) first--;
    return { kind: 'mention', first, last: j + 1, mention: m, noun: null, appositive, jumped: false };
  }
  return null;
}
