/**
 * Step 6: which mentions in one article name the same thing.
 *
 * - Same name up to case, dots, hyphens, accents and "al-"/"el-" prefixes
 *   ("al-Haddad" / "Al-Haddad" / "Haddad"; "Faris Brigades" / "al-Faris Brigades").
 * - A one-word mention joins a longer person name ending in that word ("Doe" →
 *   "Jane Doe", "President Roe" → "John Roe"). When two people share the surname
 *   ("Mary Smith", "John Smith") a bare "Smith" joins the one mentioned most
 *   recently before it (or, if neither came before, the first one after it): news
 *   style names the person just introduced. Two full names with different given
 *   names are never joined.
 * - A one-word mention joins the single organisation it names without affixes
 *   ("Porto" → "FC Porto"), else the single longer non-person, non-place name it
 *   starts ("Bayern" → "Bayern Munich"), unless the word is a place of its own.
 * - An acronym joins its expansion when introduced in brackets ("World Health
 *   Organization (WHO)") or when its letters are the initials of exactly one
 *   non-person name in the article ("KDF" ↔ "Kenya Defence Forces").
 */
import { ORG_AFFIXES, ORG_HEADS } from '../../lexicon/org-words.js';
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import type { TypeScores } from './05-type-evidence.js';
import { sumScores } from './05-type-evidence.js';
import { ORG_BY_KEY, PLACE_BY_KEY } from './lexicon-index.js';
import { acronymLetters, bareKey, initialsOf, isAcronym, nameKey, surnameKey } from './name-keys.js';
import type { Proposal } from './proposal.js';
import { UnionFind } from '../../util/union-find.js';
import { isPossessive } from './token-tests.js';

/** The name an entity is known by: gazetteer canonical form when there is one. */
export function canonicalName(text: string): string {
  const k = nameKey(text);
  return PLACE_BY_KEY.get(k) ?? ORG_BY_KEY.get(k) ?? text;
}

function groupKey(text: string): string {
  const hit = GROUP_KEYS.get(text);
  if (hit !== undefined) return hit;
  const words = bareKey(canonicalName(text)).split(' ');
  // middle initials do not distinguish names ("Jane Q. Roe")
  const key = words.filter((w, i) => !(w.length === 1 && i > 0 && i < words.length - 1)).join(' ');
  if (GROUP_KEYS.size > 20_000) GROUP_KEYS.clear();
  GROUP_KEYS.set(text, key);
  return key;
}

const GROUP_KEYS = new Map<string, string>();

interface Group {
  readonly key: string;
  readonly members: number[];
  readonly scores: TypeScores;
  readonly words: number;
  readonly surname: string;
  /** key without organisation affixes ("fc porto" → "porto"). */
  readonly stripped: string;
  readonly firstWord: string;
}

const personish = (s: TypeScores) => s.person + s.knownPerson > 0 && s.person + s.knownPerson >= s.organization + s.knownOrg && s.person + s.knownPerson >= s.place + s.knownPlace;
const orgish = (s: TypeScores) => s.organization + s.knownOrg > 0 && s.organization + s.knownOrg > s.person && s.organization + s.knownOrg > s.place + s.knownPlace;
/** No evidence of any type ("Virginia Wade": a given name that is also a place, no title): the short form may tell. */
const neutral = (s: TypeScores) => s.person + s.knownPerson <= 0 && s.organization + s.knownOrg <= 0 && s.place + s.knownPlace <= 0 && s.group <= 0;
const placeOrOrg = (s: TypeScores) => s.place + s.knownPlace >= 3 || s.organization + s.knownOrg >= 3;

