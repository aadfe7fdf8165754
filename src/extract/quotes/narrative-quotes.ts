/**
 * Narrative quotations: a long quotation of several sentences that never says "I", "we" or "you"
 * (outside the quotations nested in it) is prose about other people — typically a block quote of
 * another outlet's report, set off in paragraphs of its own ("McCrummen reports:" ¶ "Melanie
 * thought the whole thing was outrageous. She …"). The people it names are the story's people: a pronoun after it may refer back to
 * them, as it may to a name in the writer's own prose. Its marks still make it a quotation.
 */
import { SPEAKER_PERSON_WORDS } from '../../lexicon/pronouns.js';
import type { MarkedSpan } from './01-find-marks.js';

/** How many words a quotation needs before its lack of "I", "we" and "you" says anything. */
const MIN_WORDS = 30;
/** How many sentences, likewise. */
const MIN_SENTENCES = 2;

/** Does the quotation fill its paragraphs, with none of the writer's words (a credit, a cue) beside it? */
function wholeParagraphs(text: string, s: MarkedSpan): boolean {
  const lineStart = text.lastIndexOf('\n', s.open - 1) + 1;
  const after = s.close === null ? s.end : s.close + 1;
  const lineEnd = text.indexOf('\n', after);
  return text.slice(lineStart, s.open).trim() === '' && /^[\s.,;"”’]*$/u.test(text.slice(after, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * Is the quotation `s` of `text` narrative prose: whole paragraphs with no cue beside them, long,
 * of several sentences, with no first or second person? (A speaker's words are credited in their
 * own paragraphs: “…,” said Roe. “He is …” is speech, however third-person.)
 */
export function isNarrative(text: string, s: MarkedSpan): boolean {
  if (!wholeParagraphs(text, s)) return false;
  // the quotations nested in it are other people's words, which may well say "I"
  const own = text.slice(s.start, s.end).replace(/[“"‘][^”"’]*[”"’]/g, ' ');
  const words = own.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_WORDS) return false;
  const sentences = own.split(/[.!?]+\s+(?=\p{Lu})/u).filter((x) => /\p{L}/u.test(x)).length;
  if (sentences < MIN_SENTENCES) return false;
  return !words.some((w) => SPEAKER_PERSON_WORDS.has(w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}’']+$/gu, '')));
}
