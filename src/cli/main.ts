/**
 * The command-line interface: a thin shell over the public API (src/index.ts).
 * Misuse exits 2 with one line on stderr; content problems are diagnostics.
 * Each command loads what it needs when it runs: the language pipeline takes about a second to
 * load, and `stories`, `search` or `export` of analysed stories never need it.
 */
import { writeFileSync } from 'node:fs';
import { isUsageError, UsageError } from '../errors.js';
import type { Analysis, AnalyzeInput, IngestResult } from '../index.js';
import { exposureWarning, isLoopbackHost } from '../server/validate.js';
import { VERSION } from '../version.js';
import { commandNamed, COMMAND_SPECS, type CommandName } from './command-specs.js';
import { commandHelp, globalHelp } from './help-text.js';
import { closest, outputFormat, parseCommand } from './parse-command.js';
import { createProgress } from './progress.js';

export interface CliIO {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
}

function parseBytes(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(s.trim());
  if (!m) throw new UsageError(`--max-bytes expects a number of bytes such as 5000000 or 50m, got "${s}"`);
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2]?.[0] ?? '').toLowerCase()] ?? 1;
  const n = Math.floor(Number(m[1]) * mult);
  if (n < 1) throw new UsageError(`--max-bytes must be at least 1 byte, got "${s}"`);
  return n;
}

/** Report formats by the file extension that names them. */
const REPORT_EXTENSIONS = { json: 'json', md: 'md', markdown: 'md', html: 'html', htm: 'html' } as const;

async function runAnalyze(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('analyze', args);
  const { splitInputs } = await import('./commands/analyze-inputs.js');
  const { links, paths } = await splitInputs(positionals, values, io.stdin);
  if (links.length === 0 && paths.length === 0) throw new UsageError(`analyze needs at least one link, file, folder or -${values.urls !== undefined ? ` (--urls ${values.urls} holds no link)` : ''} (see crosscheck analyze --help)`);
  const { MIN_PARALLEL_ARTICLES, inputsHoldAtLeast, parseJobs } = await import('./commands/analyze-jobs.js');
  const jobs = parseJobs(values.jobs);
  // worker threads start now, so that their loading overlaps ours; closed below if too few articles
  const startPool = async () => (await import('../extract/pool/extract-pool.js')).startExtractPool(jobs - 1);
  let pool = jobs > 1 && inputsHoldAtLeast(paths, links, MIN_PARALLEL_ARTICLES) ? await startPool() : null;
  try {
    return await analyzeInputs(links, paths, values, io, async (input, onArticle) => {
      const { analyze, analyzeParallel } = await import('../analyze.js');
      if (jobs > 1 && input.articles.length >= MIN_PARALLEL_ARTICLES) return analyzeParallel(input, (pool ??= await startPool()), { onArticle });
      return analyze(input, { onArticle });
    });
  } finally {
    await pool?.close();
  }
}

type AnalyzeValues = ReturnType<typeof parseCommand<'analyze'>>['values'];

/** Read the inputs, analyse them with `run`, write the report; returns the exit code. */
async function analyzeInputs(links: string[], paths: string[], values: AnalyzeValues, io: CliIO, run: (input: AnalyzeInput, onArticle: (done: number, total: number) => void) => Analysis | Promise<Analysis>): Promise<number> {
  const { loadLinks } = await import('./commands/analyze-inputs.js');
  // the public API's own modules, not all of src/index.ts: a file analysis needs neither the
  // schema objects nor the feed, WARC and link readers (and, for text, not the HTML reader)
  const { ingestPaths } = await import('../ingest/index.js');
  // only the chosen format's renderer: the HTML one alone is about 25 modules
  const { isFormat, loadRenderer, FORMATS } = await import('../report/formats.js');
  const format = outputFormat(values.format, values.out, REPORT_EXTENSIONS, 'json');
  if (!isFormat(format)) throw new UsageError(`unknown --format "${format}"; expected one of ${FORMATS.join(', ')}`);
  const maxBytes = values['max-bytes'] !== undefined ? parseBytes(values['max-bytes']) : undefined;
  const progress = createProgress(io.stderr, { quiet: values.quiet, env: io.env });
  const warn = (line: string) => void (values.quiet || io.stderr.write(`crosscheck: ${line}\n`));

  // One ingestPaths call for files and stdin ("-") keeps their ids unique; the links' ids avoid them.
  const opts = { ...(maxBytes !== undefined ? { maxBytes } : {}), onProgress: progress.ingest, stdin: io.stdin };
  const parts: IngestResult[] = paths.length ? [await ingestPaths(paths, opts)] : [];
  const taken = parts.flatMap((p) => p.articles.map((a) => a.id));
  if (links.length) parts.push(await loadLinks(links, values, { ...(maxBytes !== undefined ? { maxBytes } : {}), taken, progress, env: io.env, warn }));
  const articles = parts.flatMap((p) => p.articles);
  const diagnostics = parts.flatMap((p) => p.diagnostics);
  const skipped = { inputs: parts.reduce((n, p) => n + p.skipped.inputs, 0), records: parts.reduce((n, p) => n + p.skipped.records, 0) };

  const analysis = await run({ articles, diagnostics, skipped }, progress.analyse);
  progress.done();
  const out = (await loadRenderer(format))(analysis);
  if (values.out) writeFileSync(values.out, out);
  else io.stdout.write(out);

  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (!values.quiet) {
    const skippedNote = skipped.inputs + skipped.records ? `, skipped ${skipped.inputs} input(s) and ${skipped.records} record(s)` : '';
    io.stderr.write(`crosscheck: ${analysis.articles.length} article(s)${skippedNote}, ${analysis.diagnostics.length} diagnostic(s)${values.out ? ` → ${values.out}` : ''}\n`);
    for (const d of analysis.diagnostics.filter((x) => x.severity !== 'info').slice(0, 20)) {
      io.stderr.write(`  ${d.severity} ${d.source}${d.line ? `:${d.line}` : ''} [${d.rule}] ${d.message}\n`);
    }
  }
  if (values.strict && (skipped.inputs + skipped.records > 0 || errors > 0)) return 1;
  return 0;
}

