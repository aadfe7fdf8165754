/**
 * Step 5: evidence for each candidate's type.
 *
 * Each cue adds a weight to one type. Weights reflect how often the cue is right
 * in news text: a gazetteer hit or an organisation head word is near-certain; a
 * title, honorific, age or given name strongly suggests a person; a verb of saying
 * only weakly (organisations "say" things too); "in X" weakly suggests a place.
 * Step 6 sums the weights over all mentions of an entity, so one entity gets one
 * type by the majority of its evidence.
 */
import { FIRST_NAMES, RARE_FIRST_NAMES } from '../../lexicon/first-names.js';
import { GENERIC_NAME_WORDS } from '../../lexicon/non-entity-words.js';
import { ORG_CLASS_NOUNS, ORG_FIRST_WORDS, ORG_HEADS, ORG_LEADS, ORG_MEMBER_NOUNS, ORG_POSSESSIONS, ORG_SPOKESPEOPLE } from '../../lexicon/org-words.js';
import { TITLE_HEADS } from '../../lexicon/person-titles.js';
import { PERSON_FOLLOWERS, PERSON_NOUNS, PERSON_VERBS } from '../../lexicon/person-verbs.js';
import { PLACE_AREA_NOUNS, PLACE_FOLLOWERS, PLACE_HEADS, PLACE_LEADS, PLACE_NOUNS, PLACE_PREFIX_WORDS, PLACE_PREPOSITIONS } from '../../lexicon/place-words.js';
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import type { Candidate } from './03-candidates.js';
import type { AppositiveCue } from './04-roles.js';
import { contestSide, isSportsReport, personSurnames } from './contest-sides.js';
import { listKind } from './list-kind.js';
import { COUNTRY_KEYS, DEMONYM_PLURAL_SET, ORG_BY_KEY, PLACE_BY_KEY } from './lexicon-index.js';
import { isAcronym, nameKey } from './name-keys.js';
import { bare, isCapitalised, isInitial, isLowerWord, isPossessive, mixedCase } from './token-tests.js';

export interface TypeScores {
  person: number;
  organization: number;
  place: number;
  group: number;
  /**
   * Gazetteer knowledge ("Porto" is a city): a prior that counts once per entity, not
   * once per mention, so that context can still show "Porto" names the club.
   */
  knownPlace: number;
  knownOrg: number;
  /**
   * "Kestrel Holt": a name that opens with a given name. Also a prior counted once per
   * entity: a name register lists many words that are places or things too ("Cedar
   * Hollow"), so repeating the name must not outweigh what its contexts say.
   */
  knownPerson: number;
}

const SAID_BEFORE = new Set(['said', 'says', 'added', 'wrote', 'asked']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'upstream', 'downstream', 'outskirts']);
const STAKE_NOUNS = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings', 'investment', 'investments', 'shareholding', 'interest']);
const PLURAL_VERBS = new Set(['have', 'are', 'were']);
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

const isFigure = (text: string | undefined) => text !== undefined && /^\d/.test(text);

/**
 * A side in a fixture: "Arlow v Tarrin", or a name followed by its score in a results or
 * standings row ("Arlow 3 Tarrin 1", "Arlow 4 2 1 1 6 3 7"). Such a side is a team, an
 * organisation — unless it is a country (a national side is named as its country) or the
 * name reads as a person's.
 */
function teamScores(doc: NlpDoc, c: Candidate, table: boolean, s: TypeScores): void {
  const { tokens } = doc;
  if (givenNameFirst(doc, c) > 0) return;
  const key = nameKey(doc.text.slice(tokens[c.first]!.start, tokens[c.end - 1]!.end));
  if (COUNTRY_KEYS.has(key)) return;
  const prev = tokens[c.first - 1];
  const next = tokens[c.end];
  const sameLine = (t: typeof prev) => t !== undefined && t.paragraph === tokens[c.first]!.paragraph;
  const versus = (sameLine(next) && VERSUS.has(next!.lower) && isCapitalised(tokens[c.end + 1] ?? next!)) || (sameLine(prev) && VERSUS.has(prev!.lower));
  const opensRow = !sameLine(prev) || isFigure(prev!.text);
  const scored = table && sameLine(next) && isFigure(next!.text) && opensRow;
  // a known town has a gazetteer prior to outweigh ("Leeds 2 Tarrin 1": the club)
  if (versus || scored) s.organization += PLACE_BY_KEY.has(key) ? 6 : 2.5;
  // (not a name the article also writes after a given name: in tennis or boxing "Krajicek beat …" is a person)
  else if (isSportsReport(doc) && contestSide(doc, c) && !personSurnames(doc).has(tokens[c.end - 1]!.text)) s.organization += PLACE_BY_KEY.has(key) ? 6 : 2.5;
}

