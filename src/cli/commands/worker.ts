/**
 * `crosscheck worker --db postgres://… [--concurrency n] [--once]`: process extraction and
 * per-story analysis jobs from the PostgreSQL-backed queue. Start several, on one machine or
 * many; they share the work. SIGINT/SIGTERM stop after the current batch.
 */
import { UsageError } from '../../errors.js';
import { runWorker } from '../../queue/worker.js';
import { isPostgresUrl } from '../../store/open-store.js';
import type { CliIO } from '../main.js';
import { parseCommand } from '../parse-command.js';

export async function runWorkerCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand('worker', args);
  if (!values.db || !isPostgresUrl(values.db)) throw new UsageError('worker needs --db postgres://… (the job queue lives in PostgreSQL)');
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--concurrency must be a whole number from 1 to 64, got "${values.concurrency}"`);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const c = await runWorker({ url: values.db, concurrency, once: values.once, signal: stop.signal });
    if (!values.quiet) io.stderr.write(`crosscheck worker: queued ${c.fed} article(s), extracted ${c.extracted}, analysed ${c.analysed} stor${c.analysed === 1 ? 'y' : 'ies'}, ${c.failed} failed job(s)\n`);
    return c.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
