// Partisan-Event-Dataset documents (STORY_<n>_DOCUMENT_<k>.json) → article records for ingestion. Pure.

/** The gold story of a document file name or id ("STORY_12_DOCUMENT_1" → "STORY_12"), or null. */
export const storyOf = (name) => /^(STORY_\d+)_DOCUMENT_\d+/.exec(name)?.[1] ?? null;

/**
 * One ingestible record (the JSON record fields `crosscheck ingest` reads) from a parsed document:
 * the `news` sentences one a line, its title, outlet (`source`) and date.
 */
export function toRecord(doc) {
  const text = (doc.news ?? []).map((s) => String(s.text ?? '').trim()).filter(Boolean).join('\n');
  return { id: String(doc.id), title: doc.title ?? null, outlet: doc.source ?? null, published: doc.date || null, text };
}
