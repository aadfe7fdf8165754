/**
 * Step 4: a last look for the speaker of an utterance that step 3 left without one.
 *
 * (A person before a participle of speech and a speech verb the tagger read as a noun are read by
 * step 3.) Each rule reads a layout that carries an attribution without a verb of speech next to the
 * marks, in this order:
 * - the credit right after the quote with a verb that is not one of speech (“…,” Roe barked;
 *   “…!” beamed Roe): a quote that opens its sentence and ends in , ! or ? is followed by its
 *   attribution, whatever the verb;
 * - a credit line under a paragraph that is only the quotation (¶ — Jane Roe. / ¶ Jane Roe, Acme
 *   Institute.), as fact checks and testimonies print them;
 * - a medium with no owner in its phrase (“…,” the statement said; the ad claims “…”), owned by the
 *   named subject who put it out in the sentences before ("Acme issued a statement");
 * - a quotation standing alone as a sentence after a sentence whose subject is a person (or
 *   body) who has already spoken in the article ("Roe touted her record. “…”").
 */
import type { Mention, QuoteSpeaker } from '../../model/records.js';
import type { MarkedSpan } from './01-find-marks.js';
import type { AttributionContext } from './attribution-context.js';
import { mentionOf } from './attribution-context.js';
import { toSpeaker } from './phrase-to-speaker.js';
import { phraseAfter, subjectBefore } from './speaker-phrase.js';
import { MEDIA_NOUNS, PUBLISHING_VERBS } from '../../lexicon/media-nouns.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { tokenIndexAt } from './token-helpers.js';

/** How many tokens the subject of an attribution after the marks may take ("the New York businessman"). */
const SUBJECT_SPAN = 8;
/** The longest credit line, in tokens ("— Jane Roe, Center for Economic and Policy Research."). */
const CREDIT_LINE = 14;

const fromMention = (m: Mention, rule: string): QuoteSpeaker => ({ name: m.text, entity: m.entity, role: m.role, span: { article: '', start: m.span.start, end: m.span.end }, rule });

/** Does the quote open its sentence (nothing but marks and punctuation before it)? */
function opensSentence(ax: AttributionContext, q: MarkedSpan): boolean {
  const o = tokenIndexAt(ax.tokens, q.open);
  const t = ax.tokens[o];
  if (!t) return false;
  const first = ax.doc.sentences[t.sentence]?.first ?? o;
  for (let k = first; k < o; k++) if (ax.inQuote[k] !== 1 && ax.tokens[k]!.pos !== 'PUNCT') return false;
  return true;
}

/** A named speaker (person, organisation or group) or a pronoun resolved to one. */
function named(s: QuoteSpeaker | null): QuoteSpeaker | null {
  return s?.entity ? s : null;
}

/**
 * “…,” Roe barked. / “…!” beamed the senator. — the comma, exclamation or question mark inside the
 * closing mark says the sentence goes on with its attribution; any finite verb there is the cue,
 * when nothing but the subject stands between the mark and the verb and no object follows it.
 */
function creditAfterComma(ax: AttributionContext, q: MarkedSpan, inner: string): QuoteSpeaker | null {
  if (q.close === null || !/[,!?]\s*$/.test(inner) || !opensSentence(ax, q)) return null;
  const { tokens } = ax;
  const c = tokenIndexAt(tokens, q.close + 1);
  const t0 = tokens[c];
  if (!t0 || t0.paragraph !== tokens[c - 1]?.paragraph || ax.inQuote[c] === 1) return null;
  // the tagger reads some past forms after a name as adjectives ("Roe fumed")
  const pastAdj = (k: number) => tokens[k]?.pos === 'ADJ' && /^\p{Ll}+ed$/u.test(tokens[k]!.text);
  const finite = (k: number) => (tokens[k]?.pos === 'VERB' && /^\p{Ll}+$/u.test(tokens[k]!.text) && /(ed|s)$/.test(tokens[k]!.lower)) || pastAdj(k);
  // verb first: “…!” beamed Jane Roe of Leith
  if (finite(c)) {
    const p = phraseAfter(ax, c + 1, Math.min(tokens.length, c + 1 + SUBJECT_SPAN));
    return p?.kind === 'mention' ? named(toSpeaker(ax, p, 'said-x')) : null;
  }
  for (let v = c + 1; v < Math.min(tokens.length, c + SUBJECT_SPAN); v++) {
    const t = tokens[v]!;
    if (ax.inQuote[v] === 1 || t.paragraph !== t0.paragraph) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || pastAdj(v)) {
      if (!finite(v)) return null;
      // "“…,” Roe told the court" is step 3's; an object right after the verb is not an attribution
      const next = tokens[v + 1];
      if (next && next.paragraph === t.paragraph && /^(DET|NOUN|PROPN|PRON|NUM)$/.test(next.pos)) {
        if (pastAdj(v)) continue; // "the retired senator said": a modifier inside the subject
        return null;
      }
      const p = subjectBefore(ax, v, c);
      // only the subject before the verb: a name, a pronoun, or a name after its role ("the retired harbour master Ada Roe")
      const role = p !== null && tokens.slice(c, p.first).every((r) => /^(DET|ADJ|NOUN|PROPN)$/.test(r.pos));
      if (!p || !role || (p.kind !== 'mention' && p.kind !== 'pronoun')) {
        if (pastAdj(v)) continue; // "the retired senator said": a modifier inside the subject
        return null;
      }
      return named(toSpeaker(ax, p, 'x-said'));
    }
  }
  return null;
}

