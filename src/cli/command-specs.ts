/**
 * Every command's options, usage lines and example, in one table: the parser reads its options
 * from here and `crosscheck <command> --help` prints them, so the help cannot list an option the
 * command refuses, or miss one it takes. Defaults shown in the help are the ones the parser uses.
 */
import { DEFAULT_DB } from '../store/default-db.js';

/** One option: what parseArgs needs, plus the help line. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value parseArgs fills in when the option is absent (and the help shows). */
  readonly default?: string | boolean;
  /** The value's placeholder in the help, e.g. `<file>`. */
  readonly arg?: string;
  /** The default as the help states it when it is not a fixed value (`json, or from --out's extension`). */
  readonly shownDefault?: string;
  readonly help: string;
}

/** One command's help and options. */
export interface CommandSpec {
  readonly summary: string;
  readonly usage: readonly string[];
  /** Whether the command takes arguments other than options (paths, a query, a story id). */
  readonly positionals: boolean;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly example: string;
  /** Lines after the example: inputs, exit codes, where the command's work goes. */
  readonly notes?: readonly string[];
}

const db = { type: 'string', default: DEFAULT_DB, arg: '<file|postgres://…>', help: 'the store: a SQLite file, or a PostgreSQL URL' } as const;
const quiet = { type: 'boolean', short: 'q', default: false, help: 'no progress or summary on stderr' } as const;
const tableOrJson = { type: 'string', short: 'f', default: 'table', arg: '<table|json>', help: 'output format' } as const;
/** `--format` when its default comes from `--out`'s extension. */
const formatByOut = (formats: string, fallback: string, help = 'output format') =>
  ({ type: 'string', short: 'f', arg: `<${formats}>`, shownDefault: `${fallback}, or from --out's extension`, help }) as const;
/** `--out`, naming the extensions that choose a format. */
const outFile = (extensions: string) => ({ type: 'string', short: 'o', arg: '<file>', help: `write to a file (${extensions}) instead of stdout` }) as const;

const analyze = {
  summary: 'analyse articles about one story: links, files or both',
  usage: ['crosscheck analyze <urls|files|folders|-> [options]', 'crosscheck analyze --urls links.txt [files…] [options]'],
  positionals: true,
  options: {
    format: formatByOut('json|md|html', 'json'),
    out: outFile('.json, .md, .html'),
    urls: { type: 'string', arg: '<file>', help: 'read links from a file, one per line (# starts a comment); - for stdin' },
    cache: { type: 'string', arg: '<dir>', shownDefault: '$XDG_CACHE_HOME/crosscheck/pages or ~/.cache/crosscheck/pages', help: 'page cache folder: a re-run of the same links is offline' },
    'no-cache': { type: 'boolean', default: false, help: 'fetch every link, keep nothing on disk' },
    refresh: { type: 'boolean', default: false, help: 'ask the servers again for cached pages (ETag/Last-Modified: unchanged pages are not downloaded)' },
    'allow-private-network': { type: 'boolean', default: false, help: 'let links reach loopback and private addresses' },
    strict: { type: 'boolean', default: false, help: 'exit 1 when any link failed, any input was skipped or any error diagnostic was raised' },
    'max-bytes': { type: 'string', arg: '<n>', shownDefault: '16m = 16 MiB', help: 'refuse input files and pages larger than n bytes; suffixes k, m, g' },
    jobs: { type: 'string', short: 'j', arg: '<n>', shownDefault: '1', help: 'extract articles on n threads, from 32 articles on (same output)' },
    quiet,
  },
  example: 'crosscheck analyze https://news.example/a https://other.example/b --format html --out report.html',
  notes: [
    'Inputs: http(s) links (HTML article pages), .txt .md .html .htm .json .jsonl files, folders (recursive), or - for JSONL on stdin.',
    'A link that fails (no such host, HTTP error, not HTML, too large, too little text) is reported and the others are analysed.',
    'One article given twice (AMP or print version, tracking parameters, redirects) counts once; its canonical URL decides.',
    'Exit codes: 0 ok, 1 --strict and something failed or was skipped, 2 misuse.',
  ],
} as const satisfies CommandSpec;

