/**
 * Step 4: roles given at a mention.
 *
 * - Before the name: "Special Presidential Envoy for Water Affairs Jane Doe",
 *   "Lagos State Governor X", "striker Ola Kane", "Acme's chief executive X".
 * - Before the name, set off by a comma: "the mayor's envoy, X," / "a spokesperson for
 *   the Y Brigades, X."
 * - After the name, as an appositive: "X, a political adviser to …," / "X, the head
 *   of Y," / "X, now with Y,".
 * The appositive's head noun is also type evidence (an organisation noun, a place
 * noun, a person noun or an age), returned in `AppositiveCue`.
 */
import { ORG_NOUNS } from '../../lexicon/org-words.js';
import { PERSON_NOUNS } from '../../lexicon/person-verbs.js';
import { NON_ENTITY_WORDS } from '../../lexicon/non-entity-words.js';
import { TITLE_COMPLEMENTS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/person-titles.js';
import { PLACE_NOUNS } from '../../lexicon/place-words.js';
import type { NlpDoc, Token } from '../../nlp/nlp-doc.js';
import { DEMONYM_SET } from './lexicon-index.js';
import { bare, isCapitalised, isPossessive, isTightHyphen } from './token-tests.js';

export interface RoleFound {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type AppositiveCue = 'person' | 'organization' | 'place' | null;

const ROLE_PARTICLES = new Set(['of', 'for', 'to', 'at', 'with']);
const MAX_ROLE_TOKENS = 14;

function roleWord(t: Token): boolean {
  const w = bare(t);
  if (TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || TITLE_COMPLEMENTS.has(w) || DEMONYM_SET.has(w)) return true;
  if (isCapitalised(t)) return !NON_ENTITY_WORDS.has(t.lower);
  return t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN';
}

/**
 * Scan left from token `from` (inclusive) over a title phrase; return its first token
 * and whether it holds a title head with only "of/for …" complements after the last head.
 */
function scanTitleLeft(doc: NlpDoc, from: number, sentence: number, titledInRun: boolean): number {
  const { tokens } = doc;
  let a = from + 1;
  let lastHead = -1;
  for (let i = from; i >= 0 && from - i < MAX_ROLE_TOKENS; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    const w = bare(t);
    const glue = isPossessive(tokens, i) || isTightHyphen(tokens, i) || (w === 'the' && ROLE_PARTICLES.has(tokens[i - 1]?.lower ?? ''));
    // "Watch Commander X": a capitalised word glued to a capitalised title belongs to it
    const n = tokens[i + 1];
    const titleCase = n !== undefined && i < from && isCapitalised(t) && isCapitalised(n) && (TITLE_HEADS.has(bare(n)) || TITLE_MODIFIERS.has(bare(n))) && !CLAUSE_STOP.has(t.pos) && t.pos !== 'DET' && t.pos !== 'ADV';
    if (!(glue || ROLE_PARTICLES.has(w) || roleWord(t) || titleCase)) break;
    if (TITLE_HEADS.has(w) && lastHead < 0) lastHead = i;
    a = i;
  }
  if (lastHead < 0) return -1;
  // "spokesperson for X" / "adviser to X": the name is the title's complement, not its holder;
  // only office words may stand between "of/for" and the name ("Secretary of State X")
  if (ROLE_PARTICLES.has(tokens[from]!.lower) || tokens[from]!.lower === 'the') return -1;
  if (!titledInRun) {
    // the complement of a title in running text is lower case ("envoy for water affairs X");
    // a name or possessive there means the name after it is not the title holder
    for (let i = lastHead + 2; i <= from; i++) {
      const t = tokens[i]!;
      if (!TITLE_COMPLEMENTS.has(t.lower) && (isCapitalised(t) || isPossessive(tokens, i))) return -1;
    }
  }
  // after the last head only a complement may follow ("envoy for water affairs")
  if (lastHead < from && !ROLE_PARTICLES.has(tokens[lastHead + 1]!.lower)) return -1;
  // trim what cannot open a title: particles, glue, and plain nouns before the first title word ("a win for striker X")
  while (a <= lastHead) {
    const t = tokens[a]!;
    const w = bare(t);
    const titleish = TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || DEMONYM_SET.has(w) || isCapitalised(t) || isPossessive(tokens, a + 1);
    if (titleish && !ROLE_PARTICLES.has(w)) break;
    // "mission manager X", "programme scientist X": a noun glued to the title head qualifies it
    if (a === lastHead - 1 && t.pos === 'NOUN' && t.text === t.lower && !ROLE_PARTICLES.has(w)) break;
    a++;
  }
  return a;
}

function found(doc: NlpDoc, a: number, b: number): RoleFound {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Role written before the name starting at token `first` (directly, or as "<role>, Name"). */
export function roleBefore(doc: NlpDoc, first: number, end: number, titledInRun: boolean): RoleFound | null {
  const { tokens } = doc;
  const s = tokens[first]!.sentence;
  const prev = tokens[first - 1];
  if (prev === undefined || prev.sentence !== s) return null;
  if (prev.text !== ',') {
    const a = scanTitleLeft(doc, first - 1, s, titledInRun);
    return a >= 0 && a < first ? found(doc, a, first - 1) : null;
  }
  // "<role>, Name," — only when the name is itself set off (comma, full stop, end of sentence)
  const after = tokens[end];
  if (after !== undefined && after.sentence === s && after.text !== ',' && after.text !== '.' && after.lower !== 'of') return null;
  const a = scanTitleLeft(doc, first - 2, s, true);
  return a >= 0 && a < first - 1 ? found(doc, a, first - 2) : null;
}

const APPOSITIVE_END = new Set([',', '.', ';', '—', '–', '(', ')', '“', '”', '"', ':', '?', '!']);
const APPOSITIVE_LEAD = new Set(['a', 'an', 'the']);
const CLAUSE_STOP = new Set(['ADP', 'AUX', 'PRON', 'SCONJ', 'CCONJ', 'PART']);
const NOUNISH = new Set(['NOUN', 'PROPN']);

/**
 * Does "and" or "or" right after the head at `headEnd` join a second noun phrase (before `b`)
 * whose head is a title ("a developer and spokeswoman for Acme", "a lawyer and former senator")?
 */
function coordinatedTitle(doc: NlpDoc, headEnd: number, b: number): boolean {
  const { tokens } = doc;
  if (!/^(and|or)$/.test(tokens[headEnd + 1]?.lower ?? '')) return false;
  let last = -1;
  for (let k = headEnd + 2; k < b && /^(NOUN|ADJ|DET)$/.test(tokens[k]!.pos); k++) if (tokens[k]!.pos === 'NOUN') last = k;
  return last >= 0 && !isCapitalised(tokens[last]!) && TITLE_HEADS.has(bare(tokens[last]!));
}

/** The appositive after a name ending at token `end`: its role (when headed by a title) and type cue. */
export function appositiveAfter(doc: NlpDoc, end: number): { role: RoleFound | null; cue: AppositiveCue; who: boolean } {
  const { tokens } = doc;
  const none = { role: null, cue: null, who: false } as const;
  if (tokens[end]?.text !== ',') return none;
  // "X, 29, a baker who …": the age is set off first; what follows describes the person, whatever the noun
  const aged = tokens[end + 1]?.pos === 'NUM' && tokens[end + 1]!.text.length <= 3 && tokens[end + 2]?.text === ',';
  if (aged) end += 2;
  const comma = tokens[end];
  if (comma === undefined || comma.text !== ',' || comma.sentence !== tokens[end - 1]!.sentence) return none;
  let a = end + 1;
  const first = tokens[a];
  if (first === undefined || first.sentence !== comma.sentence) return none;
  if (first.lower === 'who') return { role: null, cue: 'person', who: true };
  // "X, said the …": a verb after the comma starts the main clause, not an appositive
  if (first.pos === 'VERB' || first.pos === 'AUX') return none;
  const now = first.lower === 'now' && (tokens[a + 1]?.lower === 'with' || tokens[a + 1]?.lower === 'at');
  if (APPOSITIVE_LEAD.has(first.lower)) a++;
  let b = a;
  let headEnd = -1;
  let stopped = false;
  while (b < tokens.length && b - a < 20) {
    const t = tokens[b]!;
    if (t.sentence !== comma.sentence || APPOSITIVE_END.has(t.text)) break;
    // a participle right after a noun starts a clause ("the group governing X"); after an adjective it is one ("the last surviving witness")
    const clause = CLAUSE_STOP.has(t.pos) || (t.pos === 'VERB' && b > a && NOUNISH.has(tokens[b - 1]!.pos));
    if (!stopped && !now && clause && !isPossessive(tokens, b) && !(t.text === '-' && !t.spaceBefore)) {
      stopped = true;
      headEnd = b - 1;
    }
    b++;
  }
  if (b === a) return none;
  if (now) return { role: found(doc, end + 1, b - 1), cue: 'person', who: false };
  if (headEnd < 0) headEnd = b - 1;
  if (headEnd < a) return none;
  const head = tokens[headEnd]!;
  const w = bare(head);
  if (isCapitalised(tokens[a]!) && !APPOSITIVE_LEAD.has(first.lower)) {
    // "Tarwick, Essex" / "Smith, Acme's chief …": a bare capitalised appositive is no role unless it ends in a title
    if (!TITLE_HEADS.has(w)) return none;
  }
  if (w === 'old' && tokens[headEnd - 1]?.text === '-') return { role: null, cue: 'person', who: false };
  if (TITLE_HEADS.has(w) && !isCapitalised(head)) return { role: found(doc, a, b - 1), cue: 'person', who: false };
  if (TITLE_HEADS.has(w) && headEnd > a) return { role: found(doc, a, b - 1), cue: 'person', who: false };
  if (aged && APPOSITIVE_LEAD.has(first.lower) && head.pos === 'NOUN' && !isCapitalised(head)) return { role: found(doc, a, b - 1), cue: 'person', who: false };
  // "a developer and spokeswoman for …": a title joined to the head makes the appositive a person's
  if (coordinatedTitle(doc, headEnd, b)) return { role: found(doc, a, b - 1), cue: 'person', who: false };
  if (ORG_NOUNS.has(w)) return { role: null, cue: 'organization', who: false };
  if (PLACE_NOUNS.has(w)) return { role: null, cue: 'place', who: false };
  if (PERSON_NOUNS.has(w)) return { role: null, cue: 'person', who: false };
  return none;
}