/**
 * ¶ “…” ¶ — Jane Roe. / ¶ Jane Roe, Acme Institute. — the paragraph after one that is nothing but
 * the quotation holds only a person's name, after a dash or followed by where they work.
 */
function creditLine(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  if (q.close === null) return null;
  const { tokens, doc } = ax;
  const c = tokenIndexAt(tokens, q.close);
  const here = tokens[c];
  const para = here && doc.paragraphs[here.paragraph];
  const next = here && doc.paragraphs[here.paragraph + 1];
  if (!para || !next || doc.text.slice(q.close + 1, para.end).replace(/[\s.,;]/g, '') !== '') return null;
  const line = doc.text.slice(next.start, next.end);
  const dash = /^\s*(?:[\u2015\u2014\u2013]|--?)\s*/.exec(line);
  const a = tokenIndexAt(tokens, next.start + (dash ? dash[0].length : 0));
  let e = a;
  while (e < tokens.length && tokens[e]!.start < next.end) e++;
  if (e - a > CREDIT_LINE || e === a) return null;
  const m = mentionOf(ax, a);
  if (!m || m.type !== 'person' || m.span.start !== tokens[a]!.start) return null;
  let after = a;
  while (after < e && mentionOf(ax, after) === m) after++;
  // nothing after the name but a full stop, or a comma and an affiliation with no verb in it
  const rest = tokens.slice(after, e);
  if (rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) return null;
  const bare = rest.every((t) => t.pos === 'PUNCT');
  if (!bare && rest[0]?.text !== ',') return null;
  if (!dash && bare) return null; // a name alone on a line is as often a byline as a credit
  return fromMention(m, 'dash-credit');
}

/** Kinds of mention that can speak. */
const SPEAKING_TYPES = new Set(['person', 'organization', 'group', 'other']);

/** How many sentences back the owner of "the statement" may be named. */
const OWNER_SENTENCES = 2;

/**
 * The named subject of a sentence among the OWNER_SENTENCES before token o that puts out a medium
 * ("Acme issued a statement", "the campaign sent out an email", "Acme responded that …").
 */
