/**
 * `crosscheck export --format jsonl|csv`: claims, quotes, events and entities per story.
 * Stories without a current analysis are analysed first (one line on stderr says how many,
 * since that can take a while; on PostgreSQL the workers would have done it).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { EXPORT_FORMATS, exportLines } from '../../corpus/export-rows.js';
import type { CliIO } from '../main.js';
import { outputFormat, parseCommand } from '../parse-command.js';
import { oneOf, openForRead, shownDb } from './corpus-common.js';

export async function runExport(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand('export', args);
  const format = oneOf('--format', outputFormat(values.format, values.out, { jsonl: 'jsonl', csv: 'csv' }, 'jsonl'), EXPORT_FORMATS);
  const store = await openForRead(values.db);
  try {
    const stale = (await store.staleStories()).length;
    if (stale > 0) {
      const workers = store.kind === 'postgres' ? ` (\`crosscheck worker --db ${shownDb(values.db)}\` does this in the background)` : '';
      io.stderr.write(`crosscheck: analysing ${stale} stor${stale === 1 ? 'y' : 'ies'} with no current analysis first${workers}\n`);
    }
    const out = values.out ? createWriteStream(values.out) : io.stdout;
    try {
      for await (const line of exportLines(store, format)) if (!out.write(line)) await once(out, 'drain');
    } finally {
      if (values.out) await new Promise<void>((r) => out.end(() => r()));
    }
    return 0;
  } finally {
    await store.close();
  }
}
