/** Sorted, non-overlapping character ranges with a binary-search overlap test. */
export interface RangeSet {
  overlaps(start: number, end: number): boolean;
}

/** Build a RangeSet from ranges in any order (they are sorted and merged here). */
export function rangeSet(ranges: readonly (readonly [number, number])[]): RangeSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const top = merged[merged.length - 1];
    if (top && s <= top[1]) top[1] = Math.max(top[1], e);
    else merged.push([s, e]);
  }
  return {
    overlaps(start, end) {
      let lo = 0;
      let hi = merged.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = merged[mid]!;
        if (r[1] <= start) lo = mid + 1;
        else if (r[0] >= end) hi = mid - 1;
        else return true;
      }
      return false;
    },
  };
}

/**
 * Character ranges between quotation marks (“…”, "…"), found once per text. A quotation that is
 * never closed runs to the end of its line, as typographic quotes in copied articles often do.
 */
export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let openMark = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (c === 0x201c || (c === 34 && open < 0)) {
      if (open < 0) {
        open = i + 1;
        openMark = c === 34 ? '"' : '“';
      }
    } else if ((c === 0x201d && openMark === '“') || (c === 34 && openMark === '"')) {
      if (open >= 0) out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}