function publisherBefore(ax: AttributionContext, o: number): Mention | null {
  const { tokens, doc } = ax;
  const here = tokens[o]?.sentence ?? 0;
  for (let si = here - 1; si >= Math.max(0, here - OWNER_SENTENCES); si--) {
    const s = doc.sentences[si]!;
    // the sentence's first verb puts the medium out; its subject is the name the sentence opens
    // with ("Acme on Tuesday issued …") when the phrase reader does not reach it
    let k = s.first;
    while (k < s.last && (ax.inQuote[k] === 1 || (tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX'))) k++;
    if (k >= s.last || !PUBLISHING_VERBS.has(tokens[k]!.lower)) continue;
    const p = subjectBefore(ax, k, s.first);
    const m = (p?.kind === 'mention' ? p.mention : null) ?? mentionOf(ax, tokens[s.first]!.pos === 'DET' ? s.first + 1 : s.first);
    if (m && SPEAKING_TYPES.has(m.type)) return m;
  }
  return null;
}

/**
 * “…,” the statement said. / The ad claims “…”. / “…,” read the letter. — a medium phrase with no
 * owner in it: the one who put it out in the sentences just before owns it ("Acme issued a
 * statement on Monday."). The speaker's span stays on the medium phrase, where the credit is written.
 */
function mediumPublisher(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  const { tokens } = ax;
  const o = tokenIndexAt(tokens, q.open);
  const sentence = tokens[o]?.sentence;
  const isMedium = (k: number) => tokens[k] !== undefined && tokens[k]!.pos === 'NOUN' && MEDIA_NOUNS.has(tokens[k]!.lower) && ax.inQuote[k] !== 1;
  const speech = (k: number) => tokens[k] !== undefined && /^\p{Ll}/u.test(tokens[k]!.text) && (SPEECH_VERBS.has(tokens[k]!.lower) || /^(reads?|read)$/.test(tokens[k]!.lower));
  let medium = -1;
  if (q.close !== null) {
    const c = tokenIndexAt(tokens, q.close + 1);
    // “…,” the statement said / “…,” read the statement
    if (speech(c) && /^(DET|PRON)$/.test(tokens[c + 1]?.pos ?? '') && isMedium(c + 2)) medium = c + 2;
    else if (/^(DET|PRON)$/.test(tokens[c]?.pos ?? '') && isMedium(c + 1) && speech(c + 2)) medium = c + 1;
  }
  // The ad claims “…”
  if (medium < 0 && speech(o - 1) && isMedium(o - 2) && tokens[o - 2]!.sentence === sentence) medium = o - 2;
  if (medium < 0) return null;
  const owner = publisherBefore(ax, o);
  if (!owner) return null;
  const first = /^(DET|PRON)$/.test(tokens[medium - 1]?.pos ?? '') ? medium - 1 : medium;
  return { ...fromMention(owner, 'medium-owner'), span: { article: '', start: tokens[first]!.start, end: tokens[medium]!.end } };
}

/** Does the quotation make up whole sentences (no words of the writer's before or after it)? */
function standsAlone(ax: AttributionContext, q: MarkedSpan): boolean {
  if (q.close === null || !opensSentence(ax, q)) return false;
  const { tokens } = ax;
  const c = tokenIndexAt(tokens, q.close + 1);
  const last = tokens[c - 1];
  for (let k = c; k < tokens.length && tokens[k]!.paragraph === last?.paragraph && tokens[k]!.sentence === tokens[c]!.sentence; k++) {
    if (ax.inQuote[k] === 1) break;
    if (tokens[k]!.pos !== 'PUNCT') return tokens[k]!.sentence !== last?.sentence;
  }
  return true;
}

/**
 * ¶ Roe touted her record as a sponsor of the bill. “…” — a quotation standing alone right after a
 * sentence (same paragraph, or the last one of the paragraph before) whose subject is a person or
 * body who has already spoken in this article, and which holds no quotation of its own.
 */
function previousSubject(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  if (!standsAlone(ax, q)) return null;
  const { tokens, doc } = ax;
  const o = tokenIndexAt(tokens, q.open);
  const t = tokens[o];
  if (!t || t.sentence === 0) return null;
  const s = doc.sentences[t.sentence - 1]!;
  if (t.paragraph - (tokens[s.first]?.paragraph ?? 0) > 1) return null;
  for (let k = s.first; k < s.last; k++) if (ax.inQuote[k] === 1) return null;
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k]!;
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue;
    const p = subjectBefore(ax, k, s.first);
    if (!p || (p.kind !== 'mention' && p.kind !== 'pronoun')) return null;
    const found = named(toSpeaker(ax, p, 'previous-subject'));
    return found && ax.speakers.has(found.entity!) ? { ...found, rule: 'previous-subject' } : null;
  }
  return null;
}

/** The speaker of an utterance step 3 found none for, or null. */
export function unattributedSpeaker(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  const inner = ax.doc.text.slice(q.start, q.end);
  return creditAfterComma(ax, q, inner) ?? creditLine(ax, q) ?? mediumPublisher(ax, q) ?? previousSubject(ax, q);
}

/**
 * said Captain Olav “Storm” Brenn: a speaker named by the given name before a nickname in marks is
 * the person named by the surname after it (the entity stage cuts the name at the marks).
 */
export function acrossNickname(ax: AttributionContext, s: QuoteSpeaker, nicknames: readonly MarkedSpan[]): QuoteSpeaker {
  const end = s.span?.end;
  const nick = end === undefined ? undefined : nicknames.find((n) => n.open === end + 1);
  if (!nick || nick.close === null || !s.span) return s;
  const m = mentionOf(ax, tokenIndexAt(ax.tokens, nick.close + 2));
  if (!m || (m.type !== 'person' && m.type !== 'other') || m.span.start !== nick.close + 2) return s;
  return { ...s, name: ax.doc.text.slice(s.span.start, m.span.end), entity: m.entity, span: { ...s.span, end: m.span.end } };
}
