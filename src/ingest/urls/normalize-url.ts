/**
 * Two keys for a link. `normalizeUrl` is the address without what only tracks the click
 * (utm_*, fbclid, gclid, …), the fragment, a default port, and with the host in lower case and
 * the query sorted: the key of the page cache and of "this link was given twice".
 * `articleKey` goes further and folds AMP, print and mobile renderings and AMP-cache mirrors into
 * the article's own address: the key of "this article was given twice", taken from the page's
 * canonical URL when it names one (the canonical decides).
 * Both are pure and never throw; a string that is not an http(s) URL is returned trimmed.
 */
import {
  AMP_CACHE_HOSTS,
  RENDERING_HOST_PREFIXES,
  RENDERING_INFIXES,
  RENDERING_PARAMS,
  RENDERING_SEGMENTS,
  TRACKING_PARAMS,
  TRACKING_PARAM_PREFIXES,
} from '../../lexicon/url-variants.js';

const TRACKING = new Set(TRACKING_PARAMS.map((p) => p.toLowerCase()));

const isTracking = (name: string) => {
  const n = name.toLowerCase();
  return TRACKING.has(n) || TRACKING_PARAM_PREFIXES.some((p) => n.startsWith(p));
};

function parseHttp(raw: string): URL | null {
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Rebuild the query without the parameters `drop` names, sorted by name then value (stable keys). */
function keepParams(u: URL, drop: (name: string, value: string) => boolean): void {
  const kept = [...u.searchParams].filter(([k, v]) => !drop(k, v)).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
}

/** The link without click tracking, fragment or default port; host lower-cased; query sorted. */
export function normalizeUrl(raw: string): string {
  const u = parseHttp(raw);
  if (!u) return raw.trim();
  u.hash = '';
  keepParams(u, isTracking);
  return u.href;
}

/** An AMP-cache address (cdn.ampproject.org/c/s/host/path, google.com/amp/s/host/path) as the page's own address. */
function unmirror(u: URL): URL {
  if (!AMP_CACHE_HOSTS.some((h) => u.hostname === h || u.hostname.endsWith(`.${h}`))) return u;
  const m = /^\/(?:c\/|amp\/)(?:(s)\/)?([^/]+\.[^/]+)(\/.*)?$/.exec(u.pathname);
  if (!m) return u;
  return parseHttp(`${m[1] ? 'https' : 'http'}://${m[2]}${m[3] ?? '/'}${u.search}`) ?? u;
}

const renderingParam = (name: string, value: string) => {
  const values = RENDERING_PARAMS[name.toLowerCase()];
  return values === null || (values !== undefined && values.includes(value.toLowerCase()));
};

/** The article's own address: `normalizeUrl` plus AMP/print/mobile renderings folded in, scheme and `www.` ignored. */
export function articleKey(raw: string): string {
  const parsed = parseHttp(normalizeUrl(raw));
  if (!parsed) return raw.trim();
  const u = unmirror(parsed);
  keepParams(u, (k, v) => isTracking(k) || renderingParam(k, v));
  let host = u.hostname.replace(/^www\./, '');
  for (const p of RENDERING_HOST_PREFIXES) if (host.startsWith(p) && host.slice(p.length).includes('.')) host = host.slice(p.length);
  const infix = new RegExp(`\\.(?:${RENDERING_INFIXES.join('|')})(?=\\.[a-z0-9]+$)`, 'i');
  const segments = u.pathname.split('/').filter((s) => s && !RENDERING_SEGMENTS.includes(s.toLowerCase())).map((s) => s.replace(infix, ''));
  const port = u.port ? `:${u.port}` : '';
  return `${host}${port}/${segments.join('/')}${u.search}`;
}
