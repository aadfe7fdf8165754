/** `crosscheck search "<query>"`: full-text search over the stored articles. */
import { UsageError } from '../../errors.js';
import type { CliIO } from '../main.js';
import { parseCommand } from '../parse-command.js';
import { oneOf, openForRead } from './corpus-common.js';

export async function runSearch(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('search', args);
  const format = oneOf('--format', values.format, ['table', 'json'] as const);
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a query, e.g. crosscheck search "bridge closed"');
  const limit = /^\d{1,9}$/.test(values.limit) ? Number(values.limit) : NaN;
  if (!(limit > 0)) throw new UsageError(`--limit expects a positive whole number, got "${values.limit}"`);
  const store = await openForRead(values.db);
  try {
    const hits = await store.search(query, { limit });
    if (format === 'json') io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    else if (hits.length === 0) io.stdout.write(`no article matches "${query}"\n`);
    else for (const h of hits) io.stdout.write(`story ${h.storyId ?? '-'}  ${h.articleId}  ${h.outlet ?? ''}  ${h.published?.slice(0, 10) ?? ''}\n  ${h.snippet.replace(/\s+/g, ' ')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