/** Cluster proposals into local entities; returns the cluster root of each proposal. */
export function clusterMentions(doc: NlpDoc, ps: readonly Proposal[]): number[] {
  const uf = new UnionFind(ps.length);
  const byKey = new Map<string, number[]>();
  ps.forEach((p, i) => {
    const k = groupKey(p.text);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const groups: Group[] = [...byKey].map(([key, members]) => ({ key, members, scores: sumScores(members.map((i) => ps[i]!.scores)), words: key.split(' ').length, surname: surnameKey(key), stripped: stripAffixes(key), firstWord: key.split(' ')[0]! }));
  const multi = groups.filter((g) => g.words > 1);
  // "SHEARER" in a headline and "Shearer" in the text are one name, not an acronym
  const acronymOnly = (g: Group) => g.members.every((i) => isAcronym(ps[i]!.text));
  // a surname may be hyphenated ("Owusu-Banda" → "Ama Owusu-Banda"): one written word, several key words
  const oneWord = (g: Group) => g.words === 1 || !ps[g.members[0]!]!.text.includes(' ');
  const peopleBySurname = (g: Group) =>
    !oneWord(g) || placeOrOrg(g.scores) || acronymOnly(g) ? [] : multi.filter((m) => m !== g && m.words > g.words && m.key.endsWith(` ${g.key}`) && (personish(m.scores) || (neutral(m.scores) && personish(g.scores))));
  // a one-word surname is attached mention by mention (below); everything else joins its exact-name group now
  for (const g of groups) if (peopleBySurname(g).length === 0) for (const m of g.members) uf.union(g.members[0]!, m);

  // acronyms: explicit "(ABC)" after a name, else unique initials match among non-person names
  for (let i = 0; i + 1 < ps.length; i++) {
    const p = ps[i]!;
    const q = ps[i + 1]!;
    // "… Workers of America’s (UAW) page": the acronym may follow the possessive
    const open = isPossessive(doc.tokens, p.end) && doc.tokens[p.end]!.text.length === 2 ? p.end + 1 : p.end;
    if (doc.tokens[open]?.text === '(' && q.first === open + 1 && doc.tokens[q.end]?.text === ')' && isAcronym(q.text) && p.end - p.first > 1) uf.union(i, i + 1);
  }
  for (const g of groups) {
    if (g.words !== 1 || !acronymOnly(g)) continue;
    const letters = acronymLetters(ps[g.members[0]!]!.text);
    const matches = multi.filter((m) => !personish(m.scores) && initialsOf(canonicalName(ps[m.members[0]!]!.text)) === letters);
    if (matches.length === 1) uf.union(g.members[0]!, matches[0]!.members[0]!);
  }

  // one-word mentions: surname of a person, or first word of a longer name
  for (const g of groups) {
    if (!oneWord(g) || acronymOnly(g)) continue;
    // "FC Porto" → "Porto", "Acme Corp" → "Acme": the name without its organisation affixes (even when it is also a city)
    const affixed = multi.filter((m) => m.stripped === g.key && m.scores.organization > m.scores.person);
    if (affixed.length === 1) {
      uf.union(g.members[0]!, affixed[0]!.members[0]!);
      continue;
    }
    // "Parvel" → "Parvel Systems": an organisation's short name joins the one organisation it starts
    const orgLonger = multi.filter((m) => m.firstWord === g.key && orgish(m.scores));
    if (orgish(g.scores) && orgLonger.length === 1 && !PLACE_BY_KEY.has(g.key)) {
      uf.union(g.members[0]!, orgLonger[0]!.members[0]!);
      continue;
    }
    // "the Partnership" → "Greyford Health Partnership": an organisation head word alone names the one body it ends
    const headed = ORG_HEADS.has(g.key) ? multi.filter((m) => m.key.endsWith(` ${g.key}`) && orgish(m.scores)) : [];
    if (headed.length === 1) {
      uf.union(g.members[0]!, headed[0]!.members[0]!);
      continue;
    }
    if (placeOrOrg(g.scores)) continue;
    const people = peopleBySurname(g);
    if (people.length > 0) {
      for (const i of g.members) uf.union(i, nearestMention(ps, people, ps[i]!.start));
      continue;
    }
    // "Bayern" → "Bayern Munich"; not "Kaduna" → "Kaduna State" (a state and its capital are two places)
    const longer = multi.filter((m) => m.firstWord === g.key && !personish(m.scores) && m.scores.place < 3);
    // "in Harwick" … "Harwick Health Trust": a place lends its name to a body; the two stay apart
    const placeFirst = g.scores.place > g.scores.organization + g.scores.person;
    if (longer.length === 1 && !PLACE_BY_KEY.has(g.key) && !placeFirst) uf.union(g.members[0]!, longer[0]!.members[0]!);
  }
  // "at St Agatha's" → "St Agatha's Hospital": a possessive name is short for the one organisation it starts
  // ("Ferrin Bay" is no short form of "Ferrin Bay Port Authority": a place lends its name, it does not own one)
  for (const g of multi) {
    const p = ps[g.members[0]!]!;
    const own = doc.text.slice(p.stop, p.stop + 2);
    const text = p.text;
    const possessive = text.endsWith("'s") || text.endsWith('’s') || own === "'s" || own === '’s';
    if (!possessive || personish(g.scores)) continue;
    const longer = multi.filter((m) => m !== g && (m.key.startsWith(`${g.key} `) || m.key.startsWith(`${g.key}'s `) || m.key.startsWith(`${g.key}’s `)) && orgish(m.scores));
    if (longer.length === 1) uf.union(g.members[0]!, longer[0]!.members[0]!);
  }
  return ps.map((_, i) => uf.find(i));
}

function stripAffixes(key: string): string {
  return key.split(' ').filter((w) => !ORG_AFFIXES.has(w)).join(' ');
}

/** The mention of one of `groups` closest before `offset`, else the first one after it. */
function nearestMention(ps: readonly Proposal[], groups: readonly Group[], offset: number): number {
  let before = -1;
  let after = -1;
  for (const g of groups) {
    for (const m of g.members) {
      const s = ps[m]!.start;
      if (s < offset && (before < 0 || s > ps[before]!.start)) before = m;
      if (s > offset && (after < 0 || s < ps[after]!.start)) after = m;
    }
  }
  return before >= 0 ? before : after;
}
