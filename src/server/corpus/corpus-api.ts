/**
 * The corpus JSON API (GET only):
 *   /api/stories?since=&q=&limit=   newest first, with the store's counts and kind
 *   /api/stories/:id                the story's Analysis (the analysis contract)
 *   /api/stories/:id/report         what the story page draws: summary + report model
 *   /api/stories/:id/members        why each article is in the story (join reasons, merges)
 *   /api/search?q=&limit=           full-text hits, matches between the returned markers
 * Bad parameters are 400, unknown stories 404, other methods 405 — always a JSON `{ error }`. A story
 * merged into another is a 308 to the same path of the story holding its articles now, with a
 * JSON body saying where it went (merged-story.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildReportModel } from '../../report/model/index.js';
import type { Store, StorySummary } from '../../store/types.js';
import { sendJson } from '../api.js';
import { checkMethod, decodeSegments, isRefusal } from '../validate.js';
import { mergedBody } from './merged-story.js';
import { limitParam, queryParam, sinceParam, storyId, unknownParams, type Checked } from './params.js';
import { storyAnalysis } from './story-analysis.js';

/** Private-use characters around search matches: never typed by users, split on by the client. */
export const SEARCH_MARKERS = ['\uE000', '\uE001'] as const;
/** With `q`, the stories list filters at most this many of the newest stories. */
export const FILTER_WINDOW = 5000;

type Reply = readonly [status: number, body: unknown, location?: string];
const notFound = (what: string): Reply => [404, { error: `no ${what}` }];

/** No story `id`: a 308 to where it went when it was merged away, else a 404. */
async function gone(store: Store, id: number, view: string | undefined): Promise<Reply> {
  const to = await store.mergedInto(id);
  return to ? [308, mergedBody(id, to), `/api/stories/${to.into}${view === undefined ? '' : `/${view}`}`] : notFound(`story ${id}`);
}

function firstError(...checks: Checked<unknown>[]): string | null {
  for (const c of checks) if (!c.ok) return c.error;
  return null;
}

/** Title or outlet contains every word of `q` (case-insensitive). */
function matchesText(s: StorySummary, q: string): boolean {
  const hay = `${s.title ?? ''} ${s.outlets.join(' ')}`.toLowerCase();
  return q.toLowerCase().split(/\s+/).every((w) => hay.includes(w));
}

async function stories(store: Store, params: URLSearchParams): Promise<Reply> {
  const unknown = unknownParams(params, ['since', 'q', 'limit']);
  const since = sinceParam(params.get('since'));
  const q = queryParam(params.get('q'), false);
  const limit = limitParam(params.get('limit'), 100);
  const err = unknown ?? firstError(since, q, limit);
  if (err || !since.ok || !q.ok || !limit.ok) return [400, { error: err }];
  const opts = since.value ? { since: since.value } : {};
  // counts first: the list is then at least as new as the counts (both only grow during ingest)
  const counts = await store.counts();
  const list = q.value
    ? (await store.listStories({ ...opts, limit: FILTER_WINDOW })).filter((s) => matchesText(s, q.value)).slice(0, limit.value)
    : await store.listStories({ ...opts, limit: limit.value });
  // storeKind: the page explains a story not analysed yet by how this store analyses (workers on PostgreSQL)
  return [200, { counts, storeKind: store.kind, stories: list }];
}

async function search(store: Store, params: URLSearchParams): Promise<Reply> {
  const unknown = unknownParams(params, ['q', 'limit']);
  const q = queryParam(params.get('q'), true);
  const limit = limitParam(params.get('limit'), 20);
  const err = unknown ?? firstError(q, limit);
  if (err || !q.ok || !limit.ok) return [400, { error: err }];
  const hits = await store.search(q.value, { limit: limit.value, markers: SEARCH_MARKERS });
  return [200, { query: q.value, markers: SEARCH_MARKERS, hits }];
}

async function story(store: Store, idText: string, view: string | undefined, params: URLSearchParams, log: (l: string) => void): Promise<Reply> {
  const id = storyId(idText);
  if (!id.ok) return [400, { error: id.error }];
  const unknown = unknownParams(params, []);
  if (unknown) return [400, { error: unknown }];
  if (view === 'members') {
    const summary = await store.getStory(id.value);
    if (!summary) return gone(store, id.value, view);
    return [200, { storyId: id.value, members: await store.storyMembers(id.value), merges: await store.storyMerges(id.value) }];
  }
  const analysis = await storyAnalysis(store, id.value, log);
  if (!analysis) return gone(store, id.value, view);
  if (view === undefined) return [200, analysis];
  return [200, { story: await store.getStory(id.value), model: buildReportModel(analysis) }];
}

async function dispatch(store: Store, parts: readonly string[], params: URLSearchParams, log: (l: string) => void): Promise<Reply> {
  const [head, id, view, ...extra] = parts;
  if (head === 'stories' && id === undefined) return stories(store, params);
  if (head === 'search' && id === undefined) return search(store, params);
  if (head === 'stories' && id !== undefined && extra.length === 0 && (view === undefined || view === 'members' || view === 'report')) return story(store, id, view, params, log);
  return [404, { error: 'no such API route' }];
}

/** Answer an /api/ request from the store; false when `path` is not under /api/. */
export async function handleCorpusApi(req: IncomingMessage, res: ServerResponse, url: URL, store: Store, log: (l: string) => void): Promise<boolean> {
  if (!url.pathname.startsWith('/api/')) return false;
  const parts = decodeSegments(url.pathname.slice(5));
  if (isRefusal(parts)) return sendJson(res, parts.status, { error: parts.error }), true;
  const badMethod = checkMethod(req.method, ['GET', 'HEAD']);
  if (badMethod) return sendJson(res, badMethod.status, { error: badMethod.error }), true;
  const [status, body, location] = await dispatch(store, parts, url.searchParams, log);
  if (location !== undefined) res.setHeader('Location', location);
  sendJson(res, status, body);
  return true;
}
