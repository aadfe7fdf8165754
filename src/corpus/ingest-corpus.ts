/**
 * Corpus ingestion: a stream of source items in, articles stored and clustered into stories.
 * Per article: text hash → clustering features → store.addArticle (duplicate check, decision and
 * assignment in one transaction). Diagnostics are stored in batches; nothing is held in memory
 * beyond one batch, so the input may be any size.
 */
import type { Diagnostic } from '../contract/analysis-schema.js';
import type { SourceItem } from '../ingest/sources/index.js';
import type { Store } from '../store/types.js';
import type { Clusterer } from './clusterer.js';
import { textHash } from './text-hash.js';

export interface CorpusIngestCounts {
  /** articles read from the inputs. */
  read: number;
  added: number;
  duplicates: { url: number; text: number };
  newStories: number;
  /** stories absorbed into another by a bridging article. */
  merges: number;
  diagnostics: number;
  skipped: { inputs: number; records: number };
  /** true when `signal` stopped the ingest before the inputs ended (what was stored stays). */
  interrupted: boolean;
}

export interface CorpusIngestOptions {
  /** called after each article (for a progress display). */
  readonly onArticle?: (counts: Readonly<CorpusIngestCounts>) => void;
  /** stops reading after the article in progress (Ctrl-C); the caller closes the store to commit. */
  readonly signal?: AbortSignal;
}

const DIAGNOSTIC_BATCH = 200;

/** Store and cluster every article of `items`; re-running on the same items adds nothing. */
export async function ingestCorpus(store: Store, items: AsyncIterable<SourceItem>, clusterer: Clusterer, options: CorpusIngestOptions = {}): Promise<CorpusIngestCounts> {
  const c: CorpusIngestCounts = { read: 0, added: 0, duplicates: { url: 0, text: 0 }, newStories: 0, merges: 0, diagnostics: 0, skipped: { inputs: 0, records: 0 }, interrupted: false };
  let pending: Diagnostic[] = [];
  const flush = async () => {
    if (pending.length) await store.addDiagnostics(pending);
    pending = [];
  };
  for await (const item of items) {
    if (options.signal?.aborted) {
      c.interrupted = true;
      break;
    }
    if (item.kind === 'diagnostic') {
      c.diagnostics++;
      pending.push(item.diagnostic);
      if (pending.length >= DIAGNOSTIC_BATCH) await flush();
      continue;
    }
    if (item.kind === 'skipped') {
      c.skipped.inputs += item.inputs;
      c.skipped.records += item.records;
      continue;
    }
    c.read++;
    const features = clusterer.features(item.article);
    const r = await store.addArticle({
      article: item.article,
      features,
      textHash: textHash(item.article.text),
      decide: (source) => clusterer.decide(features, source),
      profiles: clusterer.profiles,
    });
    if (r.status === 'duplicate') c.duplicates[r.by]++;
    else {
      c.added++;
      if (r.newStory) c.newStories++;
      c.merges += r.merged.length;
    }
    options.onArticle?.(c);
  }
  await flush();
  // A finished (or interrupted) ingest is visible to other processes at once, not after the store's group timer.
  await store.flush();
  return c;
}
