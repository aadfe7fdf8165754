// The quoted parts of a stretch of text: what stands between double quotation marks. Pure.

const OPEN = new Set(['“', '„']);
const CLOSE = new Set(['”']);

/**
 * Spans inside double quotation marks (straight or curly) within [start, end) of `text`, the marks
 * left out. A quotation still open at `end` runs to `end`; a closing mark with no opening one
 * closes a quotation that began at `start`. A stretch with no quotation mark of its own counts as
 * one quoted part when marks enclose it directly (the annotator left them out of the span).
 */
export function quotedParts(text, start, end) {
  const parts = [];
  let open = null;
  let sawMark = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    const straight = c === '"';
    // a right mark used to open ("(”Word …") — after a space or bracket and before a letter
    const rightOpening = CLOSE.has(c) && /^[\s([]?$/.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
    if (open === null && (OPEN.has(c) || straight || rightOpening)) {
      open = i + 1;
      sawMark = true;
    } else if (open !== null && (CLOSE.has(c) || straight)) {
      if (i > open) parts.push({ start: open, end: i });
      open = null;
    } else if (open === null && CLOSE.has(c)) {
      if (i > start && !sawMark) parts.push({ start, end: i });
      sawMark = true;
    }
  }
  if (open !== null && end > open) parts.push({ start: open, end });
  if (!sawMark && enclosed(text, start, end)) parts.push({ start, end });
  return parts.filter((p) => /\w/.test(text.slice(p.start, p.end)));
}

/** Marks right outside [start, end) (spaces and a final comma or full stop between allowed). */
function enclosed(text, start, end) {
  const before = /["“„]\s?$/.test(text.slice(Math.max(0, start - 2), start));
  const after = /^[,.]?\s?["”]/.test(text.slice(end, end + 3));
  return before && after;
}
