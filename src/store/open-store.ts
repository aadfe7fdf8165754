/**
 * Open a store from a `--db` value: `postgres://` or `postgresql://` URLs → the PostgreSQL store
 * (loaded only when asked for, so SQLite users never load `pg`); anything else is a SQLite file path.
 */
import { UsageError } from '../errors.js';
import { DEFAULT_DB } from './default-db.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './types.js';

export { DEFAULT_DB };

/** True when `db` names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/**
 * Open the store `db` names (default: ./crosscheck.db), creating and migrating it on first use.
 * `create: false` (read commands) refuses a PostgreSQL database without a store instead of
 * creating one; for SQLite the caller checks the file exists (corpus-common.ts).
 */
export async function openStore(db: string = DEFAULT_DB, options: { readonly create?: boolean } = {}): Promise<Store> {
  if (db.trim() === '') throw new UsageError('--db needs a file path or a postgres:// URL');
  if (!isPostgresUrl(db)) return openSqliteStore(db);
  // A computed specifier: the PostgreSQL store is optional at build time and loaded on demand.
  const spec = './postgres/index.js';
  const mod = (await import(spec).catch(() => null)) as { openPostgresStore?: (url: string, o: { create?: boolean }) => Promise<Store> } | null;
  if (!mod?.openPostgresStore) throw new UsageError('this build has no PostgreSQL store; use a SQLite file path for --db');
  return mod.openPostgresStore(db, options.create === false ? { create: false } : {});
}
