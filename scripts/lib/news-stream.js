// A generated news stream for the corpus benchmarks, shaped like a day of real news rather than
// a handful of endless stories: about `perDay` articles a day; new stories start every day with
// a heavy-tailed size (many singletons, a few stories with dozens of articles); a story's
// articles spread over its first days, so stories overlap in time.
//
// Text comes from the project's own invented articles (test fixtures: no third-party text).
// Each generated story rewrites its source article with story-specific vocabulary: every
// capitalised word of three letters or more (names, places; not sentence-opening function words) and, chosen per story, three in five of the longer lower-case
// words are replaced by invented words derived from (story, word). Two stories made from the same source therefore
// read like two events of the same kind (same phrasing, different names and details), which is
// what a real stream is full of. Within a story, articles rotate and drop paragraphs and vary
// numbers. The gold story of every article is returned so the benchmark can score clustering.
import { prng } from './prng.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'sul', 'dor', 'pe', 'ri', 'mon', 'tal', 'bre', 'sko', 'fen', 'gar', 'hul', 'nis', 'ob', 'quen', 'ras', 'tiv', 'ul', 'wex', 'zan'];
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`);

/** FNV-1a, 32 bits: a stable hash of a string. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/** An invented word for `word` in story `story` (same inputs, same word). */
function inventWord(story, word) {
  let h = hash(`${story}:${word.toLowerCase()}`);
  let out = '';
  const parts = 2 + (h % 3);
  for (let i = 0; i < parts; i++) {
    out += SYLLABLES[h % SYLLABLES.length];
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return /^\p{Lu}/u.test(word) ? out[0].toUpperCase() + out.slice(1) : out;
}

/** Capitalised words that are not names (sentence openers): kept as they are. */
const FUNCTION_WORDS = new Set('the and but for its his her she they this that these those when after before while with from into over about then there their what which who also more most some many other such only our your was were has had have not all one two three four five six seven eight nine ten'.split(' '));

/** The source text rewritten with story `story`'s vocabulary. */
function rewrite(story, text) {
  return text.replace(/\b\p{L}{3,}\b/gu, (w) => {
    const lower = w.toLowerCase();
    if (/^\p{Lu}/u.test(w)) return FUNCTION_WORDS.has(lower) ? w : inventWord(story, w);
    return w.length >= 5 && hash(`${story}|${lower}`) % 5 < 3 ? inventWord(story, w) : w;
  });
}

/** Heavy-tailed story size: ~40 % singletons, mean ≈ 9, at most 41. */
const storySize = (rnd) => 1 + Math.floor(40 * rnd() ** 4);

/**
 * `n` generated articles in publication order. Returns the async stream (items for
 * ingestCorpus) and `gold`, article id → generated story, filled as the stream is read.
 * @param {{ sources: { title?: string, text: string }[], n: number, perDay?: number, seed?: number, idPrefix?: string }} o
 */
export function newsStream({ sources, n, perDay = 1000, seed = 11, idPrefix = 'gen' }) {
  const rnd = prng(seed);
  const gold = new Map();
  const meanSize = 9;
  async function* stream() {
    const buckets = new Map(); // day → pending articles
    let story = 0;
    let made = 0;
    for (let day = 0; made < n; day++) {
      for (let s = 0; s < perDay / meanSize; s++, story++) {
        const base = sources[Math.floor(rnd() * sources.length)];
        const size = storySize(rnd);
        for (let k = 0; k < size; k++) {
          const d = day + Math.floor(3 * rnd() ** 2);
          if (!buckets.has(d)) buckets.set(d, []);
          buckets.get(d).push({ story, base, k });
        }
      }
      const today = buckets.get(day) ?? [];
      buckets.delete(day);
      // Seeded shuffle: stories interleave within the day, as they do in a real feed.
      for (let i = today.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [today[i], today[j]] = [today[j], today[i]];
      }
      for (const [i, { story: s, base }] of today.entries()) {
        if (made >= n) return;
        const pars = rewrite(s, base.text).split('\n').filter(Boolean);
        const r = Math.floor(rnd() * pars.length);
        const kept = [...pars.slice(r), ...pars.slice(0, r)].filter((_, j) => j === 0 || rnd() > 0.2);
        const text = kept.join('\n').replace(/\b\d+\b/g, (m) => (rnd() < 0.5 ? m : String(Math.round(Number(m) * (0.5 + rnd())))));
        const time = new Date(Date.UTC(2025, 0, 1) + day * 864e5 + Math.floor((i / today.length) * 864e5));
        const id = `${idPrefix}-${made}`;
        gold.set(id, s);
        made++;
        const article = {
          ...base,
          id,
          title: rewrite(s, base.title ?? 'Untitled'),
          outlet: OUTLETS[Math.floor(rnd() * OUTLETS.length)],
          url: `https://stream.example/${s}/${id}`,
          published: time.toISOString(),
          text: `${text}\nBulletin ${made}.`,
        };
        yield { kind: 'article', article };
      }
    }
  }
  return { stream, gold };
}

/** Pairwise precision/recall/F1 of `found` (id → cluster) against `gold` (id → cluster), from the contingency table. */
export function pairwiseF1(gold, found) {
  const pairs = (counts) => [...counts.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  const tally = (key) => {
    const m = new Map();
    for (const id of gold.keys()) if (found.has(id)) m.set(key(id), (m.get(key(id)) ?? 0) + 1);
    return m;
  };
  const both = pairs(tally((id) => `${gold.get(id)}|${found.get(id)}`));
  const g = pairs(tally((id) => gold.get(id)));
  const f = pairs(tally((id) => found.get(id)));
  const p = f ? both / f : 1;
  const r = g ? both / g : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
