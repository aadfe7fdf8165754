/**
 * Step 2: candidate pairs from an inverted index over a content-defined sample of
 * shingle hashes, so the work grows with the number of shared shingles, not with
 * the number of article pairs.
 *
 * Sampling by hash value (keep h when mix(h) mod 4 = 0) keeps the same shingles in
 * every article, so the sample of an intersection is the intersection of the samples
 * and containment, not only resemblance, can be estimated from it. (MinHash banding
 * estimates resemblance only and would miss a short trimmed copy of a long article.)
 */

/** Keep one shingle in SAMPLE_MOD. */
const SAMPLE_MOD = 4;
/** Each posting list is only scanned over its most recent POSTING_CAP articles: a shingle shared
 * by many articles is boilerplate or one big syndication cluster, and in a cluster one
 * link per article is enough for union-find; true copies also share many rare shingles,
 * whose posting lists are short and scanned in full. */
const POSTING_CAP = 8;
/** A candidate needs this many shared sampled shingles … */
const MIN_SHARED_SAMPLES = 2;
/** … and at least this estimated containment (below the final threshold, to absorb sampling noise). */
const MIN_ESTIMATED_CONTAINMENT = 0.3;

/** murmur3's finaliser: spreads FNV's low bits before sampling. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function sample(set: Uint32Array): number[] {
  const out: number[] = [];
  for (const h of set) if (mix(h) % SAMPLE_MOD === 0) out.push(h);
  return out;
}

/** Pairs `[i, j]` (i < j, indexes into `sets`) worth an exact comparison, in a stable order. */
export function candidatePairs(sets: readonly Uint32Array[]): [number, number][] {
  const postings = new Map<number, number[]>();
  const samples = sets.map(sample);
  const pairs: [number, number][] = [];
  // shared-sample counts against earlier articles: a flat array reset after each article
  const counts = new Int32Array(sets.length);
  const touched: number[] = [];
  samples.forEach((mine, j) => {
    for (const h of mine) {
      const list = postings.get(h);
      if (!list) {
        postings.set(h, [j]);
        continue;
      }
      for (let k = Math.max(0, list.length - POSTING_CAP); k < list.length; k++) {
        const i = list[k]!;
        const before = counts[i]!;
        counts[i] = before + 1;
        if (before === 0) touched.push(i);
      }
      list.push(j);
    }
    touched.sort((a, b) => a - b);
    for (const i of touched) {
      const c = counts[i]!;
      counts[i] = 0;
      const smaller = Math.min(mine.length, samples[i]!.length);
      if (c >= MIN_SHARED_SAMPLES && c / smaller >= MIN_ESTIMATED_CONTAINMENT) pairs.push([i, j]);
    }
    touched.length = 0;
  });
  return pairs;
}