/** The start page's link options: the page cache (or none) and the address policy. */
async function startPageOptions(values: { cache?: string | undefined; 'no-cache': boolean; 'allow-private-network': boolean }, io: CliIO) {
  const { PageCache, defaultPageCacheDir } = await import('../index.js');
  return {
    pageCache: values['no-cache'] ? null : new PageCache({ dir: values.cache ?? defaultPageCacheDir(io.env) }),
    allowPrivateNetwork: values['allow-private-network'],
  };
}

/** `serve`: analyse the paths, serve the web app on 127.0.0.1 until Ctrl-C, re-analyse on file changes. */
async function runServe(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('serve', args);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port expects 0-65535 (0 picks a free port), got "${values.port}"`);
  const startOnly = values.cache !== undefined ? 'cache' : values['no-cache'] ? 'no-cache' : values['allow-private-network'] ? 'allow-private-network' : null;
  if ((positionals.length || values.db !== undefined) && startOnly) throw new UsageError(`--${startOnly} applies to the start page (serve with no files, folders or --db)`);
  if (values.db !== undefined) {
    if (positionals.length) throw new UsageError('serve takes either paths or --db, not both');
    if (values.host !== '127.0.0.1') throw new UsageError('serve --db listens on 127.0.0.1 only; --host is not supported with --db');
    return (await import('./commands/serve-db.js')).runServeDb(values.db, port, values.quiet, io);
  }
  if (values['no-cache'] && values.cache !== undefined) throw new UsageError('--cache and --no-cache contradict each other; give one');
  const log = (line: string) => void (values.quiet || io.stderr.write(`crosscheck: ${line}\n`));
  const host = values.host;
  if (host === '') throw new UsageError('--host needs an address, e.g. 127.0.0.1');
  // the start page fetches any link it is sent: reachable from other machines it would be an open fetcher
  if (!positionals.length && !isLoopbackHost(host)) throw new UsageError(`the start page (serve with no files or folders) listens on loopback only; --host ${host} is refused`);
  const warning = exposureWarning(host);
  if (warning) io.stderr.write(`crosscheck: ${warning}\n`);
  const { startServer } = await import('../server/index.js');
  const start = positionals.length ? {} : await startPageOptions(values, io);
  const server = await startServer({ paths: positionals, host, port, watch: !values['no-watch'], log, ...start }).catch((e: unknown) => {
    if (e instanceof Error && 'code' in e && e.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pick another with --port (0 picks a free one)`);
    throw e;
  });
  // The signal handlers are in place before the URL is printed: a client that reads the URL and
  // sends Ctrl-C at once must get a clean stop, not Node's default exit by signal.
  const stopped = (await import('./commands/serve-db.js')).untilStopped(() => server.close());
  io.stdout.write(`crosscheck: serving ${server.url} (Ctrl-C to stop)\n`);
  await stopped;
  return 0;
}

/** `-h`/`--help` anywhere before a `--` asks for the help of any command. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

/** The command `name` names, or a usage error naming the closest command. */
function known(name: string): CommandName {
  const cmd = commandNamed(name);
  if (cmd) return cmd;
  const near = name.startsWith('-') ? undefined : closest(name, Object.keys(COMMAND_SPECS));
  const hint = near ? `did you mean ${near}?` : `commands: ${Object.keys(COMMAND_SPECS).join(', ')}`;
  throw new UsageError(`unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}"; ${hint} (see crosscheck --help)`);
}

/** Run the CLI with `argv` (without node and script). Returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || (first === 'help' && (rest[0] === undefined || ['help', '--help', '-h'].includes(rest[0])))) {
      io.stdout.write(globalHelp());
      return first === undefined ? 2 : 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (first === 'help') {
      io.stdout.write(commandHelp(known(rest[0]!)));
      return 0;
    }
    const cmd = known(first);
    if (wantsHelp(rest)) {
      io.stdout.write(commandHelp(cmd));
      return 0;
    }
    if (cmd === 'analyze') return await runAnalyze(rest, io);
    if (cmd === 'serve') return await runServe(rest, io);
    if (cmd === 'ingest') return await (await import('./commands/ingest.js')).runIngest(rest, io);
    if (cmd === 'stories') return await (await import('./commands/stories.js')).runStories(rest, io);
    if (cmd === 'story') return await (await import('./commands/story.js')).runStory(rest, io);
    if (cmd === 'search') return await (await import('./commands/search.js')).runSearch(rest, io);
    if (cmd === 'export') return await (await import('./commands/export.js')).runExport(rest, io);
    return await (await import('./commands/worker.js')).runWorkerCommand(rest, io);
  } catch (e) {
    if (isUsageError(e) || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(`crosscheck: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
