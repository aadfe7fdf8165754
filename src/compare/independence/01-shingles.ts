/**
 * Step 1: word 5-gram shingles of an article, as sorted unique 32-bit hashes.
 *
 * Quoted passages are left out: two independent reports of the same event often
 * carry the same long quotation, and that must not make them look like copies.
 * What identifies syndicated copy is the writer's own narrative, word for word.
 */

/** Words per shingle. Five is long enough that independent writing rarely shares one by chance. */
export const SHINGLE_WORDS = 5;

// words (with inner apostrophes), quotation marks, a stand-alone apostrophe (closing ‘…’), line breaks
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[“”"«»‘'\n]/gu;

/** FNV-1a over a string: fast, stable across runs and platforms. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Runs of words outside quotation marks: “…”, «…», "…" and ‘…’ (British style). A ’
 * after a word closes a ‘…’ quotation; elsewhere it is an apostrophe and is ignored.
 * Quote state resets at every line break, because a quotation running over several
 * paragraphs reopens its mark on each line without closing it.
 */
function wordRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let inDouble = false;
  let inSingle = false;
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  // lower-case and unify apostrophes once for the whole text, not per word
  for (const m of text.toLowerCase().replace(/’/g, "'").matchAll(TOKEN)) {
    const t = m[0];
    if (t === '\n') {
      inDouble = inSingle = false;
      continue; // a line break does not end a shingle: wire copy is often re-paragraphed
    }
    if (t === '“' || t === '«' || t === '”' || t === '»' || t === '"') {
      inDouble = t === '“' || t === '«' || (t === '"' && !inDouble);
      flush();
      continue;
    }
    if (t === '‘' || t === "'") {
      if (t === '‘' || inSingle) {
        inSingle = t === '‘';
        flush();
      }
      continue;
    }
    if (inDouble || inSingle) continue;
    run.push(t);
  }
  flush();
  return runs;
}

/** Combine five word hashes in order (multiply-xor, then murmur3's finaliser for spread). */
function shingleHash(w: Uint32Array, i: number): number {
  let h = 0x9747b28c;
  for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ w[i + k]!, 0x5bd1e995) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Words are hashed once each and shingles combine those hashes: no 5-word strings are built.
function hashRuns(runs: readonly (readonly string[])[]): Uint32Array {
  const hashes: number[] = [];
  for (const run of runs) {
    if (run.length < SHINGLE_WORDS) continue;
    const words = Uint32Array.from(run, fnv1a);
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.push(shingleHash(words, i));
  }
  return Uint32Array.from(hashes);
}

/** Sorted, duplicates removed. */
export function toSet(sequence: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(sequence).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

/** The article's narrative shingle hashes in text order (duplicates kept). */
export function shingleSequence(text: string): Uint32Array {
  return hashRuns(wordRuns(text));
}

/**
 * The article's shingle set: sorted, unique hashes of its narrative word 5-grams.
 * An article that is almost all quotation has few shingles and so can hardly be grouped;
 * that is deliberate: the same quotation in two places is not evidence of copying.
 */
export function shingleSet(text: string): Uint32Array {
  return toSet(shingleSequence(text));
}
