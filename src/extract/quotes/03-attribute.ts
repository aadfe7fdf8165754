/**
 * Step 3: find who said each utterance.
 *
 * In order: a cue in the quote's own sentence (before the opening mark, then after the
 * closing mark: "X said", "said X", "X, the …, said", "according to X", "X told Y",
 * "X wrote on …", "…, saying"), then, for a quote embedded in the writer's sentence, the
 * subject of that sentence ("X vowed to “…”"), then the previous quote's speaker when this quote follows
 * it directly, then a speaker introduced in the previous sentence ("X was asked …",
 * "X said:"), then a name before a colon. Pronouns and descriptions are resolved to the
 * most recent compatible mention. No cue, no speaker: the caller records a diagnostic.
 */
import type { QuoteSpeaker } from '../../model/records.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { CONTINUATION_VERBS, NONFINITE_MARKERS, PROMPTING_VERBS, SPEECH_VERBS, TELLING_VERBS, WRITING_VERBS } from '../../lexicon/speech-verbs.js';
import { SPEECH_NOUNS } from '../../lexicon/speech-nouns.js';
import type { MarkedSpan } from './01-find-marks.js';
import type { AttributionContext } from './attribution-context.js';
import { looksLikePerson } from './antecedents.js';
import { isTitleWord } from './role-phrases.js';
import { fromAsPutIt } from './as-put-it.js';
import { toSpeaker } from './phrase-to-speaker.js';
import { mentionOf } from './attribution-context.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { phraseAfter, phraseEndingAt, plainNounSpeaker, subjectBefore } from './speaker-phrase.js';
import { isAccordingTo, isNonSpeechPhrasal, isSpeechParticiple, isSpeechVerb, tokenIndexAt } from './token-helpers.js';

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** Verbs whose passive subject is the one spoken to or about ("was told", "was accused of"), never the speaker. */
const PASSIVE_LISTENER = new Set(['told', 'asked', 'called', 'described', 'accused', 'praised', 'mocked', 'questioned', 'derided', 'heralded', 'labeled', 'labelled', 'branded', 'dubbed']);

interface Region {
  readonly first: number;
  readonly last: number;
}

/** Is token k a usable cue (a passive "was told" is not: its subject is the listener)? */
function cueAt(ax: AttributionContext, k: number): 'verb' | 'participle' | 'according' | null {
  const { tokens } = ax;
  if (ax.inQuote[k] === 1) return null;
  if (isAccordingTo(tokens, k)) return 'according';
  const t = tokens[k]!;
  if (isNonSpeechPhrasal(tokens, k)) return null;
  if (isSpeechParticiple(t)) return 'participle';
  // right after a closing mark a verb of speech is one whatever the tagger says (“…,” echoes Roe)
  const afterMark = ax.inQuote[k - 1] === 1 && /^\p{Ll}/u.test(t.text) && SPEECH_VERBS.has(t.lower);
  if (!isSpeechVerb(t) && !afterMark && !reportsAfterName(ax, k)) return null;
  const passive = BE.has(tokens[k - 1]?.lower ?? '') || BE.has(tokens[k - 2]?.lower ?? '');
  if (passive && tokens[k + 1]?.lower !== 'by' && PASSIVE_LISTENER.has(t.lower)) return null;
  return 'verb';
}

/**
 * "The Leith Courier reports that …", "Roe and Quist call them “…”": a verb of speech the tagger
 * read as a noun, right after a name and before "that", a colon, a comma or an object pronoun.
 */
function reportsAfterName(ax: AttributionContext, k: number): boolean {
  const t = ax.tokens[k]!;
  const m = mentionOf(ax, k - 1);
  if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.text) || !SPEECH_VERBS.has(t.lower) || !m || ax.inQuote[k - 1] === 1) return false;
  // "Roe's Facebook post:" is a noun after a possessive
  const before = ax.tokens[tokenIndexAt(ax.tokens, m.span.start) - 1]?.lower ?? '';
  if (before === "'s" || before === '’s') return false;
  const next = ax.tokens[k + 1]?.lower ?? '';
  return /^(them|him|her|it)$/.test(next) || (t.lower.endsWith('s') && /^(that|:|,)$/.test(next));
}

