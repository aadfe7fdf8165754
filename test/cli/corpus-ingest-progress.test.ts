/** The ingest progress line: counts and rate on a TTY, nothing otherwise. */
import { describe, expect, it } from 'vitest';
import { ingestProgress } from '../../src/cli/commands/ingest-progress.js';
import type { CorpusIngestCounts } from '../../src/corpus/ingest-corpus.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WritableStream & { isTTY: boolean; chunks: string[] };
}
const counts = (read: number): CorpusIngestCounts => ({ read, added: read - 2, duplicates: { url: 1, text: 1 }, newStories: 5, merges: 1, diagnostics: 0, skipped: { inputs: 0, records: 0 }, interrupted: false });

describe('ingestProgress', () => {
  it('on a TTY: counts and rate, redrawn in place, cleared at the end', () => {
    const out = sink(true);
    let clock = 0;
    const p = ingestProgress(out, false, () => clock);
    clock = 2000;
    p.article(counts(500));
    clock = 2050; // within 100 ms: not redrawn
    p.article(counts(510));
    p.clear();
    expect(out.chunks).toEqual(['\ringesting 500 read · 498 added · 2 duplicate · 4 new stories · 250/s\x1b[K', '\r\x1b[K']);
  });

  it.each([
    ['not a TTY', false, false],
    ['--quiet on a TTY', true, true],
  ])('%s: writes nothing', (_label, isTTY, quiet) => {
    const out = sink(isTTY);
    let clock = 0;
    const p = ingestProgress(out, quiet, () => clock);
    clock = 5000;
    p.article(counts(100));
    p.analyse(1, 3);
    p.clear();
    expect(out.chunks).toEqual([]);
  });
});
