/**
 * `crosscheck ingest <inputs…> [--db …]`: read files, folders, JSONL, feeds and WARC archives
 * into the store, clustering each article into a story, then bring stale story analyses up to date.
 * With a PostgreSQL store the analyses are left to `crosscheck worker` (it would otherwise redo
 * what the workers do); `--analyse` does them inline anyway, `--no-analyse` never.
 */
import { UsageError } from '../../errors.js';
import { analyseStaleStories } from '../../corpus/analyse-stories.js';
import { loadClusterer } from '../../corpus/clusterer.js';
import { ingestCorpus } from '../../corpus/ingest-corpus.js';
import { corpusItems } from '../../corpus/input-items.js';
import type { CliIO } from '../main.js';
import { parseCommand } from '../parse-command.js';
import { openForWrite, shownDb } from './corpus-common.js';
import { ingestProgress } from './ingest-progress.js';

export async function runIngest(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('ingest', args);
  if (values.analyse && values['no-analyse']) throw new UsageError('ingest: --analyse and --no-analyse contradict each other; give one');
  if (positionals.length === 0) throw new UsageError('ingest needs at least one file, folder, URL or - (see crosscheck ingest --help)');
  const clusterer = await loadClusterer();
  const items = corpusItems([...new Set(positionals)], { stdin: io.stdin, ...(values['allow-private-network'] ? { allowPrivateNetwork: true } : {}) });
  const store = await openForWrite(values.db);
  const progress = ingestProgress(io.stderr, values.quiet);
  // Ctrl-C (or SIGTERM) stops after the article in progress; what is stored is committed on close
  // and a re-run continues from there. A second Ctrl-C exits at once (the store stays consistent).
  const stop = new AbortController();
  const onSignal = () => (stop.signal.aborted ? process.exit(130) : stop.abort());
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const c = await ingestCorpus(store, items, clusterer, { onArticle: (x) => progress.article(x), signal: stop.signal });
    if (c.interrupted) {
      progress.clear();
      io.stderr.write(`crosscheck: interrupted after ${c.read} article(s) (${c.added} added); run the same ingest again to continue\n`);
      return 130;
    }
    const inline = values.analyse || (!values['no-analyse'] && store.kind !== 'postgres');
    const analysed = inline ? await analyseStaleStories(store, (d, t) => progress.analyse(d, t)) : 0;
    const leftForWorkers = !inline && !values['no-analyse'] ? (await store.staleStories()).length : 0;
    progress.clear();
    const totals = await store.counts();
    if (!values.quiet) {
      const skipped = c.skipped.inputs + c.skipped.records ? `, skipped ${c.skipped.inputs} input(s) and ${c.skipped.records} record(s)` : '';
      io.stderr.write(
        `crosscheck: read ${c.read} article(s): ${c.added} added, ${c.duplicates.url} duplicate URL(s), ${c.duplicates.text} duplicate text(s); ` +
          `${c.newStories} new stor${c.newStories === 1 ? 'y' : 'ies'}, ${c.merges} merge(s), ${analysed} analysed; ${c.diagnostics} diagnostic(s)${skipped}\n` +
          `crosscheck: ${shownDb(values.db)} now holds ${totals.articles} article(s) in ${totals.stories} stor${totals.stories === 1 ? 'y' : 'ies'}\n`,
      );
      if (leftForWorkers > 0) io.stderr.write(`crosscheck: ${leftForWorkers} stor${leftForWorkers === 1 ? 'y' : 'ies'} to analyse: run \`crosscheck worker --db ${shownDb(values.db)}\` (or ingest with --analyse)\n`);
    }
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.clear();
    await store.close();
  }
}