function verbRule(ax: AttributionContext, k: number, p: SpeakerPhrase, after: boolean, region: Region): string {
  const w = ax.tokens[k]!.lower;
  if (TELLING_VERBS.has(w)) return 'told';
  if (WRITING_VERBS.has(w)) return 'wrote';
  if (CONTINUATION_VERBS.has(w)) return 'continued';
  for (let j = region.first; j < region.last; j++) if (ax.tokens[j]!.lower === 'statement' && ax.inQuote[j] !== 1) return 'statement';
  if (after) return 'said-x';
  return p.jumped ? 'appositive' : 'x-said';
}

/** Speaker for the cue at token k; `region` bounds the words the phrase may use. */
function speakerAtCue(ax: AttributionContext, k: number, kind: 'verb' | 'participle' | 'according', sentence: Region, region: Region): QuoteSpeaker | null {
  const { tokens } = ax;
  if (kind === 'according') {
    const p = phraseAfter(ax, k + 2, region.last);
    return p ? toSpeaker(ax, p, 'according-to') : null;
  }
  if (kind === 'participle') {
    if (tokens[k - 1]?.lower === 'as') {
      // "X quoted an official as saying": the speaker is the object of "quoted"
      for (let j = k - 2; j >= Math.max(sentence.first, k - 14); j--) {
        if (tokens[j]!.lower === 'quoted' || tokens[j]!.lower === 'cited') {
          const p = phraseAfter(ax, j + 1, k - 1);
          return p ? toSpeaker(ax, p, 'quoted-as-saying') : null;
        }
      }
    }
    // "footage of Roe saying, “…”", "a video shows Roe telling the crowd: “…”": a person named
    // right before the participle (no comma between) is who speaks
    const named = mentionOf(ax, k - 1);
    if (named?.type === 'person' && ax.inQuote[k - 1] !== 1) {
      const p = phraseEndingAt(ax, k - 1, sentence.first, null, false);
      // "with Sen. Roe calling it …", "– Roe saying …", "and Roe calling it …"; not the object of
      // a preposition ("wrote to Roe calling it …")
      let b = (p?.first ?? 0) - 1;
      while (b > sentence.first && (isTitleWord(ax.tokens[b]!) || ax.tokens[b]!.text === '.')) b--;
      const link = ax.tokens[b];
      if (p?.kind === 'mention' && link && (link.pos !== 'ADP' || link.lower === 'of' || link.lower === 'with')) return toSpeaker(ax, p, 'participle');
    }
    // "…, saying": the subject of the clause's first finite verb
    const p = firstClauseSubject(ax, sentence.first, k);
    return p ? toSpeaker(ax, p, 'participle') : null;
  }
  if (tokens[k + 1]?.lower === 'by' && (BE.has(tokens[k - 1]?.lower ?? '') || BE.has(tokens[k - 2]?.lower ?? ''))) {
    // "was described by the manager, Jane Roe, as “…”": the agent is the speaker
    const p = phraseAfter(ax, k + 2, region.last);
    return p ? toSpeaker(ax, p, 'passive') : null;
  }
  // "IRCC did not reveal the details but said “…”": a second verb shares the clause's subject
  if (/^(and|but)$/.test(tokens[k - 1]?.lower ?? '')) {
    const shared = firstClauseSubject(ax, sentence.first, k - 1);
    if (shared) return toSpeaker(ax, shared, verbRule(ax, k, shared, false, sentence));
  }
  const before = subjectBefore(ax, k, region.first);
  if (before) return toSpeaker(ax, before, verbRule(ax, k, before, false, sentence));
  // "The clip says Roe “has …”": a common noun that speaks, right before the verb, is its subject;
  // the name after the verb is who the words are about
  const own = TELLING_VERBS.has(tokens[k]!.lower) ? null : plainNounSpeaker(ax, k, region.first, k + 1);
  if (own && own.last <= k && mentionOf(ax, k + 1) !== undefined) return toSpeaker(ax, own, verbRule(ax, k, own, false, sentence));
  const after = phraseAfter(ax, k + 1, region.last);
  // "said the company is committed": the subject of the reported clause, not the speaker
  const clause = after !== null && ax.inQuote[after.last] !== 1 && /^(VERB|AUX)$/.test(tokens[after.last]?.pos ?? '');
  if (after && !clause && !TELLING_VERBS.has(tokens[k]!.lower)) return toSpeaker(ax, after, verbRule(ax, k, after, true, sentence));
  const plain = plainNounSpeaker(ax, k, region.first, TELLING_VERBS.has(tokens[k]!.lower) || clause ? k + 1 : region.last);
  const found = plain && toSpeaker(ax, plain, verbRule(ax, k, plain, plain.first > k, sentence));
  return found ?? initialSubject(ax, k, region.first);
}

