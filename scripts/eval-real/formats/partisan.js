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

/** A placeholder title the data set gives some opinion pieces ("abortion_9_2"): it names nothing. */
const isPlaceholderTitle = (title) => /^[a-z]+_\d+_\d+$/i.test(title);

/**
 * Gold stories the data set holds twice: two story ids with an article of the same outlet, title
 * and day (the same event annotated under two numbers). Their articles are one story to any
 * reader, so pairs between them count as false: reported, never tuned on. Sorted story pairs.
 * @example repeatedStories([{ id: 'STORY_1_DOCUMENT_0', outlet: 'A', title: 'T', published: 'd' }, { id: 'STORY_2_DOCUMENT_1', outlet: 'A', title: 'T', published: 'd' }]) // [['STORY_1', 'STORY_2']]
 */
export function repeatedStories(records) {
  const byKey = new Map();
  for (const r of records) {
    const title = (r.title ?? '').trim().toLowerCase();
    if (!title || isPlaceholderTitle(title)) continue;
    const key = `${r.outlet ?? ''}\u0000${title}\u0000${r.published ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), storyOf(r.id)]);
  }
  const pairs = new Set();
  for (const stories of byKey.values()) {
    const distinct = [...new Set(stories)].sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
    for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) pairs.add(`${distinct[i]}\u0000${distinct[j]}`);
  }
  return [...pairs].map((p) => p.split('\u0000'));
}
