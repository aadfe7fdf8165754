/**
 * Resolve a pronoun ("he added") or a definite description ("the analyst said",
 * "according to the coach") to the most recent compatible mention before it.
 *
 * Compatibility: "he"/"she" and role nouns want a person; "they"/"it" and body nouns
 * ("the ministry") want an organisation or group. A mention the entity stage left untyped
 * ('other') counts as a person when it is a multi-word capitalised name or the last word
 * of one (a surname), and not an organisation-looking name; so does any earlier speaker.
 * A description prefers the most recent person whose role, or the words just before one
 * of their mentions, contain the description's noun ("analyst Jane Roe" ← "the analyst").
 * A speaking pronoun follows the subject, not the nearest name: see subjectOfSentence and ownSubject.
 */
import type { Mention } from '../../model/records.js';
import { ORG_HEADS } from '../../lexicon/org-words.js';
import type { AttributionContext } from './attribution-context.js';
import { proseParagraph } from './attribution-context.js';
import { CLAUSE_SUBORDINATORS, SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import type { Gender } from './gender-evidence.js';
import { genderEvidence } from './gender-evidence.js';
import { phraseAfter, subjectBefore } from './speaker-phrase.js';
import { isNonSpeechPhrasal, isSpeechVerb, tokenIndexAt, wordsOf } from './token-helpers.js';

/** How far back (in paragraphs) a pronoun may look for its antecedent. */
const PRONOUN_WINDOW = 3;
/** How far back (in paragraphs) a description ("the analyst") may look for a person so described. */
const DESCRIPTION_WINDOW = 12;

function lastWord(s: string): string {
  return (wordsOf(s).pop() ?? '').toLowerCase();
}

/** Heuristic person test for a mention, used when the entity stage gives no types. */
export function looksLikePerson(ax: AttributionContext, m: Mention): boolean {
  if (m.type === 'person') return true;
  if (m.type !== 'other') return false; // typed mentions are trusted; untyped ones get the heuristic
  const words = wordsOf(m.text);
  if (words.length === 0 || ORG_HEADS.has(lastWord(m.text))) return false;
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return false; // acronyms are organisations
  const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  if (words.length >= 2 && words.length <= 4 && capitalised >= 2) return true;
  if (words.length !== 1 || capitalised !== 1) return false;
  return ax.surnames.has(lastWord(m.text));
}

function looksLikeBody(ax: AttributionContext, m: Mention): boolean {
  if (m.type === 'organization' || m.type === 'group') return true;
  if (m.type !== 'other') return false;
  return !looksLikePerson(ax, m);
}

/** Does the role noun describe mention m (its role, its entity's roles, or words just before a mention of it)? */
function describedAs(ax: AttributionContext, m: Mention, noun: string): boolean {
  const key = `${m.entity}\u0000${lastWord(m.text)}\u0000${noun}`;
  const known = ax.memo.get(key);
  if (known !== undefined) return known;
  const has = (s: string | null | undefined) => s !== null && s !== undefined && wordsOf(s.toLowerCase()).includes(noun);
  let found = has(m.role) || (ax.entities.get(m.entity)?.roles.some((r) => has(r.text)) ?? false);
  for (const o of ax.sameNamed(m)) {
    if (found) break;
    if (has(o.role)) found = true;
    const k = tokenIndexAt(ax.tokens, o.span.start);
    for (let j = Math.max(0, k - 3); j < k && !found; j++) if (ax.tokens[j]!.lower === noun) found = true;
  }
  ax.memo.set(key, found);
  return found;
}

export type Want = 'person' | 'body';

const genders = new WeakMap<AttributionContext, ReadonlyMap<string, Gender>>();

/** The gender the article's evidence gives mention m's entity, if any. */
function genderOf(ax: AttributionContext, m: Mention): Gender | undefined {
  let known = genders.get(ax);
  if (!known) {
    known = genderEvidence(ax, (k) => {
      const mi = ax.mentionAt[k]!;
      return mi >= 0 && looksLikePerson(ax, ax.layer.mentions[mi]!);
    });
    genders.set(ax, known);
  }
  return known.get(m.entity);
}

/** Does the article's own use of pronouns rule mention m out for "he" or "she"? */
function otherGender(ax: AttributionContext, m: Mention, pronoun: string): boolean {
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  const g = genderOf(ax, m);
  return g !== undefined && g !== (pronoun === 'he' ? 'male' : 'female');
}

/**
 * A bare surname the article gives to two people ("Clinton" after "Bill Clinton" and "Hillary
 * Clinton"): the entity stage links it to one of them, but for "he" or "she" it stands for the
 * namesake of that gender. Returns mention m re-linked to that namesake, or null.
 */
function genderedNamesake(ax: AttributionContext, m: Mention, pronoun: string): Mention | null {
  const w = m.text.toLowerCase();
  if ((pronoun !== 'he' && pronoun !== 'she') || !/^\p{L}+$/u.test(m.text) || !ax.surnames.has(w) || ax.bySurname.has(w)) return null;
  for (const o of ax.sameNamed(m)) {
    if (o.entity === m.entity || o.span.start > m.span.start || o.type !== 'person' || lastWord(o.text) !== w || wordsOf(o.text).length < 2) continue;
    if (genderOf(ax, o) === (pronoun === 'he' ? 'male' : 'female')) return { ...o, span: m.span, text: m.text, sentence: m.sentence, role: m.role, roleSpan: m.roleSpan };
  }
  return null;
}

/** Can mention m stand for what is wanted (and for this pronoun, when one is given)? */
function compatible(ax: AttributionContext, m: Mention, want: Want, pronoun = ''): boolean {
  if (ax.offstage.has(m)) return false;
  const gendered = pronoun === 'he' || pronoun === 'she';
  // an organisation quoted before may be "they", never "he" or "she"
  const speaker = ax.speakers.has(m.entity) && m.type !== 'place' && !(gendered && (m.type === 'organization' || m.type === 'group'));
  const kind = want === 'person' ? looksLikePerson(ax, m) || speaker : looksLikeBody(ax, m);
  if (!kind || otherGender(ax, m, pronoun)) return false;
  // when the entity stage types people, an untyped name ("Kinder Morgan", "Prominent Canadian")
  // is "he" or "she" only with the article's own evidence for that pronoun, or as an earlier speaker
  return !(gendered && ax.typedPersons && m.type === 'other' && !speaker && genderOf(ax, m) === undefined);
}

/** How many pronouns deep a chain "Roe … He said … “…,” he said" is followed back. */
const CHAIN_DEPTH = 3;

/**
 * The speaker of the first speech cue in sentence `si` ("…, Roe said.", "said Roe"), resolved
 * through a pronoun of the same form ("He said …") — or undefined when the sentence has none.
 */
function cueSpeaker(ax: AttributionContext, si: number, want: Want, pronoun: string, depth: number): Mention | null | undefined {
  const s = ax.doc.sentences[si];
  if (!s) return undefined;
  for (let k = s.first; k < s.last; k++) {
    if (ax.inQuote[k] === 1 || !isSpeechVerb(ax.tokens[k]) || isNonSpeechPhrasal(ax.tokens, k)) continue;
    const p = subjectBefore(ax, k, s.first) ?? phraseAfter(ax, k + 1, s.last);
    if (p?.kind === 'mention' && p.mention && compatible(ax, p.mention, want, pronoun)) return p.mention;
    if (p?.kind === 'pronoun' && p.noun === pronoun) return depth < CHAIN_DEPTH ? findAntecedent(ax, ax.tokens[p.first]!.start, want, null, depth + 1) : null;
  }
  return undefined;
}

/**
 * Inside its own sentence, a pronoun that speaks refers to the sentence's subject when one opens it
 * ("While Roe agreed that Vance …, she also said “…”" → Roe), not to a name in a clause between.
 */
function ownSubject(ax: AttributionContext, m: Mention, at: number, want: Want, pronoun: string): Mention {
  const s = ax.doc.sentences[m.sentence];
  if (!s) return m;
  const { mentions } = ax.layer;
  let first: Mention | null = null;
  for (let i = at; i >= 0 && mentions[i]!.sentence === m.sentence; i--) {
    const o = mentions[i]!;
    if (ax.inQuote[tokenIndexAt(ax.tokens, o.span.start)] !== 1 && compatible(ax, o, want, pronoun)) first = o;
  }
  if (!first || first === m) return m;
  // the subject: no verb between the sentence's start and the mention ("While Roe agreed" counts)
  const k = tokenIndexAt(ax.tokens, first.span.start);
  for (let j = s.first; j < k; j++) if ((ax.tokens[j]!.pos === 'VERB' || ax.tokens[j]!.pos === 'AUX') && ax.inQuote[j] !== 1) return m;
  return first;
}

/**
 * A pronoun opening a new sentence usually continues the previous sentence's subject,
 * not its last name ("Roe expects Vance to resign. He added …" → Roe). In that sentence, in order:
 * the speaker of its speech cue ("Vance will resign, Roe said." → Roe); the referent of the same
 * pronoun opening it ("He said Vance would resign. “…,” he added" → whoever "He" was); its first
 * compatible mention. Unless that sentence is the pronoun's own.
 */
function subjectOfSentence(ax: AttributionContext, m: Mention, at: number, want: Want, ownSentence: number, pronoun: string | null, depth: number): Mention {
  if (m.sentence === ownSentence) return pronoun === null ? m : ownSubject(ax, m, at, want, pronoun);
  if (pronoun !== null) {
    const said = cueSpeaker(ax, m.sentence, want, pronoun, depth);
    if (said) return said;
    const opening = ax.doc.sentences[m.sentence]?.first ?? -1;
    if (said === undefined && ax.tokens[opening]?.lower === pronoun && depth < CHAIN_DEPTH) {
      const chained = findAntecedent(ax, ax.tokens[opening]!.start, want, null, depth + 1);
      if (chained) return chained;
    }
  }
  const { mentions } = ax.layer;
  let best = m;
  // "When Vance objected, Roe replied …": a name opening the main clause is its subject
  const clauseEnd = openingClauseEnd(ax, m.sentence);
  const main = clauseEnd >= 0 ? ax.mentionAt[clauseEnd + 1] ?? -1 : -1;
  if (main >= 0 && main <= at && compatible(ax, mentions[main]!, want, pronoun ?? '')) return mentions[main]!;
  for (let i = at - 1; i >= 0 && mentions[i]!.sentence === m.sentence; i--) {
    const o = mentions[i]!;
    if (ax.inQuote[tokenIndexAt(ax.tokens, o.span.start)] === 1) continue;
    if (compatible(ax, o, want, pronoun ?? '')) best = o;
  }
  return best;
}

/** The comma closing a subordinate clause that opens sentence si ("When Vance objected,"), or -1. */
function openingClauseEnd(ax: AttributionContext, si: number): number {
  const s = ax.doc.sentences[si];
  if (!s || !CLAUSE_SUBORDINATORS.has(ax.tokens[s.first]?.lower ?? '')) return -1;
  for (let j = s.first + 1; j < Math.min(s.last, s.first + 25); j++) {
    if (ax.inQuote[j] === 1) return -1;
    if (ax.tokens[j]!.text === ',') return j;
  }
  return -1;
}

/**
 * "Asked about Vance's plan, she said …", "Speaking after Vance, he added …": a participle clause
 * opening the sentence, then a comma and the pronoun at token p. The clause's understood subject is
 * the pronoun, so the names inside the clause are what it is about, not who it is.
 */
function participleOpening(ax: AttributionContext, p: number): boolean {
  const s = ax.doc.sentences[ax.tokens[p]?.sentence ?? -1];
  const first = s && ax.tokens[s.first];
  if (!first || ax.tokens[p - 1]?.text !== ',' || !/^\p{Lu}\p{Ll}+(ed|ing)$/u.test(first.text) || first.pos !== 'VERB') return false;
  for (let j = s.first + 1; j < p - 1; j++) if (ax.inQuote[j] === 1 || ax.tokens[j]!.lower === 'said') return false;
  return true;
}

/**
 * The most recent compatible mention ending before `offset`; with `noun`, the most recent
 * one described by that noun wins over a nearer one that is not.
 */
export function findAntecedent(ax: AttributionContext, offset: number, want: Want, noun: string | null, depth = 0): Mention | null {
  const { mentions } = ax.layer;
  const here = ax.tokens[Math.min(tokenIndexAt(ax.tokens, offset), ax.tokens.length - 1)];
  const para = proseParagraph(ax, tokenIndexAt(ax.tokens, offset));
  const pronoun = noun === null ? ax.tokens[tokenIndexAt(ax.tokens, offset)]?.lower ?? '' : '';
  let nearest: Mention | null = null;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const fronted = noun === null && participleOpening(ax, tokenIndexAt(ax.tokens, offset));
  for (let i = lo - 1; i >= 0; i--) {
    const found = mentions[i]!;
    const k = tokenIndexAt(ax.tokens, found.span.start);
    // (a name in a narrative quotation of an earlier paragraph, a block quote of prose about
    // others, is the story's; in the pronoun's own paragraph it may be its own quotation's subject)
    const story = ax.narrative[k] === 1 && ax.tokens[k]!.paragraph < (here?.paragraph ?? 0);
    if ((ax.inQuote[k] === 1 && !story) || (fronted && found.sentence === here?.sentence)) continue;
    const p = proseParagraph(ax, k);
    const m = compatible(ax, found, want, pronoun) ? found : genderedNamesake(ax, found, pronoun);
    if (!m || !compatible(ax, m, want, pronoun)) continue;
    // "the Brit", "the 18-year-old", "the analyst": a person the entity stage typed, when it types people
    if (noun !== null && want === 'person' && ax.typedPersons && m.type === 'other' && !ax.speakers.has(m.entity)) continue;
    if (noun !== null && (describedAs(ax, m, noun) || (want === 'body' && wordsOf(m.text.toLowerCase()).includes(noun)))) return m;
    // a body description ("the council") must name its body; a person one may fall back to the nearest person
    if (para - p <= PRONOUN_WINDOW && !(want === 'body' && noun !== null)) nearest ??= m;
    if (noun === null && nearest) {
      return subjectOfSentence(ax, nearest, i, want, here?.sentence ?? -1, SUBJECT_PRONOUNS.has(pronoun) ? pronoun : null, depth);
    }
    if (para - p > DESCRIPTION_WINDOW) break;
  }
  return nearest;
}