/** The subject of the first finite verb in tokens [first, end) that has one. */
function firstClauseSubject(ax: AttributionContext, first: number, end: number): SpeakerPhrase | null {
  for (let j = first; j < end; j++) {
    const t = ax.tokens[j]!;
    if (ax.inQuote[j] === 1 || (t.pos !== 'VERB' && t.pos !== 'AUX') || t.lower.endsWith('ing')) continue;
    // "several environmental groups granted …, saying": a plural noun phrase, not a definite one, counts too
    const p = subjectBefore(ax, j, first) ?? pluralGroup(ax, plainNounSpeaker(ax, j, first, j + 1));
    if (p) return p;
  }
  return null;
}

/** A plain noun phrase with a plural head and no definite article ("several groups", "her backers"), else null. */
function pluralGroup(ax: AttributionContext, p: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!p || p.kind === 'mention' || p.kind === 'pronoun') return null;
  const head = ax.tokens[p.last - 1]!.lower;
  return /[^s]s$/.test(head) && !/^(the|this|that|these|those)$/.test(ax.tokens[p.first]!.lower) ? p : null;
}

/**
 * "Jane Roe, vice president of Acme in a statement released on Monday, said …": an appositive too
 * long or too mixed to jump over; the name that opens the sentence, followed by a comma, is the
 * subject of the verb at k unless a relative pronoun or another subject stands right before it.
 */
function initialSubject(ax: AttributionContext, k: number, first: number): QuoteSpeaker | null {
  const m = mentionOf(ax, first);
  if (!m || (m.type !== 'person' && m.type !== 'organization' && m.type !== 'group') || m.span.start !== ax.tokens[first]!.start) return null;
  let e = first;
  while (e < k && mentionOf(ax, e) === m) e++;
  if (ax.tokens[e]?.text !== ',' || k - e > 30) return null;
  for (let j = e + 1; j < k; j++) {
    const t = ax.tokens[j]!;
    if (ax.inQuote[j] === 1 || SUBJECT_PRONOUNS.has(t.lower) || /^(who|which|that)$/.test(t.lower) || cueAt(ax, j) !== null) return null;
  }
  return { name: m.text, entity: m.entity, role: m.role, span: { article: '', start: m.span.start, end: m.span.end }, rule: 'appositive' };
}

function sentenceOfToken(ax: AttributionContext, k: number): Region {
  const t = ax.tokens[Math.min(k, ax.tokens.length - 1)];
  const s = t ? ax.doc.sentences[t.sentence] : undefined;
  return s ? { first: s.first, last: s.last } : { first: 0, last: 0 };
}

/** "the coach's remark that “…”": the possessor of a speech noun at token k. */
function possessiveSpeech(ax: AttributionContext, k: number, limit: number): QuoteSpeaker | null {
  const t = ax.tokens[k]!;
  const s = ax.tokens[k - 1]?.lower;
  if (!SPEECH_NOUNS.has(t.lower) || (s !== "'s" && s !== '’s') || ax.inQuote[k] === 1) return null;
  // the noun must introduce the quote ("remark that …", "statement: “…”"), not just stand in the sentence
  const next = ax.tokens[k + 1];
  if (!next || !(next.lower === 'that' || next.text === ':' || next.text === ',' || ax.inQuote[k + 1] === 1)) return null;
  const p = phraseEndingAt(ax, k - 2, limit, null, false);
  return p ? toSpeaker(ax, p, 'possessive') : null;
}

/** Is the verb at k a bare infinitive or a modal form ("to call", "will continue", "should only reiterate")? */
function nonFinite(ax: AttributionContext, k: number): boolean {
  let j = k - 1;
  if (ax.tokens[j]?.pos === 'ADV') j--;
  return NONFINITE_MARKERS.has(ax.tokens[j]?.lower ?? '') && ax.inQuote[j] !== 1;
}

/**
 * Look for a cue before the opening mark, nearest first. A cue in a non-finite form ("Roe said the
 * party should reiterate its support for “…”", "Roe says voters want a leader to counter “…”") gives
 * way to a finite cue earlier in the sentence, whose speaker reports the clause; alone, it still counts.
 */