const HEAD_CACHE = new Map<string, Readonly<TypeScores>>();

/** "<Lead> of …" or "<Lead> for …" anywhere in the name ("California Department of Forestry", "Institute for Soil Studies"). */
function leadOf(doc: NlpDoc, c: Candidate, leads: ReadonlySet<string>): boolean {
  for (let k = c.first; k + 1 < c.end; k++) {
    const w = doc.tokens[k + 1]!.lower;
    if ((w === 'of' || w === 'for') && leads.has(bare(doc.tokens[k]!))) return true;
  }
  return false;
}

/**
 * How surely the name opens with a given name: 2 for a common one, 1 for one only a
 * single register lists, 0 when none or when "&" joins partners' surnames ("Holt & Varga").
 */
function givenNameFirst(doc: NlpDoc, c: Candidate): number {
  for (let k = c.first + 1; k < c.end; k++) if (doc.tokens[k]!.text === '&') return 0;
  const w = doc.tokens[c.first]!.text;
  // "Marla-Tarwick Coastal Express": a given name joined by a hyphen to a known place opens a route, not a person's name
  const joined = doc.tokens[c.first + 2];
  if (doc.tokens[c.first + 1]?.text === '-' && joined !== undefined && PLACE_BY_KEY.has(nameKey(joined.text))) return 0;
  // "A. Dale": an initial before a surname is a person's name written short
  if (isInitial(doc.tokens[c.first]!) && c.end - c.first > 1) return 2;
  return FIRST_NAMES.has(w) ? 2 : RARE_FIRST_NAMES.has(w) ? 1 : 0;
}

function headScores(doc: NlpDoc, c: Candidate, s: TypeScores): void {
  const text = doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.end - 1]!.end);
  const key = nameKey(text);
  if (PLACE_BY_KEY.has(key)) s.knownPlace = 5;
  if (ORG_BY_KEY.has(key)) s.knownOrg = 5;
  const multi = c.end - c.first > 1;
  // "News Center 7": the head is the last word before a closing number
  const lastIdx = multi && /^\d+$/.test(doc.tokens[c.end - 1]!.text) ? c.end - 2 : c.end - 1;
  const last = bare(doc.tokens[lastIdx]!);
  const firstWord = bare(doc.tokens[c.first]!);
  const second = doc.tokens[c.first + 1]?.lower;
  // "Tarwick SDMA", "Marlow GRP": a place or name before an acronym of three letters or more names that body's branch
  // (not a Roman numeral, "Starfall IV"; not a person's post-nominals, "Jane Roe OBE")
  const acronymTail = multi && lastIdx === c.end - 1 && isAcronym(doc.tokens[lastIdx]!.text) && last.replace(/\./g, '').length >= 3 && !/^[ivxlcdm]+$/.test(last) && isCapitalised(doc.tokens[c.end - 2]!) && /\p{Ll}/u.test(doc.tokens[c.end - 2]!.text);
  // (a given name before an acronym alone has no surname: "Marlow CHC" is no person)
  if (multi && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last) && !GENERIC_NAME_WORDS.has(last) && !(acronymTail && c.end - c.first === 2)) s.knownPerson = givenNameFirst(doc, c);
  if (multi && (ORG_HEADS.has(last) || (acronymTail && s.knownPerson === 0))) s.organization += 3;
  else if (multi && PLACE_HEADS.has(last)) s.place += 3;
  if (multi && leadOf(doc, c, ORG_LEADS)) s.organization += 3;
  if (multi && second === 'of' && PLACE_LEADS.has(firstWord)) s.place += 3;
  // "Cape Merrow", "Lake Tivan": a geographic prefix names a place; "Statistics Canada": an agency named ahead of its country
  // ("Glen Roe": a given name that is also a geographic prefix opens a person's name)
  if (multi && second !== 'of' && PLACE_PREFIX_WORDS.has(firstWord) && !ORG_HEADS.has(last) && !FIRST_NAMES.has(doc.tokens[c.first]!.text)) s.place += 3;
  if (c.end - c.first === 2 && ORG_FIRST_WORDS.has(firstWord) && isCapitalised(doc.tokens[c.first + 1]!)) s.organization += 3;
  // "Procter & Gamble", "Holt & Varga": an ampersand joins the partners of a firm
  for (let k = c.first + 1; k < c.end - 1; k++) if (doc.tokens[k]!.text === '&') s.organization += 2;
  if (!multi && isAcronym(text) && !PLACE_BY_KEY.has(key)) s.organization += 1;
  // "Bayern Munich", "Real Madrid", "Inter Milan": a name ending in a known place that is not itself a place is a club or firm
  const lastKey = nameKey(doc.tokens[c.end - 1]!.text);
  // (not "Manuel Medina": a given name first makes a person whose surname is also a town)
  if (multi && !PLACE_BY_KEY.has(key) && PLACE_BY_KEY.has(lastKey) && !PLACE_LEADS.has(firstWord) && s.knownPerson === 0) s.organization += 2;
  // "Tarrin Otters", "Kansas City Hawks": a known place then a capitalised plural names a team
  const plural = last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && !PLACE_HEADS.has(last) && !ORG_HEADS.has(last);
  if (multi && plural && PLACE_BY_KEY.has(nameKey(doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.end - 2]!.end)))) s.organization += 3;
}

