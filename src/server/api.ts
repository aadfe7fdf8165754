/**
 * The JSON API under /api/. Collections list records; `/api/<collection>/<id>`
 * returns one record or a 404 JSON body naming the id.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnalysisStore } from './analysis-store.js';
import { checkId, checkMethod, decodeSegments, isRefusal, readBody, type Refusal } from './validate.js';

/** Send a JSON body (already serialised or a value). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(text);
}

const COLLECTIONS = ['articles', 'entities', 'claims', 'quotes', 'events'] as const;
type Collection = (typeof COLLECTIONS)[number];

function records(store: AnalysisStore, c: Collection): readonly { id: string }[] {
  const a = store.current().analysis;
  return a[c];
}

/** Article listings leave the (long) text out; ask for one article to get it. */
function listing(c: Collection, xs: readonly { id: string }[]): unknown {
  if (c !== 'articles') return xs;
  return xs.map((x) => {
    const { text: _text, ...rest } = x as { id: string; text: string };
    return rest;
  });
}

/** Answer a refused request as JSON; `close` drops the connection (an unread oversized body). */
function refuse(res: ServerResponse, r: Refusal, close = false): true {
  if (close) res.setHeader('Connection', 'close');
  sendJson(res, r.status, { error: r.error });
  return true;
}

/** Handle an /api/ request; returns false when the path is not an API route. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, store: AnalysisStore): Promise<boolean> {
  if (!path.startsWith('/api/')) return false;
  const parts = decodeSegments(path.slice(5));
  if (isRefusal(parts)) return refuse(res, parts);
  const [head, id, ...extra] = parts;
  if (head === 'reload') {
    const bad = checkMethod(req.method, ['POST']);
    if (bad) return refuse(res, bad);
    const body = await readBody(req);
    if (isRefusal(body)) return refuse(res, body, true);
    const snap = await store.reload();
    sendJson(res, 200, { revision: snap.revision, error: store.lastError() });
    return true;
  }
  const badMethod = checkMethod(req.method, ['GET', 'HEAD']);
  if (badMethod) return refuse(res, badMethod);
  const snap = store.current();
  if (extra.length === 0 && id === undefined) {
    if (head === 'analysis') return sendJson(res, 200, snap.analysisJson), true;
    if (head === 'report') return sendJson(res, 200, snap.modelJson), true;
    if (head === 'revision') return sendJson(res, 200, { revision: snap.revision, articles: snap.analysis.articles.length, error: store.lastError() }), true;
  }
  const c = COLLECTIONS.find((x) => x === head);
  if (c && extra.length === 0) {
    const xs = records(store, c);
    if (id === undefined || id === '') return sendJson(res, 200, listing(c, xs)), true;
    const badId = checkId(id);
    if (badId) return refuse(res, badId);
    const found = xs.find((x) => x.id === id);
    if (found) return sendJson(res, 200, found), true;
    return sendJson(res, 404, { error: 'not found', collection: c, id }), true;
  }
  sendJson(res, 404, { error: 'not found', path });
  return true;
}
