// Partisan-Event-Dataset documents (STORY_<n>_DOCUMENT_<k>.json) → article records for ingestion,
// in publication order. Pure.

/** The gold story of a document file name or id ("STORY_12_DOCUMENT_1" → "STORY_12"), or null. */
export const storyOf = (name) => /^(STORY_\d+)_DOCUMENT_\d+/.exec(name)?.[1] ?? null;

/**
 * One ingestible record (the JSON record fields `crosscheck ingest` reads) from a parsed document:
 * the `news` sentences one a line, its title, outlet (`source`) and date.
 */
export function toRecord(doc) {
  const text = (doc.news ?? []).map((s) => String(s.text ?? '').trim()).filter(Boolean).join('\n');
  return { id: String(doc.id), title: doc.title ?? null, outlet: doc.source ?? null, published: doc.date ?? null, text };
}

/** Records in stream order: by date, then by id (as `crosscheck ingest` would meet a dated feed). */
export function streamOrder(records) {
  return [...records].sort((a, b) => String(a.published ?? '').localeCompare(String(b.published ?? '')) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
