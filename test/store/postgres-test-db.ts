/**
 * Throwaway PostgreSQL databases for tests: each call creates `crosscheck_test_<random>` on the
 * server at 127.0.0.1:5432 (or CROSSCHECK_TEST_PG, a server URL without a database), and
 * `dropAll` removes every one created. Tests skip with a message when no server answers.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const SERVER = process.env.CROSSCHECK_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432';
const created: string[] = [];

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: `${SERVER}/postgres`, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** True when the test server answers. */
export async function postgresReachable(): Promise<boolean> {
  try {
    await admin((c) => c.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

/** A new empty database; returns its URL. The name is random letters and digits, so quoting it is safe. */
export async function createTestDatabase(): Promise<string> {
  const name = `crosscheck_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return `${SERVER}/${name}`;
}

/** Drop every database this process created (FORCE ends connections a failed test left open). */
export async function dropTestDatabases(): Promise<void> {
  const names = created.splice(0);
  await admin(async (c) => {
    for (const n of names) await c.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
  });
}

/** Message for skipped suites. */
export const NO_POSTGRES = `PostgreSQL not reachable at ${SERVER}; start it (see .ci/run) to run the PostgreSQL tests`;
