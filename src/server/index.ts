/**
 * `crosscheck serve`: a local web app over one analysed set of articles. With no paths (and no
 * `load`), `/` is the start page (./start): the articles are the links pasted and files dropped
 * there, and the same report viewer shows their analysis.
 * Listens on 127.0.0.1 only. The page (/, /app.js, /app.css) draws the same
 * sections as the HTML report from /api/report and polls /api/revision, so
 * it follows re-analyses triggered by file changes (fs.watch, debounced) or by
 * POST /api/reload.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Analysis } from '../contract/analysis-schema.js';
import { analyze, defaultPageCacheDir, ingestPaths, PageCache, UsageError } from '../index.js';
import { clientScript } from '../report/client-bundle.js';
import { CLIENT_CSS } from '../report/client-css.js';
import { handleApi, sendJson } from './api.js';
import { createStore, type AnalysisStore } from './analysis-store.js';
import { pageHtml } from './page.js';
import { hostAllowed, setSecurityHeaders, urlHost } from './security-headers.js';
import { DEFAULT_START_LIMITS, type StartLimits } from './start/limits.js';
import { handleStart } from './start/start-api.js';
import { START_CSS, startClientScript, startPageHtml } from './start/start-page.js';
import { Workspace } from './start/workspace.js';
import { checkUrl, isLoopbackHost } from './validate.js';
import { watchPaths, type Watcher } from './watcher.js';

export interface ServeOptions {
  /** files and folders to analyse (as for `analyze`). */
  readonly paths: readonly string[];
  /** address to listen on; non-loopback exposes the API (the CLI warns). @default '127.0.0.1' */
  readonly host?: string;
  /** TCP port; 0 picks a free one. @default 4317 */
  readonly port?: number;
  /** re-analyse when files under `paths` change. @default true */
  readonly watch?: boolean;
  /** quiet time after the last file event before re-analysing, in ms. @default 300 */
  readonly debounceMs?: number;
  /** replaces reading `paths` (tests, embedding); called again on every reload. */
  readonly load?: () => Promise<Analysis>;
  /** one line per notable event (reloads, errors). */
  readonly log?: (line: string) => void;
  /** start page: let pasted links reach loopback and private addresses. @default false */
  readonly allowPrivateNetwork?: boolean;
  /** start page: the page cache for pasted links; null for none. @default a PageCache in defaultPageCacheDir() */
  readonly pageCache?: PageCache | null;
  /** start page: bounds on inputs and uploads. @default DEFAULT_START_LIMITS */
  readonly startLimits?: Partial<StartLimits>;
}

/** The start page's state, when the server has one. */
interface StartMode {
  readonly workspace: Workspace;
  readonly limits: StartLimits;
  readonly script: string;
}

export interface ServerHandle {
  /** e.g. http://127.0.0.1:4317/ */
  readonly url: string;
  readonly port: number;
  /** re-analyse now (what a file change or POST /api/reload does). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Analyse `paths` the way `crosscheck analyze` does. */
async function analysePaths(paths: readonly string[]): Promise<Analysis> {
  const r = await ingestPaths(paths);
  return analyze({ articles: r.articles, diagnostics: r.diagnostics, skipped: r.skipped });
}

function sendText(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.end(body);
}

async function route(req: IncomingMessage, res: ServerResponse, store: AnalysisStore, port: number, script: string, host: string, start: StartMode | null): Promise<void> {
  setSecurityHeaders(res);
  if (!hostAllowed(req.headers.host, port, host)) return sendText(res, 421, 'text/plain', 'wrong host\n');
  // a cross-site page may send requests here; only same-origin callers may trigger work
  const origin = req.headers.origin;
  const own = [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://${urlHost(host)}:${port}`];
  if (origin && !own.includes(origin)) return sendJson(res, 403, { error: 'cross-origin request refused' });
  const tooLong = checkUrl(req.url);
  if (tooLong) return sendJson(res, tooLong.status, { error: tooLong.error });
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  if (start && (await handleStart(req, res, url, start.workspace, store, start.limits))) return;
  if (await handleApi(req, res, path, store)) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'text/plain', 'method not allowed\n');
  if (start && (path === '/' || path === '/index.html')) return sendText(res, 200, 'text/html', startPageHtml());
  if (start && path === '/start.js') return sendText(res, 200, 'text/javascript', start.script);
  if (start && path === '/start.css') return sendText(res, 200, 'text/css', START_CSS);
  if (path === '/' || path === '/index.html') return sendText(res, 200, 'text/html', pageHtml(store.current().model.title));
  if (path === '/app.js') return sendText(res, 200, 'text/javascript', script);
  if (path === '/app.css') return sendText(res, 200, 'text/css', CLIENT_CSS);
  sendText(res, 404, 'text/plain', 'not found\n');
}

/** The start page's workspace; `changed` runs after every change to its inputs. */
function startMode(options: ServeOptions, changed: () => void): StartMode {
  const limits = { ...DEFAULT_START_LIMITS, ...options.startLimits };
  const cache = options.pageCache === undefined ? new PageCache({ dir: defaultPageCacheDir() }) : options.pageCache;
  const workspace = new Workspace(limits, { cache, allowPrivateNetwork: options.allowPrivateNetwork ?? false, maxBytes: limits.maxPageBytes }, changed);
  return { workspace, limits, script: startClientScript() };
}

/** Start the server; resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<ServerHandle> {
  const log = options.log ?? (() => undefined);
  const host = options.host ?? '127.0.0.1';
  if (options.paths.length === 0 && !options.load && !isLoopbackHost(host)) throw new UsageError(`the start page (no paths) listens on loopback only, got host ${host}: it fetches whatever links it is sent`);
  const start = options.paths.length === 0 && !options.load ? startMode(options, () => void reload()) : null;
  const load = options.load ?? (start ? async () => analyze(start.workspace.analysisInput()) : () => analysePaths(options.paths));
  const store = await createStore(load);
  const script = clientScript();
  let port = 0;
  const server = createServer((req, res) => {
    route(req, res, store, port, script, host, start).catch((e: unknown) => {
      log(`error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4317, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  async function reload(): Promise<void> {
    const before = store.current().revision;
    const snap = await store.reload();
    const err = store.lastError();
    if (err) log(`re-analysis failed, still showing the previous result: ${err}`);
    else if (snap.revision !== before) log(`re-analysed: ${snap.analysis.articles.length} article(s), revision ${snap.revision}`);
  }
  const watcher: Watcher | null = options.watch === false ? null : watchPaths(options.paths, options.debounceMs ?? 300, () => void reload());
  return {
    url: `http://${urlHost(host)}:${port}/`,
    port,
    reload,
    close: () =>
      new Promise<void>((resolve) => {
        watcher?.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
