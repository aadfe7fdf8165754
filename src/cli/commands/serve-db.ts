/**
 * `crosscheck serve --db <path|postgres://…>`: the corpus web UI until Ctrl-C. The store must
 * exist (a missing SQLite file is misuse); `ingest` may keep writing to it meanwhile.
 */
import { UsageError } from '../../errors.js';
import { startCorpusServer } from '../../server/corpus/index.js';
import type { CliIO } from '../main.js';
import { openForRead, shownDb } from './corpus-common.js';

/** Serve the store `db` on 127.0.0.1:`port`; resolves with exit code 0 after SIGINT/SIGTERM. */
export async function runServeDb(db: string, port: number, quiet: boolean, io: CliIO): Promise<number> {
  const log = (line: string) => void (quiet || io.stderr.write(`crosscheck: ${line}\n`));
  const store = await openForRead(db);
  const server = await startCorpusServer({ store, port, log }).catch(async (e: unknown) => {
    await store.close();
    if (e instanceof Error && 'code' in e && e.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pick another with --port (0 picks a free one)`);
    throw e;
  });
  io.stdout.write(`crosscheck: serving ${shownDb(db)} at ${server.url} (Ctrl-C to stop)\n`);
  await untilStopped(() => server.close());
  await store.close();
  return 0;
}

/** Resolve after SIGINT or SIGTERM once `close` has finished (both `serve` forms wait this way). */
export function untilStopped(close: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
