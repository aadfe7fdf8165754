// Shared by the set modules: building an Article over text whose offsets must not move, the
// predicted quotes of an extraction, adding counters, and quote error rows.

/** An Article as the ingesters would build it, over text whose offsets must stay as they are. */
export function articleOf(id, text, published) {
  return {
    id, source: id, url: null, outlet: null, outletFrom: null, title: null, author: null, published,
    language: 'en', text, removed: [], wordCount: text.split(/\s+/).filter(Boolean).length,
  };
}

/** The quotes of an extraction as score/quotes.js reads them (scare quotes flagged: they only explain misses). */
export function predictedQuotes(extraction) {
  return extraction.quotes.map((q) => ({
    start: q.span.start, end: q.span.end, speaker: q.speaker?.name ?? null, speakerSpan: q.speaker?.span ?? null, scare: q.scare,
  }));
}

/** Add counters { key: { tp, fp, fn } } into `into` (in place). */
export function addCounts(into, counts) {
  for (const [k, c] of Object.entries(counts)) {
    const acc = (into[k] ??= { tp: 0, fp: 0, fn: 0 });
    for (const f of ['tp', 'fp', 'fn']) acc[f] += c[f];
  }
  return into;
}

/** An error row with the quoted words shown on the side they belong to (gold for misses, prediction for false hits). */
export function withWords(e, article, text) {
  const words = ` ⟨${text.slice(e.start, Math.min(e.end, e.start + 80))}⟩`;
  const predictedSide = e.kind.startsWith('quote not annotated');
  return { ...e, article, kind: e.kind.replace(/^direct /, ''), expected: predictedSide ? e.expected : `${e.expected}${words}`, got: predictedSide ? `${e.got}${words}` : e.got };
}
