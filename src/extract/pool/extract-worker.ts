/**
 * One extraction worker thread (see extract-pool.ts): takes article indices from the shared
 * counter until none are left and posts each extraction back, without its article (the main
 * thread holds the article already; sending it back would only cost a copy).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../contract/analysis-schema.js';
import { extractArticle } from '../index.js';
import type { PoolMessage, WorkerInput } from './extract-pool.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs as a worker thread of extract-pool.js, not on its own');
const { next } = workerData as WorkerInput;

port.on('message', (articles: readonly Article[]) => {
  for (let i = Atomics.add(next, 0, 1); i < articles.length; i = Atomics.add(next, 0, 1)) {
    const { article: _article, ...rest } = extractArticle(articles[i]!);
    port.postMessage({ kind: 'extraction', index: i, extraction: rest } satisfies PoolMessage);
  }
  port.postMessage({ kind: 'done' } satisfies PoolMessage);
});
