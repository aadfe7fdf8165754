/**
 * Step 4: a shared ending is not a shared story.
 *
 * Outlets append the same stock text to every article (a newsletter pitch, a
 * standards note). When two articles share a block at the very end of both and
 * little before it, that block is boilerplate, and the pair is not a copy. A real
 * copy shares its body: a wire story with a new sign-off shares nothing at the end,
 * a copy with the same footer shares everything, and a copy trimmed from the top is
 * nothing but the shared block (no body of its own to compare).
 */
import { toSet } from './01-shingles.js';
import { intersectionSize, MIN_CONTAINMENT } from './03-score.js';

/** Bodies shorter than this (in shingles) are too small to judge: the link stands. */
const MIN_BODY = 20;

/**
 * Stock endings (newsletter pitches, standards notes, bylines) run to a few dozen words.
 * A shared ending longer than this many shingles (≈ 120 words) is the story itself — a
 * wire copy whose opening paragraph was rewritten — and the link stands.
 */
const MAX_FOOTER = 120;

function has(sorted: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** How many shingles at the end of `seq` also occur in `other`. */
function sharedTail(seq: Uint32Array, other: Uint32Array): number {
  let n = 0;
  while (n < seq.length && has(other, seq[seq.length - 1 - n]!)) n++;
  return n;
}

/** True when the pair's overlap is a common ending over bodies that are not copies of each other. */
export function onlyBoilerplateShared(seqA: Uint32Array, setA: Uint32Array, seqB: Uint32Array, setB: Uint32Array): boolean {
  const tailA = sharedTail(seqA, setB);
  const tailB = sharedTail(seqB, setA);
  if (!tailA || !tailB) return false;
  if (tailA > MAX_FOOTER || tailB > MAX_FOOTER) return false;
  const bodyA = toSet(seqA.subarray(0, seqA.length - tailA));
  const bodyB = toSet(seqB.subarray(0, seqB.length - tailB));
  const smaller = Math.min(bodyA.length, bodyB.length);
  if (smaller < MIN_BODY) return false;
  return intersectionSize(bodyA, bodyB) / smaller < MIN_CONTAINMENT;
}
