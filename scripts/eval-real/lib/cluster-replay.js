// Replays real articles through crosscheck's online story clustering in one mixed, date-ordered
// stream, as a corpus ingest would see them, and scores the result pairwise against gold stories.
// Shared by the sets that cluster (real-stories; partisan can use it the same way).

/** Date order (undated articles last), ties by id: the order a corpus ingest would see. */
export function streamOrder(articles) {
  const day = (a) => a.published ?? '9999';
  return [...articles].sort((a, b) => day(a).localeCompare(day(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * `items` in a shuffled order, the same for the same `seed` (a Fisher–Yates shuffle driven by
 * mulberry32): clustering must not depend on the order articles arrive in.
 */
export function shuffledOrder(items, seed) {
  let t = seed >>> 0;
  const random = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The orders a clustering set replays: date order, then `shuffle` seeded shuffles. */
export function replayOrders(articles, shuffle = 0) {
  const orders = [{ label: 'date order', stream: streamOrder(articles) }];
  for (let seed = 1; seed <= shuffle; seed++) orders.push({ label: `shuffled order ${seed}`, stream: shuffledOrder(streamOrder(articles), seed) });
  return orders;
}

/**
 * items: [{ article, gold }] (article ids unique across the stream), replayed in `order(articles)`. cluster = the built
 * dist/src/cluster/index.js. Returns { precision, recall, f1, truePairs, falsePairs, missedPairs,
 * items, stories: predicted story count, assignments: Map id → story }.
 */
export async function replayClusters(cluster, items, order = streamOrder) {
  const gold = new Map(items.map((x) => [x.article.id, x.gold]));
  const assignments = await cluster.clusterArticles(order(items.map((x) => x.article)));
  const scores = cluster.pairwiseScores(assignments, gold);
  return { ...scores, stories: new Set(assignments.values()).size, assignments };
}