function contextScores(doc: NlpDoc, c: Candidate, s: TypeScores): void {
  const { tokens } = doc;
  const prev = tokens[c.first - 1];
  const sentence = tokens[c.first]!.sentence;
  const inSentence = (i: number) => tokens[i] !== undefined && tokens[i]!.sentence === sentence;
  const possessive = isPossessive(tokens, c.end);
  const nextIdx = possessive ? c.end + 1 : c.end;
  const next = inSentence(nextIdx) ? tokens[nextIdx]!.lower : '';
  if (prev !== undefined && inSentence(c.first - 1)) {
    const p = prev.lower;
    const p2 = tokens[c.first - 2]?.lower ?? '';
    // "a source from Acme", "an analyst at DNB Markets": people who speak for, or work at, a body
    const works = ORG_SPOKESPEOPLE.has(p2) || TITLE_HEADS.has(p2) || (p2.endsWith('s') && TITLE_HEADS.has(p2.slice(0, -1)));
    const speaksFor = (p === 'from' || p === 'within' || p === 'inside' || p === 'at' || p === 'for') && works;
    // "the relief group X", "the mortgage broker X", "rival X": a kind of organisation named just before its name
    // (it outweighs a place-like head: "the charity Safe Harbour")
    if (ORG_CLASS_NOUNS.has(wordBefore(doc, c.first)) && givenNameFirst(doc, c) < 2) s.organization += 4;
    // "the hospital trust, X," — the kind set off before the name
    if (p === ',' && ORG_CLASS_NOUNS.has(p2) && tokens[c.first - 3]?.lower === 'the' && tokens[c.end]?.text === ',') s.organization += 2;
    if (p === 'at' && works) s.organization += 1.5;
    // "at the Caja Magica", "across the Midwest": a place preposition before "the" + a proper name
    if (p === 'the' && PLACE_PREPOSITIONS.has(p2) && p2 !== 'from' && !possessive && !ORG_SPOKESPEOPLE.has(tokens[c.first - 3]?.lower ?? '')) s.place += 1;
    // "a 67-year-old man, Tom Roe," — a person noun set off before the name
    if (p === ',' && PERSON_NOUNS.has(p2)) s.person += 2;
    // coordinated with a known place, or in a list governed by a place preposition ("from Zaria and Kafanchan")
    if ((p === 'and' || p === 'or') && coordinatedWithPlace(doc, c.first - 2)) s.place += 1.5;
    if (speaksFor) s.organization += 1;
    // "shares in X", "a stake in X": ownership of a company, not a location
    else if (p === 'in' && STAKE_NOUNS.has(p2)) s.organization += 2;
    else if (PLACE_PREPOSITIONS.has(p) && !possessive) s.place += p === 'from' ? 0.5 : 1;
    if (SAID_BEFORE.has(p)) s.person += 1;
    // "told Reuters", "told Record": a bare one-word name after "told" is usually a news outlet
    if (p === 'told' && c.end - c.first === 1 && !c.titled) s.organization += 1;
    if (p === 'old' && tokens[c.first - 2]?.text === '-') s.person += 3;
    if (PERSON_NOUNS.has(p)) s.person += 2;
    // "the Coastal Dock Workers said": a name after "the" is rarely a person's, unless it opens with a given name
    if (p === 'the' && (c.end - c.first === 1 || givenNameFirst(doc, c) === 0)) s.person -= 1;
    // "the town of Tarwick", "the county of Marlow"
    if (p === 'of' && PLACE_NOUNS.has(tokens[c.first - 2]?.lower ?? '')) s.place += 3;
    // "north of Tarwick", "30km south-west of Belmonte"
    if (p === 'of' && COMPASS.has(tokens[c.first - 2]?.lower ?? '')) s.place += 2;
  }
  // organisations "say" things too: a bare one-word name earns less from a verb of saying
  if (!possessive && PERSON_VERBS.has(next)) s.person += c.end - c.first > 1 || c.titled ? 1 : 0.5;
  if (possessive) {
    const owned = tokens[nextIdx]?.pos === 'ADJ' ? tokens[nextIdx + 1]?.lower ?? '' : next;
    if (ORG_POSSESSIONS.has(owned)) s.organization += 1;
  }
  if ((!possessive && PERSON_FOLLOWERS.has(next)) || (possessive && PERSON_NOUNS.has(next))) s.person += 1.5;
  if (ORG_MEMBER_NOUNS.has(next) && !possessive) s.organization += 1;
  // "the Red Door Relief charity said": the kind of organisation written after its name
  if (!possessive && ORG_CLASS_NOUNS.has(next) && isLowerWord(tokens[nextIdx]!) && prev?.lower === 'the') s.organization += 2;
  // "Kestrana news agency said": without "the" the kind may be a compound ("news agency"), and is weaker evidence
  else if (!possessive && inSentence(nextIdx) && isLowerWord(tokens[nextIdx]!) && givenNameFirst(doc, c) === 0) {
    const kind = tokens[nextIdx + 1];
    const compound = kind !== undefined && inSentence(nextIdx + 1) && isLowerWord(kind) && ORG_CLASS_NOUNS.has(kind.lower);
    if (ORG_CLASS_NOUNS.has(next) || compound) s.organization += 1.5;
  }
  // "the Otters", "the Hawks": a capitalised plural after "the" that is no people is a team or band
  if (c.end - c.first === 1 && prev?.lower === 'the' && !possessive && /^[A-Z][a-z]+[^s]s$/.test(tokens[c.first]!.text) && !DEMONYM_PLURAL_SET.has(tokens[c.first]!.lower) && !PLACE_BY_KEY.has(nameKey(tokens[c.first]!.text))) s.organization += 1.5;
  // "Ajax director Marc Roe", "Porto coach X": a body's office before a person's name
  const after = tokens[nextIdx + 1];
  if (!possessive && TITLE_HEADS.has(next) && after !== undefined && inSentence(nextIdx + 1) && isCapitalised(after) && isLowerWord(tokens[nextIdx]!)) s.organization += 1.5;
  if ((next === 'and' || next === 'or') && inSentence(nextIdx + 1) && knownTown(nameKey(tokens[nextIdx + 1]!.text))) s.place += 1.5;
  // British agreement: "Vellmar have sold", "Acme are" — a singular name with a plural verb is a team or firm
  if (!possessive && PLURAL_VERBS.has(next) && !doc.tokens[c.end - 1]!.lower.endsWith('s')) s.organization += 1;
  if (PLACE_FOLLOWERS.has(next)) s.place += 1;
  // "the X highlands", "the X krona": an area or the currency of a one-word name
  if (c.end - c.first === 1 && !possessive && PLACE_AREA_NOUNS.has(next) && isLowerWord(tokens[nextIdx]!)) s.place += 2;
  // "X, 29, a baker": an age set off after the name
  const age = tokens[c.end + 1];
  if (tokens[c.end]?.text === ',' && age !== undefined && age.pos === 'NUM' && age.text.length <= 3 && tokens[c.end + 2]?.text === ',' && inSentence(c.end + 2)) s.person += 3;
  if (next === 'aged' || (next === ',' && tokens[c.end + 1]?.lower === 'aged')) s.person += 2;
  // "Tarwick, Essex": a name followed by a known place is a place
  if (tokens[c.end]?.text === ',' && inSentence(c.end + 1)) {
    const n1 = tokens[c.end + 1]!;
    const n2 = tokens[c.end + 2];
    const one = nameKey(n1.text);
    const two = n2 ? nameKey(`${n1.text} ${n2.text}`) : '';
    if (PLACE_BY_KEY.has(two) || (PLACE_BY_KEY.has(one) && !ORG_BY_KEY.has(one))) s.place += 2;
  }
}

