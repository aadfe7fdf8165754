/**
 * Request validation shared by every `serve` route (the file-backed API now, the
 * store-backed story pages later). Each check returns a refusal — status and
 * one-line reason — or null, so a route can answer 4xx before doing any work.
 */
import type { IncomingMessage } from 'node:http';

/** Limits on what a client may send. */
export const REQUEST_LIMITS = {
  /** request line URL (path + query), in bytes. */
  maxUrlBytes: 2048,
  /** one record id in a path segment, in characters. */
  maxIdChars: 256,
  /** a search term (`?q=`), in characters. */
  maxSearchChars: 200,
  /** a request body (POST /api/reload takes none), in bytes. */
  maxBodyBytes: 1024,
} as const;

/** Why a request was refused. */
export interface Refusal {
  readonly status: 400 | 405 | 413 | 414;
  readonly error: string;
}

/** True when `s` holds a C0/C1 control character (newline, NUL, ESC, …). */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** Refuse over-long request URLs (414). */
export function checkUrl(url: string | undefined): Refusal | null {
  if (Buffer.byteLength(url ?? '', 'utf8') > REQUEST_LIMITS.maxUrlBytes) return { status: 414, error: `URL longer than ${REQUEST_LIMITS.maxUrlBytes} bytes` };
  return null;
}

/** Refuse a method not in `allowed` (405). */
export function checkMethod(method: string | undefined, allowed: readonly string[]): Refusal | null {
  if (method && allowed.includes(method)) return null;
  return { status: 405, error: `${method ?? ''} not allowed; use ${allowed.join(' or ')}` };
}

/** Percent-decode path segments; malformed escapes are a 400, not a crash. */
export function decodeSegments(path: string): string[] | Refusal {
  try {
    return path.split('/').map((p) => decodeURIComponent(p));
  } catch {
    return { status: 400, error: 'malformed percent-escape in path' };
  }
}

/** Refuse a record id that no ingester could have produced (400). */
export function checkId(id: string): Refusal | null {
  if (id.length > REQUEST_LIMITS.maxIdChars) return { status: 400, error: `id longer than ${REQUEST_LIMITS.maxIdChars} characters` };
  // ids come from file names and JSON records: any printable text, but no separators or controls
  if (id === '' || hasControl(id) || /[/\\]/u.test(id)) return { status: 400, error: 'id contains a separator or control character' };
  return null;
}

/** Refuse an over-long or control-character search term (400). */
export function checkSearchTerm(q: string): Refusal | null {
  if (q.length > REQUEST_LIMITS.maxSearchChars) return { status: 400, error: `search term longer than ${REQUEST_LIMITS.maxSearchChars} characters` };
  if (hasControl(q)) return { status: 400, error: 'search term contains a control character' };
  return null;
}

/**
 * Read a request body up to `max` bytes. Past that, resolves to a 413 refusal
 * without buffering the rest (the caller closes the connection).
 */
export function readBody(req: IncomingMessage, max: number = REQUEST_LIMITS.maxBodyBytes): Promise<Buffer | Refusal> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) return Promise.resolve({ status: 413, error: `request body larger than ${max} bytes` });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.off('data', onData);
        resolve({ status: 413, error: `request body larger than ${max} bytes` });
      } else chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** True when `x` is a refusal rather than a value. */
export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && !Buffer.isBuffer(x) && !Array.isArray(x) && 'status' in x && 'error' in x;
}

/** Loopback names and addresses; anything else exposes the server to the network. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/u.test(host);
}

/** The one-line stderr warning for a non-loopback `--host`, or null for loopback. */
export function exposureWarning(host: string): string | null {
  if (isLoopbackHost(host)) return null;
  return `warning: listening on ${host}; anyone who can reach this address can read the analysed articles (no authentication)`;
}