function fromBefore(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  const o = tokenIndexAt(ax.tokens, q.open);
  const sent = sentenceOfToken(ax, o);
  const region = { first: sent.first, last: o };
  let deferred: QuoteSpeaker | null = null;
  for (let k = o - 1; k >= sent.first; k--) {
    const poss = possessiveSpeech(ax, k, sent.first);
    if (poss) return poss;
    const kind = ax.tokens[k]!.lower === 'to' && isAccordingTo(ax.tokens, k - 1) ? 'according' : cueAt(ax, k);
    if (!kind) continue;
    const at = kind === 'according' && ax.tokens[k]!.lower === 'to' ? k - 1 : k;
    const s = speakerAtCue(ax, at, kind, sent, { first: sent.first, last: kind === 'according' ? o : region.last });
    if (s && kind === 'verb' && nonFinite(ax, k)) deferred ??= s;
    else if (s) return s;
  }
  return deferred;
}

/** Look for a cue just after the closing mark ("…,” the mayor said). */
function fromAfter(ax: AttributionContext, q: MarkedSpan, inner: string): QuoteSpeaker | null {
  if (q.close === null) return null;
  const c = tokenIndexAt(ax.tokens, q.close + 1);
  // "….” ends the sentence: what follows is new, unless it is only an attribution (“….” Roe said.)
  const stop = /[.]\s*$/.test(inner);
  if (stop && !bareAttribution(ax, c)) return null;
  let sent = sentenceOfToken(ax, tokenIndexAt(ax.tokens, q.close));
  // “Why now?” asked Roe. — the tagger may end the sentence at the question mark
  if (c >= sent.last && (stop || /[?!]\s*$/.test(inner)) && ax.tokens[c] && ax.tokens[c]!.paragraph === ax.tokens[c - 1]?.paragraph) {
    sent = sentenceOfToken(ax, c);
    let cue = false;
    for (let k = c; k < Math.min(sent.last, c + 5); k++) cue ||= cueAt(ax, k) === 'verb';
    if (!cue && !stop) return null;
  }
  let last = sent.last;
  for (let k = c; k < sent.last; k++) if (ax.inQuote[k] === 1) { last = k; break; }
  const region = { first: c, last };
  for (let k = c; k < Math.min(last, c + 32); k++) {
    const kind = cueAt(ax, k);
    if (!kind) continue;
    if (kind === 'verb' && k === c) {
      const p = phraseAfter(ax, k + 1, last);
      const found = p && toSpeaker(ax, p, verbRule(ax, k, p, true, sent));
      if (found) return found;
    }
    const found = speakerAtCue(ax, k, kind, { first: c, last }, region);
    return found && kind === 'verb' ? personBeforeAffiliation(ax, c, found) : found;
  }
  return null;
}

/**
 * “…,” Dr. Jane Roe, at the Acme Institute, Leith University said: a person named right after the
 * closing mark, then only where they work (names, commas, prepositions, no verb), then the verb.
 * The verb's nearest name is the affiliation; the person speaks.
 */
function personBeforeAffiliation(ax: AttributionContext, c: number, found: QuoteSpeaker): QuoteSpeaker {
  const m = found.span ? mentionOf(ax, tokenIndexAt(ax.tokens, found.span.start)) : undefined;
  if (!m || m.type === 'person' || ax.tokens[tokenIndexAt(ax.tokens, m.span.start) - 1]?.text !== ',') return found;
  const end = tokenIndexAt(ax.tokens, m.span.start);
  for (let k = c; k < end; k++) {
    const t = ax.tokens[k]!;
    // a finite verb ends the name-and-affiliation run ("lead" in "lead author" is no verb here)
    if (t.pos === 'AUX' || (t.pos === 'VERB' && /(ed|s)$/.test(t.lower)) || ax.inQuote[k] === 1) return found;
    const p = mentionOf(ax, k);
    if (p?.type === 'person') return { name: p.text, entity: p.entity, role: p.role, span: { article: '', start: p.span.start, end: p.span.end }, rule: found.rule };
  }
  return found;
}

/**
 * Is what follows a closing mark only an attribution, ending at a comma or full stop before any
 * other verb (“….” Roe said. / “….” said Roe, the coach, on Monday.), not a new sentence that
 * begins with a name (“….” Roe said the detour would add an hour.)?
 */
