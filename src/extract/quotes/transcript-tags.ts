/**
 * Transcript layout: paragraphs that open with a speaker tag in capitals and a colon
 * ("PENCE: Well, look …", "JANE ROE: We never …"), with or without a quotation mark before the
 * tag. Each tagged paragraph is one turn: the words after the colon are the tagged person's, until
 * the next tagged paragraph. A layout, not a cue: it counts only when the article tags at least
 * MIN_TURNS paragraphs, so a lone "HUFFPOLLSTER: …" headline or "NEW DELHI: …" dateline is not a
 * turn, and tags that are an outlet's labels ("UPDATE:", "EDITOR'S NOTE:") never are. A tag with
 * no quotation mark before it must also name a person (`isPerson`): market reports and briefings
 * print run-in heads in capitals ("ENERGY: …", "KEEPING SCORE: …") that nobody speaks.
 */
import type { Paragraph } from '../../nlp/nlp-doc.js';
import { TRANSCRIPT_LABELS } from '../../lexicon/transcript-labels.js';

export interface TranscriptTag {
  /** offset of the tag's first letter */
  readonly start: number;
  /** offset just after the tag's last letter (the colon follows) */
  readonly end: number;
  /** offset of the turn's first word, after the colon */
  readonly body: number;
  /** a quotation mark opens the paragraph before the tag ("\"PENCE: …") */
  readonly marked: boolean;
}

/** How many tagged paragraphs make a transcript. */
const MIN_TURNS = 2;

/** An optional mark, one to four words in capitals (MR. ROE, O'NEILL, JEAN-PAUL ROE), a colon, the words. */
const TAG = /^(["\u201C]?)[\p{Zs}\t]*(\p{Lu}[\p{Lu}.'\u2019-]*\p{Lu}\.?(?:[\p{Zs}\t]+\p{Lu}[\p{Lu}.'\u2019-]*){0,3}):[\p{Zs}\t]+(?=\S)/u;

function tagOf(text: string, p: Paragraph): TranscriptTag | null {
  const m = TAG.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
  if (!m) return null;
  const name = m[2]!;
  const words = name.toLowerCase().split(/[\s]+/).map((w) => w.replace(/\.$/, ''));
  if (words.every((w) => TRANSCRIPT_LABELS.has(w))) return null;
  const start = p.start + m[0].indexOf(name);
  return { start, end: start + name.length, body: p.start + m[0].length, marked: m[1] !== '' };
}

/**
 * Paragraph index → its speaker tag, for the articles laid out as a transcript (else empty).
 * `isPerson(start, end)`: does the tag at these offsets name a person the article knows?
 */
export function transcriptTags(text: string, paragraphs: readonly Paragraph[], isPerson: (start: number, end: number) => boolean): ReadonlyMap<number, TranscriptTag> {
  const out = new Map<number, TranscriptTag>();
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const t = tagOf(text, paragraphs[pi]!);
    if (t && (t.marked || isPerson(t.start, t.end))) out.set(pi, t);
  }
  return out.size >= MIN_TURNS ? out : new Map();
}
