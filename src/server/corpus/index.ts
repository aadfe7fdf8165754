/**
 * `crosscheck serve --db …`: a local web app over a corpus store — the stories list, each
 * story's analysis with why its articles are together, and full-text search. Same walls as the
 * single-story server: 127.0.0.1 only, Host and Origin checks, strict CSP, text-only DOM.
 * The store is this process's own connection; with SQLite in WAL mode `ingest` may write to the
 * same file meanwhile, and readers see each committed article as it lands.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../../store/types.js';
import { sendJson } from '../api.js';
import { hostAllowed, setSecurityHeaders } from '../security-headers.js';
import { checkMethod, checkUrl } from '../validate.js';
import { CLIENT_CSS } from '../../report/client-css.js';
import { CORPUS_CSS, corpusClientScript } from './bundle.js';
import { handleCorpusApi } from './corpus-api.js';
import { movedStoryPage } from './merged-story.js';
import { corpusPageHtml, pageKind } from './pages.js';

export interface CorpusServeOptions {
  /** an open store; the server does not close it (the caller opened it). */
  readonly store: Store;
  /** TCP port; 0 picks a free one. @default 4317 */
  readonly port?: number;
  /** one line per notable event (errors, analyses not stored). */
  readonly log?: (line: string) => void;
}

export interface CorpusServerHandle {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function sendText(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.end(body);
}


async function route(req: IncomingMessage, res: ServerResponse, o: CorpusServeOptions, port: number, script: string, log: (l: string) => void): Promise<void> {
  setSecurityHeaders(res);
  if (!hostAllowed(req.headers.host, port)) return sendText(res, 421, 'text/plain', 'wrong host\n');
  const origin = req.headers.origin;
  if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return sendJson(res, 403, { error: 'cross-origin request refused' });
  const tooLong = checkUrl(req.url);
  if (tooLong) return sendJson(res, tooLong.status, { error: tooLong.error });
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (await handleCorpusApi(req, res, url, o.store, log)) return;
  const badMethod = checkMethod(req.method, ['GET', 'HEAD']);
  if (badMethod) return sendText(res, 405, 'text/plain', 'method not allowed\n');
  if (url.pathname === '/corpus.js') return sendText(res, 200, 'text/javascript', script);
  if (url.pathname === '/app.css') return sendText(res, 200, 'text/css', CLIENT_CSS);
  if (url.pathname === '/corpus.css') return sendText(res, 200, 'text/css', CORPUS_CSS);
  const kind = pageKind(url.pathname);
  const moved = kind === 'story' ? await movedStoryPage(o.store, url.pathname) : null;
  if (moved !== null) {
    res.setHeader('Location', moved);
    return sendText(res, 308, 'text/plain', `moved to ${moved}\n`);
  }
  if (kind) return sendText(res, 200, 'text/html', corpusPageHtml(kind));
  sendText(res, 404, 'text/plain', 'not found\n');
}

/** Start the corpus server; resolves once it listens. */
export async function startCorpusServer(options: CorpusServeOptions): Promise<CorpusServerHandle> {
  const log = options.log ?? (() => undefined);
  const script = corpusClientScript();
  let port = 0;
  const server = createServer((req, res) => {
    route(req, res, options, port, script, log).catch((e: unknown) => {
      log(`error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4317, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
