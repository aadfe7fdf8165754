/**
 * The PostgreSQL store: `openPostgresStore(url)` for `--db postgres://…` (loaded on demand by
 * src/store/open-store.ts, so SQLite users never load `pg`).
 */
import pg from 'pg';
import { UsageError } from '../../errors.js';
import type { Store } from '../types.js';
import { migrate } from './migrations.js';
import { PostgresStore } from './pg-store.js';

export { PostgresStore } from './pg-store.js';
export { MIGRATIONS } from './migrations.js';

export interface PostgresStoreOptions {
  /** most connections this process opens (default 10). */
  readonly maxConnections?: number;
  /**
   * Create the schema in a database that has none. Read commands pass false: asked to list an
   * empty database, they say there is no store (as for a missing SQLite file) and leave it untouched.
   * @default true
   */
  readonly create?: boolean;
}

/** Open (migrating when needed) the PostgreSQL store at `url`; an unreachable database is a usage error naming it. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store & PostgresStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle connection dropped by the server must not crash the process.
  pool.on('error', () => undefined);
  const timeout = connectTimeoutMs(url);
  let empty: boolean;
  try {
    await probe(url, timeout);
    const client = await pool.connect();
    try {
      // the migrations table is the store's mark: without it the database holds no crosscheck store
      empty = options.create === false && (await client.query<{ t: string | null }>("SELECT to_regclass('migrations')::text AS t")).rows[0]?.t == null;
      if (!empty) await migrate(client);
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new UsageError(`cannot open the store ${redact(url)}: ${openFailure(e as Error & { code?: string; address?: string; port?: number }, timeout)}`, { cause: e });
  }
  if (empty) {
    await pool.end();
    throw new UsageError(`no store in ${redact(url)} (the database has no crosscheck tables); create one with crosscheck ingest <inputs> --db ${redact(url)}`);
  }
  return new PostgresStore(pool);
}

/**
 * How long opening waits for the server, in ms: the URL's `connect_timeout` (seconds, as libpq
 * reads it), else PGCONNECT_TIMEOUT, else 10 s; 0 waits for ever. `pg` itself waits for ever, so
 * a host that drops packets or a port where something else listens silently hung the command.
 */
function connectTimeoutMs(url: string): number {
  const raw = /[?&]connect_timeout=([^&#]*)/.exec(url)?.[1] ?? process.env.PGCONNECT_TIMEOUT ?? '10';
  return /^\d{1,6}$/.test(raw) ? Number(raw) * 1000 : 10_000;
}

/**
 * One connection with that timeout before the pool is used. Only this first one is bounded: the
 * pool's own timeout would also bound waiting for a free connection under load.
 */
async function probe(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  await client.connect();
  await client.end();
}

/** Why opening failed, said the way a user can act on; the driver's message for anything else. */
function openFailure(e: Error & { code?: string; address?: string; port?: number }, timeoutMs: number): string {
  if (/timeout expired|connection timeout/i.test(e.message)) return `no answer within ${timeoutMs / 1000} s (add ?connect_timeout=<seconds> to the URL to wait longer)`;
  if (e.code === 'ECONNREFUSED') return `no PostgreSQL server answers at ${e.address ?? '?'}:${e.port ?? '?'} (connection refused)`;
  if (e.code === 'ENOTFOUND') return `host not found (${e.message})`;
  // 3D000 invalid_catalog_name: the server is up, the database is not there (we never create one)
  const db = /database "(.+)" does not exist/.exec(e.message)?.[1];
  if (e.code === '3D000' && db) return `${e.message}; create it first (createdb ${db})`;
  return e.message;
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');
}