export const COMMAND_SPECS = {
  analyze,
  serve: {
    summary: 'a local web app: paste links or drop files (no inputs), browse files, or a corpus store',
    usage: [
      'crosscheck serve [--port 4317] [--allow-private-network]',
      'crosscheck serve <files|folders> [--host 127.0.0.1] [--port 4317] [--no-watch]',
      'crosscheck serve --db <store> [--port 4317]',
    ],
    positionals: true,
    options: {
      host: { type: 'string', default: '127.0.0.1', arg: '<address>', help: 'address to listen on (files only; anything but loopback prints a warning)' },
      port: { type: 'string', short: 'p', default: '4317', arg: '<port>', help: 'port to listen on; 0 picks a free one' },
      'no-watch': { type: 'boolean', default: false, help: 'do not re-analyse when the files change' },
      db: { type: 'string', arg: '<file|postgres://…>', help: 'serve a corpus store (stories, story pages, search) instead of files' },
      cache: { type: 'string', arg: '<dir>', shownDefault: '$XDG_CACHE_HOME/crosscheck/pages or ~/.cache/crosscheck/pages', help: 'start page: page cache folder for pasted links' },
      'no-cache': { type: 'boolean', default: false, help: 'start page: fetch every pasted link, keep nothing on disk' },
      'allow-private-network': { type: 'boolean', default: false, help: 'start page: let pasted links reach loopback and private addresses' },
      quiet,
    },
    example: 'crosscheck serve --port 0',
    notes: [
      'With no files or folders, the page at the printed address is a start page: paste links, drop files (.txt .md .html .json .jsonl), see the analysis.',
      'Ctrl-C stops the server.',
    ],
  },
  ingest: {
    summary: 'store articles, clustered into stories (idempotent)',
    usage: ['crosscheck ingest <files|folders|-|.jsonl|feeds|URLs|.warc(.gz)…> [options]'],
    positionals: true,
    options: {
      db,
      'no-analyse': { type: 'boolean', default: false, help: 'store and cluster only; analyse later (story, worker)' },
      analyse: { type: 'boolean', default: false, help: 'analyse changed stories now, also on PostgreSQL (where workers do it otherwise)' },
      'allow-private-network': { type: 'boolean', default: false, help: 'let URLs reach loopback and private addresses' },
      quiet,
    },
    example: 'crosscheck ingest feeds/ dump.jsonl --db crosscheck.db',
    notes: ['Ctrl-C stops after the article in progress (exit 130); run the same ingest again to continue.'],
  },
  stories: {
    summary: 'list the stories in a store, newest first',
    usage: ['crosscheck stories [options]'],
    positionals: false,
    options: {
      db,
      since: { type: 'string', arg: '<YYYY-MM-DD>', help: 'only stories published or changed since this date' },
      limit: { type: 'string', arg: '<n>', shownDefault: 'all', help: 'at most n stories' },
      format: tableOrJson,
    },
    example: 'crosscheck stories --db crosscheck.db --since 2026-03-01 --limit 20',
  },
  story: {
    summary: 'the full analysis of one story, and why its articles are together',
    usage: ['crosscheck story <id> [options]'],
    positionals: true,
    options: {
      db,
      format: formatByOut('json|md|html|why', 'json', 'output format; why prints only the join reasons'),
      out: outFile('.json, .md, .html'),
    },
    example: 'crosscheck story 12 --db crosscheck.db --format md',
  },
  search: {
    summary: 'full-text search over the stored articles',
    usage: ['crosscheck search "<query>" [options]'],
    positionals: true,
    options: {
      db,
      limit: { type: 'string', default: '20', arg: '<n>', help: 'at most n hits' },
      format: tableOrJson,
    },
    example: 'crosscheck search "bridge closed" --db crosscheck.db',
    notes: ['Every word must occur; words joined by punctuation (U.S., 2026-03-04) match as a phrase. Matches are shown «like this».'],
  },
  export: {
    summary: 'claims, quotes, events and entities of every story',
    usage: ['crosscheck export [options]'],
    positionals: false,
    options: {
      db,
      format: formatByOut('jsonl|csv', 'jsonl'),
      out: outFile('.jsonl, .csv'),
    },
    example: 'crosscheck export --db crosscheck.db --out rows.csv',
  },
  worker: {
    summary: 'run extraction and story analysis jobs from the PostgreSQL queue',
    usage: ['crosscheck worker --db postgres://… [options]'],
    positionals: false,
    options: {
      db: { type: 'string', arg: '<postgres://…>', help: 'the PostgreSQL store whose queue to work on (required)' },
      concurrency: { type: 'string', default: '4', arg: '<n>', help: 'jobs at a time, 1 to 64' },
      once: { type: 'boolean', default: false, help: 'drain the queue and exit instead of waiting for more' },
      quiet,
    },
    example: 'crosscheck worker --db postgres://localhost/crosscheck --concurrency 8',
    notes: ['Start several, on one machine or many; they share the work. Ctrl-C stops after the current batch.'],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_SPECS;

/** Other names a command answers to. */
export const ALIASES: Readonly<Record<string, CommandName>> = { analyse: 'analyze' };

/** The command `name` stands for (an alias resolved), or undefined. */
export function commandNamed(name: string): CommandName | undefined {
  return Object.hasOwn(COMMAND_SPECS, name) ? (name as CommandName) : ALIASES[name];
}
