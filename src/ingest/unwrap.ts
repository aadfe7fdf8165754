/**
 * Hard-wrapped plain text (paragraphs broken into ~70-character lines, separated by blank lines,
 * as in e-mails and wire feeds) is re-joined so each paragraph is one line: the NLP layer never lets
 * a sentence cross a line break. Text that already has one paragraph per line is left alone.
 */
import { endsLikeSentence } from './headline.js';

const LIST_ITEM = /^\s*([-*•]|\d{1,3}[.)])\s/;

/** Is `text` hard-wrapped? Short lines only, most of them inside multi-line blocks ending mid-sentence. */
export function isHardWrapped(text: string): boolean {
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.split('\n').filter((l) => l.trim()));
  const lines = blocks.flat();
  if (lines.length < 6 || lines.some((l) => l.length > 100)) return false;
  const inner = blocks.flatMap((b) => b.slice(0, -1));
  if (inner.length < lines.length / 2) return false;
  const midSentence = inner.filter((l) => !endsLikeSentence(l) && !/[?:"”]$/.test(l.trim())).length;
  return midSentence / inner.length >= 0.5;
}

/** Join the lines of each blank-line-separated block when the text is hard-wrapped. */
export function unwrapHardWrapped(text: string): string {
  if (!isHardWrapped(text)) return text;
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => {
      const out: string[] = [];
      for (const line of block.split('\n')) {
        if (!out.length || LIST_ITEM.test(line)) out.push(line.trim());
        else out[out.length - 1] = `${out[out.length - 1]} ${line.trim()}`;
      }
      return out.join('\n');
    })
    .join('\n\n');
}