/** The lower-case word before token i, hyphen compounds joined ("start-up"); '' when it is not a lower-case word. */
function wordBefore(doc: NlpDoc, i: number): string {
  const { tokens } = doc;
  const p = tokens[i - 1];
  if (p === undefined || p.sentence !== tokens[i]!.sentence) return '';
  // "Rival Brenna Marine": a sentence-opening common noun, kept out of the name by step 2
  if (!isLowerWord(p)) return p.sentence !== tokens[i - 2]?.sentence && p.text.length > 1 ? p.lower : '';
  const h = tokens[i - 2];
  const w = tokens[i - 3];
  if (h !== undefined && w !== undefined && h.text === '-' && !h.spaceBefore && !p.spaceBefore && isLowerWord(w)) return `${w.lower}-${p.lower}`;
  return p.lower;
}

/**
 * A known place other than a country: countries are coordinated with their leaders
 * and parties all the time ("the prime minister and Kenya"), towns rarely are.
 */
function knownTown(key: string): boolean {
  return PLACE_BY_KEY.has(key) && !COUNTRY_KEYS.has(key);
}

/** Is the name ending at token `last` a known place, or the first of a list after a place preposition? */
function coordinatedWithPlace(doc: NlpDoc, last: number): boolean {
  const { tokens } = doc;
  let i = last;
  while (i > 0 && last - i < 4 && isCapitalised(tokens[i - 1]!) && tokens[i - 1]!.sentence === tokens[last]?.sentence) i--;
  const t = tokens[last];
  if (t === undefined || !isCapitalised(t)) return false;
  if (knownTown(nameKey(doc.text.slice(tokens[i]!.start, t.end)))) return true;
  const p = tokens[i - 1]?.lower ?? '';
  return p !== 'from' && PLACE_PREPOSITIONS.has(p);
}