function bareAttribution(ax: AttributionContext, c: number): boolean {
  const t0 = ax.tokens[c];
  if (!t0 || t0.paragraph !== ax.tokens[c - 1]?.paragraph) return false;
  let verb = -1;
  for (let k = c; k < Math.min(ax.tokens.length, c + 14); k++) {
    const t = ax.tokens[k]!;
    if (ax.inQuote[k] === 1 || t.paragraph !== t0.paragraph) return verb >= 0;
    if (t.text === '.') return verb >= 0;
    if ((t.text === ',' || t.text === ';') && verb >= 0) return true;
    if (verb < 0 && cueAt(ax, k) === 'verb') verb = k;
    else if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') return false;
  }
  return false;
}

/** A speaker introduced by the previous sentence ("X was asked about …", "X said:"). */
function fromPreviousSentence(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  const o = tokenIndexAt(ax.tokens, q.open);
  const t = ax.tokens[o];
  if (!t || t.sentence === 0) return null;
  const s = ax.doc.sentences[t.sentence - 1]!;
  if (t.paragraph - (ax.tokens[s.first]?.paragraph ?? 0) > 1) return null;
  for (let k = s.first; k < s.last; k++) {
    const w = ax.tokens[k]!;
    const kind = cueAt(ax, k) ?? (PROMPTING_VERBS.has(w.lower) ? 'verb' : null);
    if (!kind || kind === 'according') continue;
    const p = kind === 'participle' ? null : subjectBefore(ax, PROMPTING_VERBS.has(w.lower) && BE.has(ax.tokens[k - 1]?.lower ?? '') ? k - 1 : k, s.first);
    const found = p && p.kind !== 'anonymous' ? toSpeaker(ax, p, 'previous-sentence') : null;
    if (found) return { ...found, rule: 'previous-sentence' };
  }
  const r = { first: s.first, last: s.last };
  // "Acme released the following statement:" — its subject when it names someone; else the first person named
  const colon = /:\s*$/.test(ax.doc.text.slice(s.start, s.end + 1));
  const subject = colon ? clauseSubject(ax, r, 'previous-sentence') : null;
  if (subject?.entity) return subject;
  let prompted = colon;
  for (let k = s.first; k < s.last && !prompted; k++) prompted = PROMPTING_VERBS.has(ax.tokens[k]!.lower);
  if (prompted) return firstPerson(ax, r, 'previous-sentence');
  return null;
}

/** The first person-like mention in a region (for "Name's message to X: “…”"). */
function firstPerson(ax: AttributionContext, r: Region, rule: string): QuoteSpeaker | null {
  for (let k = r.first; k < r.last; k++) {
    const m = mentionOf(ax, k);
    if (m && ax.inQuote[k] !== 1 && looksLikePerson(ax, m)) return { name: m.text, entity: m.entity, role: m.role, span: { article: '', start: m.span.start, end: m.span.end }, rule };
  }
  return null;
}

/** "A fan in the away end was blunter: “…”": the subject of the clause before a colon, or its first name. */
function fromColon(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  if (!/:\s*$/.test(ax.doc.text.slice(Math.max(0, q.open - 4), q.open))) return null;
  const o = tokenIndexAt(ax.tokens, q.open);
  const first = sentenceOfToken(ax, o).first;
  return clauseSubject(ax, { first, last: o }, 'colon') ?? firstPerson(ax, { first, last: o }, 'colon');
}

