/**
 * `crosscheck ingest <inputs…> [--db …]`: read files, folders, JSONL, feeds and WARC archives
 * into the store, clustering each article into a story, then bring stale story analyses up to date.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors.js';
import { analyseStaleStories } from '../../corpus/analyse-stories.js';
import { loadClusterer } from '../../corpus/clusterer.js';
import { ingestCorpus } from '../../corpus/ingest-corpus.js';
import type { CorpusIngestCounts } from '../../corpus/ingest-corpus.js';
import { corpusItems } from '../../corpus/input-items.js';
import type { CliIO } from '../main.js';
import { DB_OPTION, openForWrite } from './corpus-common.js';

/** A one-line counter with the rate, redrawn at most every 100 ms; only on a TTY. */
function ingestProgress(io: CliIO, quiet: boolean) {
  const active = !quiet && io.stderr.isTTY === true;
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    article(c: Readonly<CorpusIngestCounts>) {
      const now = performance.now();
      if (!active || now - last < 100) return;
      last = now;
      const rate = c.read / Math.max((now - started) / 1000, 0.001);
      io.stderr.write(`\ringesting ${c.read} read · ${c.added} added · ${c.duplicates.url + c.duplicates.text} duplicate · ${c.newStories - c.merges} stories · ${Math.round(rate)}/s\x1b[K`);
      shown = true;
    },
    analyse(done: number, total: number) {
      if (!active || total < 2) return;
      io.stderr.write(`\ranalysing stories ${done}/${total}\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

export async function runIngest(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { ...DB_OPTION, 'no-analyse': { type: 'boolean', default: false }, 'allow-private-network': { type: 'boolean', default: false }, quiet: { type: 'boolean', short: 'q', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one file, folder, URL or - (see crosscheck --help)');
  const clusterer = await loadClusterer();
  const items = corpusItems([...new Set(positionals)], { stdin: io.stdin, ...(values['allow-private-network'] ? { allowPrivateNetwork: true } : {}) });
  const store = await openForWrite(values.db);
  const progress = ingestProgress(io, values.quiet);
  try {
    const c = await ingestCorpus(store, items, clusterer, { onArticle: (x) => progress.article(x) });
    const analysed = values['no-analyse'] ? 0 : await analyseStaleStories(store, (d, t) => progress.analyse(d, t));
    progress.clear();
    const totals = await store.counts();
    if (!values.quiet) {
      const skipped = c.skipped.inputs + c.skipped.records ? `, skipped ${c.skipped.inputs} input(s) and ${c.skipped.records} record(s)` : '';
      io.stderr.write(
        `crosscheck: read ${c.read} article(s): ${c.added} added, ${c.duplicates.url} duplicate URL(s), ${c.duplicates.text} duplicate text(s); ` +
          `${c.newStories} new stor${c.newStories === 1 ? 'y' : 'ies'}, ${c.merges} merge(s), ${analysed} analysed; ${c.diagnostics} diagnostic(s)${skipped}\n` +
          `crosscheck: ${values.db} now holds ${totals.articles} article(s) in ${totals.stories} stor${totals.stories === 1 ? 'y' : 'ies'}\n`,
      );
    }
    return 0;
  } finally {
    progress.clear();
    await store.close();
  }
}
