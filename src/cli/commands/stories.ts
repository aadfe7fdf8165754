/**
 * `crosscheck stories`: the stories in the store, newest first, with the counts the story's report
 * gives ("3 conflicts, 2 updates" → conflicts 3, updates 2). A story without a current analysis
 * shows both as "-" (null in JSON); the table then ends with one line on stderr saying how many
 * and how to analyse them, so stdout stays the table alone.
 */
import { UsageError } from '../../errors.js';
import type { StoreKind, StorySummary } from '../../store/types.js';
import type { CliIO } from '../main.js';
import { parseCommand } from '../parse-command.js';
import { oneOf, openForRead, shownDb } from './corpus-common.js';

const range = (s: StorySummary) => {
  const a = s.firstPublished?.slice(0, 10) ?? '?';
  const b = s.lastPublished?.slice(0, 10) ?? '?';
  return a === b ? a : `${a}..${b}`;
};

/** A plain-text table; conflicts and updates show "-" until the story has a current analysis. */
export function storiesTable(stories: readonly StorySummary[]): string {
  const rows = [['id', 'dates', 'articles', 'conflicts', 'updates', 'outlets', 'title']];
  const count = (n: number | null) => (n === null ? '-' : String(n));
  for (const s of stories) rows.push([String(s.id), range(s), String(s.articleCount), count(s.conflicts), count(s.updates), s.outlets.join(', '), s.title ?? '']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

/** A real calendar date YYYY-MM-DD ("2026-02-30" is not one). */
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);

/** The stderr line after a table with unanalysed stories: how to analyse them on this store. */
export function notAnalysedNote(stories: readonly StorySummary[], kind: StoreKind, db: string): string {
  const n = stories.filter((s) => s.conflicts === null).length;
  if (n === 0) return '';
  const how = kind === 'postgres' ? `run \`crosscheck worker --db ${shownDb(db)}\` to analyse them (\`crosscheck story <id>\` analyses one now)` : '`crosscheck story <id>` analyses one now';
  return `crosscheck: ${n} of ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} not analysed yet (conflicts "-"); ${how}\n`;
}

export async function runStories(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand('stories', args);
  const format = oneOf('--format', values.format, ['table', 'json'] as const);
  if (values.since !== undefined && !isDate(values.since)) throw new UsageError(`--since expects a date such as 2026-03-01, got "${values.since}"`);
  const limit = values.limit === undefined ? undefined : /^\d{1,9}$/.test(values.limit) ? Number(values.limit) : NaN;
  if (limit !== undefined && !(limit > 0)) throw new UsageError(`--limit expects a positive whole number, got "${values.limit}"`);
  const store = await openForRead(values.db);
  try {
    const stories = await store.listStories({ ...(values.since ? { since: values.since } : {}), ...(limit ? { limit } : {}) });
    if (format === 'json') io.stdout.write(`${JSON.stringify(stories.map(({ updatedAt: _u, version: _v, ...s }) => s), null, 2)}\n`);
    else {
      io.stdout.write(storiesTable(stories));
      io.stderr.write(notAnalysedNote(stories, store.kind, values.db));
    }
    return 0;
  } finally {
    await store.close();
  }
}
