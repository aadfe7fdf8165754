/**
 * The JSON API under /api/. Collections list records; `/api/<collection>/<id>`
 * returns one record or a 404 JSON body naming the id.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnalysisStore } from './analysis-store.js';

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

/** Handle an /api/ request; returns false when the path is not an API route. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, store: AnalysisStore): Promise<boolean> {
  if (!path.startsWith('/api/')) return false;
  const parts = path.slice(5).split('/').map((p) => decodeURIComponent(p));
  const [head, id, ...extra] = parts;
  if (head === 'reload') {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST to reload' }), true;
    const snap = await store.reload();
    sendJson(res, 200, { revision: snap.revision, error: store.lastError() });
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: `${req.method ?? ''} not allowed` }), true;
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
    const found = xs.find((x) => x.id === id);
    if (found) return sendJson(res, 200, found), true;
    return sendJson(res, 404, { error: 'not found', collection: c, id }), true;
  }
  sendJson(res, 404, { error: 'not found', path });
  return true;
}
