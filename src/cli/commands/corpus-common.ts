/**
 * What the corpus commands (ingest, stories, story, search, export) share: opening the store
 * `--db` names (the option itself is in command-specs.ts).
 */
import { existsSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { isPostgresUrl, openStore } from '../../store/open-store.js';
import type { Store } from '../../store/types.js';

/** Open the store for writing (created on first use). */
export function openForWrite(db: string): Promise<Store> {
  return openStore(db);
}

/**
 * Open an existing store for reading: a missing SQLite file, or a PostgreSQL database without
 * crosscheck's tables, is misuse, not an empty store (and reading never creates one).
 */
export function openForRead(db: string): Promise<Store> {
  if (!isPostgresUrl(db) && !existsSync(db)) throw new UsageError(`no store at ${db}; create one with crosscheck ingest <inputs> --db ${db}`);
  return openStore(db, { create: false });
}

/**
 * `db` as the commands print it: a PostgreSQL URL without its password (`user:***@host`), so a
 * summary line, a hint or an error copied into a log or an issue does not carry it.
 */
export function shownDb(db: string): string {
  return isPostgresUrl(db) ? db.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@') : db;
}

/** `value` as one of `allowed`, or a usage error naming the option. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`unknown ${option} "${value}"; expected one of ${allowed.join(', ')}`);
  return value as T;
}
