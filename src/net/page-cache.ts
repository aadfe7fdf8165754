/**
 * Fetched pages on disk, so a re-run of the same links is offline and byte-identical.
 *
 * Layout: `<dir>/<2 hex>/<sha-256 of the normalised URL>.page`, one file per page: a JSON header
 * line (the URL, the final URL after redirects, content type, ETag/Last-Modified, fetch time),
 * a newline, then the body bytes. Nothing from a URL becomes a path: the name is a hash, and the
 * header's URL is compared on read, so a collision or a foreign file reads as a miss.
 * Writes go to a temporary file in the same folder and are renamed into place (atomic: a reader
 * sees the old page or the new one, never half of one; a crash leaves at most a `.tmp` file that
 * the next prune removes).
 * Bounds: an entry fetched more than `maxAgeMs` ago is a miss; after each write, entries not used
 * for that long go, then the least recently used go until the whole cache is within `maxBytes`.
 * A cache that cannot be read or written never fails a run: `get` misses, `put` returns why.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Validators } from './safe-fetch.js';

/** One cached page. */
export interface CachedPage {
  /** The URL it was asked for (normalised by the caller). */
  readonly url: string;
  /** The URL the body came from, after redirects. */
  readonly finalUrl: string;
  readonly contentType: string;
  readonly validators: Validators;
  /** When the body was fetched or last revalidated (ms since the epoch). */
  readonly fetchedAt: number;
  readonly body: Uint8Array;
}

export interface PageCacheOptions {
  /** The folder; created when first written. @default defaultPageCacheDir() */
  readonly dir?: string;
  /** Total size of all entries. @default 256 MiB */
  readonly maxBytes?: number;
  /** Age past which an entry is a miss and is pruned. @default 30 days */
  readonly maxAgeMs?: number;
  /** The clock (tests). @default Date.now */
  readonly now?: () => number;
}

export const DEFAULT_CACHE_MAX_BYTES = 256 * 1024 * 1024;
export const DEFAULT_CACHE_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** `$XDG_CACHE_HOME/crosscheck/pages`, else `~/.cache/crosscheck/pages` (`%LOCALAPPDATA%\crosscheck\pages` on Windows). */
export function defaultPageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'crosscheck', 'pages');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'crosscheck', 'pages');
  return join(homedir(), '.cache', 'crosscheck', 'pages');
}

type Header = Omit<CachedPage, 'body'>;

export class PageCache {
  readonly dir: string;
  readonly maxBytes: number;
  readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(options: PageCacheOptions = {}) {
    this.dir = options.dir ?? defaultPageCacheDir();
    this.maxBytes = options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS;
    this.now = options.now ?? Date.now;
  }

  /** The file that holds `url`'s page: a hash, nothing of the URL itself. */
  pathOf(url: string): string {
    const hash = createHash('sha256').update(url).digest('hex');
    return join(this.dir, hash.slice(0, 2), `${hash}.page`);
  }

  /** The page cached for `url`, or null (absent, expired, unreadable, or another URL's). `stale` also returns expired pages (for revalidation). */
  get(url: string, options: { readonly stale?: boolean } = {}): CachedPage | null {
    const path = this.pathOf(url);
    try {
      const raw = readFileSync(path);
      const nl = raw.indexOf(0x0a);
      if (nl < 0) return null;
      const header = JSON.parse(raw.subarray(0, nl).toString('utf8')) as Header;
      if (header.url !== url || typeof header.fetchedAt !== 'number') return null;
      const expired = this.now() - header.fetchedAt > this.maxAgeMs;
      if (expired && !options.stale) return null;
      // the file's time is its last use: least recently used goes first when pruning; an expired copy read for revalidation is not a use
      if (!expired) touch(path, this.now());
      return { ...header, body: new Uint8Array(raw.subarray(nl + 1)) };
    } catch {
      return null;
    }
  }

  /** Store a page (atomically), then prune. Returns null, or why it was not stored. */
  put(page: CachedPage): string | null {
    const header: Header = { url: page.url, finalUrl: page.finalUrl, contentType: page.contentType, validators: page.validators, fetchedAt: page.fetchedAt };
    const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), page.body]);
    if (bytes.length > this.maxBytes) return `page of ${bytes.length} bytes is larger than the whole cache (${this.maxBytes} bytes)`;
    const path = this.pathOf(page.url);
    const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(tmp, bytes);
      renameSync(tmp, path);
      touch(path, this.now());
    } catch (e) {
      removeQuietly(tmp);
      return `cannot write the page cache in ${this.dir}: ${(e as Error).message}`;
    }
    this.prune();
    return null;
  }

  /** Remove expired entries and left-over temporary files, then the least recently used until within `maxBytes`. */
  prune(): void {
    const now = this.now();
    const live: { path: string; size: number; used: number }[] = [];
    for (const { path, size, used } of this.entries()) {
      // a .tmp older than a minute is a crashed write; a fresher one may be another process's
      if (path.endsWith('.tmp') ? now - used > 60_000 : now - used > this.maxAgeMs) removeQuietly(path);
      else if (path.endsWith('.page')) live.push({ path, size, used });
    }
    let total = live.reduce((n, e) => n + e.size, 0);
    live.sort((a, b) => a.used - b.used || (a.path < b.path ? -1 : 1));
    for (const e of live) {
      if (total <= this.maxBytes) break;
      removeQuietly(e.path);
      total -= e.size;
    }
  }

  /** Total bytes held (tests, diagnostics). */
  size(): number {
    return this.entries().filter((e) => e.path.endsWith('.page')).reduce((n, e) => n + e.size, 0);
  }

  private entries(): { path: string; size: number; used: number }[] {
    const out: { path: string; size: number; used: number }[] = [];
    for (const sub of safeList(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(sub)) continue;
      for (const name of safeList(join(this.dir, sub))) {
        if (!/^[0-9a-f]{64}\.page(\.\d+\.[0-9a-f]+\.tmp)?$/.test(name)) continue;
        const path = join(this.dir, sub, name);
        try {
          const st = statSync(path);
          out.push({ path, size: st.size, used: st.mtimeMs });
        } catch {
          // removed by another process meanwhile
        }
      }
    }
    return out;
  }
}

/** Mark a use; a read-only cache still serves its pages. */
function touch(path: string, ms: number): void {
  const t = new Date(ms);
  try {
    utimesSync(path, t, t);
  } catch {
    // read-only: the page is still good
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
