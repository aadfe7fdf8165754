/**
 * The start page's routes, on top of the report API (`/api/report`, `/api/revision`, …):
 *
 *   GET    /api/inputs                 the inputs with their state, and the limits
 *   POST   /api/inputs/links           text body, one link per line → 202, fetched in the background
 *   POST   /api/inputs/files?name=F    the file's bytes as the body → 201 once read
 *   DELETE /api/inputs/<id>            remove one input
 *   GET    /download/articles.jsonl    the analysed articles, one JSON record a line
 *   GET    /download/report.html       the analysis as the stand-alone HTML report
 *
 * Bodies are bounded before they are read (Content-Length) and while they are read; a refused
 * body closes the connection so the rest is not read.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderReport, type Article } from '../../index.js';
import type { AnalysisStore } from '../analysis-store.js';
import { sendJson } from '../api.js';
import { checkId, checkMethod, decodeSegments, isRefusal, readBody } from '../validate.js';
import { fileTooLarge, isStartRefusal, linksBodyBytes, parsePastedLinks, type StartLimits } from './limits.js';
import type { Workspace } from './workspace.js';

/** The fields of an article a JSONL record carries (what `analyze` reads back from `.jsonl`). */
export function articleRecord(a: Article): Record<string, unknown> {
  return { id: a.id, title: a.title, outlet: a.outlet, author: a.author, published: a.published, url: a.url, language: a.language, text: a.text };
}

function download(res: ServerResponse, type: string, name: string, body: string): true {
  res.statusCode = 200;
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.end(body);
  return true;
}

function refuse(res: ServerResponse, r: { status: number; error: string }, close = false): true {
  if (close) res.setHeader('Connection', 'close');
  sendJson(res, r.status, { error: r.error });
  return true;
}

/** Handle a start-page route; false when `path` is not one. */
export async function handleStart(req: IncomingMessage, res: ServerResponse, url: URL, ws: Workspace, store: AnalysisStore, limits: StartLimits): Promise<boolean> {
  const path = url.pathname;
  if (path === '/download/articles.jsonl' || path === '/download/report.html') {
    const bad = checkMethod(req.method, ['GET', 'HEAD']);
    if (bad) return refuse(res, bad);
    const analysis = store.current().analysis;
    if (path.endsWith('.html')) return download(res, 'text/html', 'crosscheck-report.html', renderReport(analysis, 'html'));
    return download(res, 'application/x-ndjson', 'crosscheck-articles.jsonl', analysis.articles.map((a) => `${JSON.stringify(articleRecord(a))}\n`).join(''));
  }
  if (path !== '/api/inputs' && !path.startsWith('/api/inputs/')) return false;
  const parts = decodeSegments(path.slice('/api/inputs'.length));
  if (isRefusal(parts)) return refuse(res, parts);
  const [, head, ...extra] = parts;
  if (head === undefined || (head === '' && !extra.length)) {
    const bad = checkMethod(req.method, ['GET', 'HEAD']);
    if (bad) return refuse(res, bad);
    const snap = store.current();
    return sendJson(res, 200, { version: ws.version, revision: snap.revision, articles: snap.analysis.articles.length, inputs: ws.list(), limits }), true;
  }
  if (extra.length) return refuse(res, { status: 404, error: `no such route: ${path}` });
  if (head === 'links' || head === 'files') {
    const bad = checkMethod(req.method, ['POST']);
    if (bad) return refuse(res, bad);
    const body = await readBody(req, head === 'links' ? linksBodyBytes(limits) : limits.maxFileBytes);
    if (isRefusal(body)) return refuse(res, head === 'files' ? fileTooLarge(limits) : body, true);
    if (head === 'files') {
      const added = await ws.addFile(url.searchParams.get('name') ?? '', body);
      return isStartRefusal(added) ? refuse(res, added) : (sendJson(res, 201, { input: added }), true);
    }
    const links = parsePastedLinks(body.toString('utf8'), limits);
    if (isStartRefusal(links)) return refuse(res, links);
    const added = ws.addLinks(links);
    return isStartRefusal(added) ? refuse(res, added) : (sendJson(res, 202, added), true);
  }
  const bad = checkMethod(req.method, ['DELETE']) ?? checkId(head);
  if (bad) return refuse(res, bad);
  if (!ws.remove(head)) return refuse(res, { status: 404, error: `no input "${head}"` });
  return sendJson(res, 200, { removed: head, version: ws.version }), true;
}
