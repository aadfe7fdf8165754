/**
 * Fetch one http(s) URL for ingestion without letting it reach private networks, hang, or fill
 * memory. node:http(s) is used instead of global fetch because it accepts a `lookup` function:
 * the host name is resolved once, every address is checked, and the connection is made to the
 * checked address (no second resolution, so DNS rebinding cannot swap in a private address).
 * Redirects are followed by hand (at most `maxRedirects`), each hop checked again.
 * Never throws for a network or content problem: the result says what went wrong.
 */
import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { formatBytes } from '../ingest/read-bounded.js';
import { blockedReason } from './address-policy.js';

export interface SafeFetchOptions {
  /** Allow loopback, private, link-local and other non-public addresses (CLI `--allow-private-network`). @default false */
  readonly allowPrivateNetwork?: boolean;
  /** Refuse a body larger than this (counted while streaming; the download is aborted past it). @default 16 MiB */
  readonly maxBytes?: number;
  /** Time allowed for the whole fetch, redirects included. @default 15000 */
  readonly timeoutMs?: number;
  /** Redirects followed before giving up. @default 5 */
  readonly maxRedirects?: number;
  /** Address policy; tests replace it. @default blockedReason (public unicast only) */
  readonly blockedReason?: (address: string) => string | null;
  /** The resolver (tests replace it, so no test asks a real DNS server). @default dns.lookup */
  readonly resolver?: typeof dnsLookup;
  /** Validators of a copy held already (page cache): sent as If-None-Match / If-Modified-Since, and a 304 answer is then a success with an empty body. */
  readonly revalidate?: Validators;
}

/** A response's cache validators, as sent back in a conditional request. */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type SafeFetchResult =
  | { readonly ok: true; readonly url: string; readonly status: 200 | 304; readonly contentType: string; readonly body: Uint8Array; readonly validators: Validators }
  | { readonly ok: false; readonly rule: SafeFetchRule; readonly message: string };

/** Diagnostic rules a failed fetch gives. */
export type SafeFetchRule = 'bad-url' | 'blocked-address' | 'too-many-redirects' | 'http-error' | 'too-large' | 'timeout' | 'dns-error' | 'fetch-error';

/** Resolver error codes that mean the host name has no address (not a refused or broken connection). */
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA']);

class Refused extends Error {
  constructor(readonly rule: SafeFetchRule, message: string) {
    super(message);
  }
}

/** A `lookup` for node:net that resolves all addresses and refuses the host when any is blocked. */
function checkedLookup(policy: (a: string) => string | null, resolver: typeof dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname, { all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const bad = addresses.map((a) => [a.address, policy(a.address)] as const).find(([, why]) => why);
      if (bad) return callback(new Refused('blocked-address', `${hostname} resolves to ${bad[0]}, a ${bad[1]} address; pass --allow-private-network to allow it`), '', 4);
      if (!addresses.length) return callback(new Error(`no address for ${hostname}`), '', 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** Fetch `url`, following redirects safely; see the module comment for the rules. */
export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const policy = options.allowPrivateNetwork ? () => null : (options.blockedReason ?? blockedReason);
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const maxRedirects = options.maxRedirects ?? 5;
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const target = parseTarget(current, policy);
      const res = await get(target, checkedLookup(policy, options.resolver ?? dnsLookup), signal, conditionalHeaders(options.revalidate));
      const location = res.headers.location;
      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
        res.resume();
        if (hop >= maxRedirects) throw new Refused('too-many-redirects', `more than ${maxRedirects} redirects (last to ${location})`);
        current = new URL(location, target).href;
        continue;
      }
      const validators = validatorsOf(res);
      if (res.statusCode === 304 && options.revalidate) {
        res.resume();
        return { ok: true, url: current, status: 304, contentType: String(res.headers['content-type'] ?? ''), body: new Uint8Array(0), validators };
      }
      if (res.statusCode !== 200) {
        res.resume();
        throw new Refused('http-error', `HTTP ${res.statusCode ?? '?'} from ${current}`);
      }
      const body = await readCapped(res, maxBytes);
      return { ok: true, url: current, status: 200, contentType: String(res.headers['content-type'] ?? ''), body, validators };
    }
  } catch (e) {
    if (e instanceof Refused) return { ok: false, rule: e.rule, message: e.message };
    if (signal.aborted) return { ok: false, rule: 'timeout', message: `no complete answer from ${current} within ${options.timeoutMs ?? 15_000} ms` };
    const code = (e as { code?: string }).code ?? '';
    if (DNS_CODES.has(code)) return { ok: false, rule: 'dns-error', message: `cannot resolve the host of ${current} (${code}): no such host, or no network` };
    return { ok: false, rule: 'fetch-error', message: `cannot fetch ${current}: ${(e as Error).message}` };
  }
}

/** Parse and check a URL before connecting: scheme, and the address itself when the host is an IP literal (no lookup happens then). */
function parseTarget(raw: string, policy: (a: string) => string | null): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Refused('bad-url', `not a URL: ${raw}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Refused('bad-url', `only http and https URLs are fetched, not ${u.protocol} (${raw})`);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const why = isIP(host) ? policy(host) : null;
  if (why) throw new Refused('blocked-address', `${host} is a ${why} address; pass --allow-private-network to allow it`);
  return u;
}

/** If-None-Match / If-Modified-Since for a copy held already. */
function conditionalHeaders(v: Validators | undefined): Record<string, string> {
  return { ...(v?.etag ? { 'if-none-match': v.etag } : {}), ...(v?.lastModified ? { 'if-modified-since': v.lastModified } : {}) };
}

function validatorsOf(res: IncomingMessage): Validators {
  const etag = res.headers.etag;
  const lastModified = res.headers['last-modified'];
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

function get(u: URL, lookup: LookupFunction, signal: AbortSignal, extra: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = { 'user-agent': 'crosscheck', accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5', ...extra };
    const req = request(u, { method: 'GET', lookup, signal, headers }, resolve);
    req.on('error', (e) => reject((e as { cause?: unknown }).cause instanceof Refused ? (e as { cause: Refused }).cause : e));
    req.end();
  });
}

/** Read a response body, aborting as soon as it passes `maxBytes`. */
async function readCapped(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (declared > maxBytes) {
    res.destroy();
    throw new Refused('too-large', `response is ${formatBytes(declared)}, over the limit of ${formatBytes(maxBytes)} (${maxBytes} bytes)`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw new Refused('too-large', `response is over the limit of ${formatBytes(maxBytes)} (${maxBytes} bytes); download aborted`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}