/** The subject of the first verb in a region, when it names a speaker. */
function clauseSubject(ax: AttributionContext, r: Region, rule: string): QuoteSpeaker | null {
  for (let k = r.first; k < r.last; k++) {
    const t = ax.tokens[k]!;
    if (ax.inQuote[k] === 1 || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    const p = subjectBefore(ax, k, r.first);
    return p && toSpeaker(ax, p, rule);
  }
  return null;
}

/**
 * A quote embedded in the writer's sentence with no verb of speech ("Roe vowed to “fight for every
 * vote”", "Roe called on members to “stand firm”"): the subject of the sentence's first verb, when
 * that subject is a name, a pronoun or a source phrase. Not in a passive clause ("Roe was
 * described as “…”": Roe is who the words are about).
 */
function fromClauseSubject(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  const o = tokenIndexAt(ax.tokens, q.open);
  const { first } = sentenceOfToken(ax, o);
  for (let k = first; k < o; k++) {
    const t = ax.tokens[k]!;
    if (ax.inQuote[k] === 1 || (t.pos !== 'VERB' && t.pos !== 'AUX' && !reportsAfterName(ax, k)) || t.lower.endsWith('ing')) continue;
    let v = k;
    while (v + 1 < o && (ax.tokens[v + 1]!.pos === 'ADV' || ax.tokens[v + 1]!.pos === 'AUX')) v++;
    const passive = (BE.has(t.lower) || BE.has(ax.tokens[v]!.lower)) && /(ed|en)$/.test(ax.tokens[v + 1]?.lower ?? '');
    if (passive || BE.has(ax.tokens[v]!.lower)) return null;
    const p = subjectBefore(ax, k, first);
    return p ? toSpeaker(ax, p, 'clause-subject') : null;
  }
  return null;
}

const CLAUSE_OPENERS = new Set([',', '\u2014', '\u2013', '-', '--', '(']);

/** A participle opening a clause after a comma, a dash or a preposition, not one of speech ("…, appearing", "—threatening", "by reciting"). */
function actionClause(ax: AttributionContext, k: number): boolean {
  const t = ax.tokens[k]!;
  if (t.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(t.text) || ax.inQuote[k] === 1) return false;
  const before = ax.tokens[k - 1];
  if (!before || !(CLAUSE_OPENERS.has(before.text) || before.pos === 'ADP')) return false;
  const stem = t.lower.slice(0, -3);
  return ![`${stem}s`, `${stem}es`, `${stem}ed`, `${stem}ped`, `${stem}ted`].some((w) => SPEECH_VERBS.has(w)) && !isSpeechParticiple(t);
}

/**
 * A short span the classifier took for framing ("summed up the plan as “reckless”", "defended the
 * aide as a “decent man”") is the words of the sentence's subject when that subject names someone:
 * a named person or organisation, or a pronoun resolved to one. An unnamed or missing subject
 * leaves the span a scare quote, as does a verb of being or a passive clause (fromClauseSubject).
 */
export function framingSpeaker(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  const s = fromClauseSubject(ax, q);
  if (!s?.entity || !s.span) return null;
  const o = tokenIndexAt(ax.tokens, q.open);
  const { first } = sentenceOfToken(ax, o);
  // "it"/"they" as the subject is as often the writer's own topic ("It also highlights …") as a body
  // that spoke: only a named subject, or "he"/"she", is taken to use the words
  if (s.span.start < ax.tokens[first]!.start && /^(it|they)$/.test(subjectPronoun(ax, first, o))) return null;
  // "a “broader deal”": a marked noun phrase is framing, unless introduced by "as" (dismissed it as a “…”)
  if (/^(a|an|the|this|that|its|his|her|their)$/.test(ax.tokens[o - 1]?.lower ?? '') && ax.tokens[o - 2]?.lower !== 'as') return null;
  // a participle clause between ("…, appearing with a “cross” on his forehead", "by reciting a
  // passage about “…”"): the phrase belongs to what the subject did or showed, not to what they said
  for (let k = tokenIndexAt(ax.tokens, s.span.end); k < o; k++) if (actionClause(ax, k)) return null;
  return { ...s, rule: 'framing-subject' };
}

/** The first subject pronoun in tokens [first, end), lower-cased, or ''. */
function subjectPronoun(ax: AttributionContext, first: number, end: number): string {
  for (let k = first; k < end; k++) if (SUBJECT_PRONOUNS.has(ax.tokens[k]!.lower) && ax.inQuote[k] !== 1) return ax.tokens[k]!.lower;
  return '';
}

/** A dash after the closing mark, then the credit: “….” ― Jane Roe / “….” — Jane Roe, a teacher. */
const DASH_CREDIT = /^[ \t\u00A0]*(?:[\u2015\u2014\u2013]|--?)[ \t\u00A0]*(?=\p{Lu})/u;

/**
 * A quotation credited after a dash, as in testimonies and epigraphs (“….” ― Jane Roe): the name
 * that follows the dash, when it ends its paragraph or is followed only by a role after a comma.
 */
function fromDashCredit(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  if (q.close === null) return null;
  const after = ax.doc.text.slice(q.close + 1, q.close + 12);
  const dash = DASH_CREDIT.exec(after);
  if (!dash) return null;
  const a = tokenIndexAt(ax.tokens, q.close + 1 + dash[0].length);
  const t = ax.tokens[a];
  if (!t || t.paragraph !== ax.tokens[tokenIndexAt(ax.tokens, q.close)]?.paragraph) return null;
  let e = a;
  while (e < ax.tokens.length && e - a < 6 && ax.tokens[e]!.paragraph === t.paragraph && ax.inQuote[e] !== 1 && (/^\p{Lu}/u.test(ax.tokens[e]!.text) || /^\p{Lu}?\.$/u.test(ax.tokens[e]!.text) && e > a)) e++;
  const end = ax.tokens[e];
  // the credit ends its paragraph, or a comma or full stop follows it
  if (e === a || (end && end.paragraph === t.paragraph && !/^[,.;(]$/.test(end.text))) return null;
  const m = mentionOf(ax, a);
  const span = { article: '', start: t.start, end: ax.tokens[e - 1]!.end };
  if (m && m.span.start === t.start) return { name: m.text, entity: m.entity, role: m.role, span, rule: 'dash-credit' };
  if (e - a < 2) return null;
  return { name: ax.doc.text.slice(span.start, span.end), entity: null, role: null, span, rule: 'dash-credit' };
}

export interface PreviousQuote {
  readonly span: MarkedSpan;
  readonly speaker: QuoteSpeaker | null;
}

/** Attribute one utterance. `prev` is the previous utterance in the article, if any. */
export function attributeQuote(ax: AttributionContext, q: MarkedSpan, prev: PreviousQuote | null): QuoteSpeaker | null {
  const inner = ax.doc.text.slice(q.start, q.end);
  const o = tokenIndexAt(ax.tokens, q.open);
  const sent = sentenceOfToken(ax, o);
  let wordsBefore = false;
  for (let k = sent.first; k < o; k++) if (ax.inQuote[k] !== 1 && ax.tokens[k]!.pos !== 'PUNCT') wordsBefore = true;
  const credit = (wordsBefore ? null : fromDashCredit(ax, q)) ?? fromAsPutIt(ax, q);
  if (credit) return credit;
  const direct = wordsBefore ? fromBefore(ax, q) ?? fromAfter(ax, q, inner) : fromAfter(ax, q, inner) ?? fromBefore(ax, q);
  if (direct) return direct;
  const embedded = wordsBefore && !/:\s*$/.test(ax.doc.text.slice(Math.max(0, q.open - 4), q.open)) ? fromClauseSubject(ax, q) : null;
  if (embedded) return embedded;
  const colon = fromColon(ax, q);
  if (colon) return colon;
  if (prev?.speaker && prev.span.close !== null) {
    const prevSentence = ax.tokens[Math.min(tokenIndexAt(ax.tokens, prev.span.close), ax.tokens.length - 1)]!.sentence;
    const here = ax.tokens[o]?.sentence ?? 0;
    if (here - prevSentence <= 1) return { ...prev.speaker, rule: 'previous-quote' };
  }
  return fromPreviousSentence(ax, q) ?? resumedQuote(ax, q, prev);
}

/** How many sentences of the writer's own may stand between a quote and the bare quote that resumes it. */
const RESUME_SENTENCES = 3;

/**
 * “…,” said Roe, who … . One more sentence of context. ¶ “…” — a paragraph that is nothing but a
 * quotation, right after the paragraph that held the previous quote, resumes that quote's speaker
 * when no other quotation stands between and only a few sentences separate them.
 */
function resumedQuote(ax: AttributionContext, q: MarkedSpan, prev: PreviousQuote | null): QuoteSpeaker | null {
  if (!prev?.speaker || prev.span.close === null) return null;
  const o = tokenIndexAt(ax.tokens, q.open);
  const t = ax.tokens[o];
  const p = ax.tokens[Math.min(tokenIndexAt(ax.tokens, prev.span.close), ax.tokens.length - 1)]!;
  if (!t || t.paragraph - p.paragraph !== 1 || t.sentence - p.sentence > RESUME_SENTENCES) return null;
  const para = ax.doc.paragraphs[t.paragraph];
  if (!para || para.start !== q.open || (q.close !== null && ax.doc.text.slice(q.close + 1, para.end).trim() !== '')) return null;
  return { ...prev.speaker, rule: 'previous-quote' };
}
