/**
 * A small word-level diff (longest common subsequence) for showing how one
 * outlet's wording of a quote differs from another's. Quotes are short, so the
 * O(n·m) table is cheap; very long inputs fall back to "all removed, all added"
 * rather than allocating a huge table.
 */
import type { DiffPart } from './model/types.js';

const MAX_TOKENS = 600;

/** Split into words, punctuation marks and whitespace runs; joining the pieces gives the input back. */
export function tokenizeWords(s: string): string[] {
  return s.match(/\s+|[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

const norm = (t: string) => (/^\s+$/.test(t) ? ' ' : t.toLowerCase().replace(/’/g, "'"));

/** Diff `from` → `to` by words; case and apostrophe style are not differences. Adjacent parts of one kind are merged. */
export function wordDiff(from: string, to: string): DiffPart[] {
  const a = tokenizeWords(from);
  const b = tokenizeWords(to);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) return merge([{ op: 'del', text: from }, { op: 'ins', text: to }]);
  const an = a.map(norm);
  const bn = b.map(norm);
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = an[i] === bn[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (an[i] === bn[j]) {
      parts.push({ op: 'eq', text: b[j]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) parts.push({ op: 'del', text: a[i++]! });
    else parts.push({ op: 'ins', text: b[j++]! });
  }
  while (i < a.length) parts.push({ op: 'del', text: a[i++]! });
  while (j < b.length) parts.push({ op: 'ins', text: b[j++]! });
  return merge(tighten(merge(parts)));
}

/** Move spacing at the edges of a change out of it, so highlights cover words only. */
function tighten(parts: readonly DiffPart[]): DiffPart[] {
  return parts.flatMap((p): DiffPart[] => {
    if (p.op === 'eq') return [p];
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text);
    if (!m || m[2] === '') return [{ op: 'eq', text: p.text }];
    const out: DiffPart[] = [];
    if (m[1]) out.push({ op: 'eq', text: m[1] });
    out.push({ op: p.op, text: m[2]! });
    if (m[3]) out.push({ op: 'eq', text: m[3] });
    return out;
  });
}

/** Merge runs of the same op; whitespace between two changes of the same kind joins them. */
function merge(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (p.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.op === p.op) out[out.length - 1] = { op: p.op, text: last.text + p.text };
    else out.push(p);
  }
  return out;
}

/** True when the diff has any removed or added part. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.op !== 'eq' && p.text.trim() !== '');
}