/**
 * "Ostrel" … "Ostrelian officials": a one-word name whose adjective of origin the article
 * also writes is a country or region. Only the regular English endings are tried.
 */
function hasDemonym(name: string, caps: ReadonlySet<string>): boolean {
  if (name.length < 4 || name !== name[0] + name.slice(1).toLowerCase()) return false;
  const last = name[name.length - 1]!;
  const stem = 'aeiy'.includes(last) ? name.slice(0, -1) : name;
  if (last === 'a' && caps.has(`${name}n`)) return true;
  return caps.has(`${stem}ian`) || caps.has(`${stem}an`) || caps.has(`${stem}ese`) || (!'aeiou'.includes(last) && caps.has(`${name}i`));
}

/** Sum the evidence of several mentions (gazetteer priors count once). */
export function sumScores(all: readonly TypeScores[]): TypeScores {
  const s: TypeScores = { person: 0, organization: 0, place: 0, group: 0, knownPlace: 0, knownOrg: 0, knownPerson: 0 };
  for (const x of all) {
    s.person += x.person;
    s.organization += x.organization;
    s.place += x.place;
    s.group += x.group;
    s.knownPlace = Math.max(s.knownPlace, x.knownPlace);
    s.knownOrg = Math.max(s.knownOrg, x.knownOrg);
    s.knownPerson = Math.max(s.knownPerson, x.knownPerson);
  }
  return s;
}

/** Type evidence for one candidate, from its words, its context, its title/role and its appositive. */
export function typeEvidence(doc: NlpDoc, c: Candidate, hasRole: boolean, cue: AppositiveCue, who: boolean, midCaps?: ReadonlySet<string>, table = false): TypeScores {
  const s: TypeScores = { person: 0, organization: 0, place: 0, group: 0, knownPlace: 0, knownOrg: 0, knownPerson: 0 };
  // the name's own words give the same evidence at every mention: compute once per spelling
  const text = doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.end - 1]!.end);
  let head = HEAD_CACHE.get(text);
  if (head === undefined) {
    head = { person: 0, organization: 0, place: 0, group: 0, knownPlace: 0, knownOrg: 0, knownPerson: 0 };
    headScores(doc, c, head);
    if (HEAD_CACHE.size > 20_000) HEAD_CACHE.clear();
    HEAD_CACHE.set(text, head);
  }
  Object.assign(s, head);
  contextScores(doc, c, s);
  teamScores(doc, c, table, s);
  // "sold at Sears, Walmart and other stores": the list says what each name is
  const kind = listKind(doc, c);
  if (kind !== null) s[kind] += 3;
  if (midCaps !== undefined && c.end - c.first === 1 && hasDemonym(doc.tokens[c.first]!.text, midCaps)) s.place += 1.5;
  // "SHEARER" in a headline, "Shearer" in the text: a shouted name, not an acronym
  if (midCaps !== undefined && c.end - c.first === 1 && isAcronym(text) && !PLACE_BY_KEY.has(nameKey(text)) && midCaps.has(mixedCase(text))) s.organization -= 1;
  if (c.titled === 'of-body') s.person += 2;
  else if (c.titled === 'nationality') s.person += 1.5;
  else if (c.titled) s.person += 4;
  else if (hasRole) s.person += 3;
  if (who) s.person += 2;
  else if (cue) s[cue] += 3;
  if (c.group) s.group += 4;
  return s;
}
