// Replays real articles through crosscheck's online story clustering in one mixed, date-ordered
// stream, as a corpus ingest would see them, and scores the result pairwise against gold stories.
// Shared by the sets that cluster (real-stories; partisan can use it the same way).

/** Date order (undated articles last), ties by id: the order a corpus ingest would see. */
export function streamOrder(articles) {
  const day = (a) => a.published ?? '9999';
  return [...articles].sort((a, b) => day(a).localeCompare(day(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * items: [{ article, gold }] (article ids unique across the stream). cluster = the built
 * dist/src/cluster/index.js. Returns { precision, recall, f1, truePairs, falsePairs, missedPairs,
 * items, stories: predicted story count, assignments: Map id → story }.
 */
export async function replayClusters(cluster, items) {
  const gold = new Map(items.map((x) => [x.article.id, x.gold]));
  const assignments = await cluster.clusterArticles(streamOrder(items.map((x) => x.article)));
  const scores = cluster.pairwiseScores(assignments, gold);
  return { ...scores, stories: new Set(assignments.values()).size, assignments };
}
