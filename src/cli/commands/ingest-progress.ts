/**
 * The `ingest` progress line on stderr: counts and rate, redrawn in place, only on a TTY and
 * without --quiet (so logs and pipes get only the final summary).
 */
import type { CorpusIngestCounts } from '../../corpus/ingest-corpus.js';

/** A one-line counter with the rate, redrawn at most every 100 ms; `now` is injectable for tests. */
export function ingestProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }, quiet: boolean, now: () => number = () => performance.now()) {
  const active = !quiet && stderr.isTTY === true;
  const started = now();
  let last = 0;
  let shown = false;
  return {
    article(c: Readonly<CorpusIngestCounts>) {
      const t = now();
      if (!active || t - last < 100) return;
      last = t;
      const rate = c.read / Math.max((t - started) / 1000, 0.001);
      stderr.write(`\ringesting ${c.read} read · ${c.added} added · ${c.duplicates.url + c.duplicates.text} duplicate · ${c.newStories - c.merges} new stories · ${Math.round(rate)}/s\x1b[K`);
      shown = true;
    },
    analyse(done: number, total: number) {
      if (!active || total < 2) return;
      stderr.write(`\ranalysing stories ${done}/${total}\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
