/**
 * Extraction of many articles on worker threads (`analyze --jobs N`). Extraction is a pure
 * function of one article, so the work can be shared out in any order: the threads (the calling
 * one included) take the next article index from one shared counter, and each result is put back
 * at its article's index. The output is therefore the same, byte for byte, as extracting the
 * articles one after another; only the progress callbacks may arrive in another order.
 *
 * Workers are started before the articles are known (`startExtractPool`), so that loading the
 * language model in them overlaps the main thread's own loading and ingestion; this module
 * itself loads nothing of the pipeline until `extract` is called.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';

/** What a worker is started with: the counter of the next article index to take. */
export interface WorkerInput {
  readonly next: Int32Array;
}

/** What a worker posts back. */
export type PoolMessage =
  | { readonly kind: 'extraction'; readonly index: number; readonly extraction: Omit<ArticleExtraction, 'article'> }
  | { readonly kind: 'done' };

export interface ExtractPool {
  /** Extract every article (in the calling thread too); results in the order of `articles`. */
  extract(articles: readonly Article[], onArticle?: (done: number, total: number) => void): Promise<ArticleExtraction[]>;
  /** Stop the workers (extract stops them itself when it is done). */
  close(): Promise<void>;
}

/**
 * Start `workers` extraction threads. With 0 workers the pool extracts in the calling thread.
 * @example const pool = startExtractPool(availableParallelism() - 1); const xs = await pool.extract(articles);
 */
export function startExtractPool(workers: number): ExtractPool {
  if (!Number.isInteger(workers) || workers < 0) throw new RangeError(`startExtractPool expects a whole number of workers ≥ 0, got ${workers}`);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const threads = Array.from({ length: workers }, () => new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: { next } satisfies WorkerInput }));
  // a worker that fails to start (or throws) must not leave an unhandled 'error' event behind
  const failures = threads.map((t) => new Promise<Error>((resolve) => t.once('error', resolve)));
  const close = async () => {
    await Promise.all(threads.map((t) => t.terminate()));
  };
  return {
    close,
    async extract(articles, onArticle) {
      const out: (ArticleExtraction | undefined)[] = new Array<ArticleExtraction | undefined>(articles.length);
      let done = 0;
      const finish = (i: number, x: ArticleExtraction) => {
        out[i] = x;
        onArticle?.(++done, articles.length);
      };
      // loaded here, not at the top: the pool is started before the calling thread loads the pipeline
      const { extractArticle } = await import('../index.js');
      const finished = threads.map(
        (t, k) =>
          new Promise<void>((resolve, reject) => {
            void failures[k]!.then(reject);
            t.on('message', (m: PoolMessage) => {
              if (m.kind === 'extraction') finish(m.index, { article: articles[m.index]!, ...m.extraction });
              else if (m.kind === 'done') resolve();
            });
            t.postMessage(articles);
          }),
      );
      try {
        // the calling thread takes its share too, from the same counter
        for (let i = Atomics.add(next, 0, 1); i < articles.length; i = Atomics.add(next, 0, 1)) finish(i, extractArticle(articles[i]!));
        await Promise.all(finished);
      } finally {
        await close();
      }
      const missing = out.findIndex((x) => x === undefined);
      if (missing >= 0) throw new Error(`extract pool: article ${missing} (${articles[missing]?.id}) was not extracted`);
      return out as ArticleExtraction[];
    },
  };
}
