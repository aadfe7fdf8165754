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
}

/** Open (migrating when needed) the PostgreSQL store at `url`; an unreachable database is a usage error naming it. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store & PostgresStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle connection dropped by the server must not crash the process.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new UsageError(`cannot open the store ${redact(url)}: ${openFailure(e as Error & { code?: string; address?: string; port?: number })}`, { cause: e });
  }
  return new PostgresStore(pool);
}

/** Why opening failed, said the way a user can act on; the driver's message for anything else. */
function openFailure(e: Error & { code?: string; address?: string; port?: number }): string {
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
