/** `crosscheck export --format jsonl|csv`: claims, quotes, events and entities per story. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportLines } from '../../corpus/export-rows.js';
import type { CliIO } from '../main.js';
import { DB_OPTION, oneOf, openForRead } from './corpus-common.js';

export async function runExport(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { ...DB_OPTION, format: { type: 'string', short: 'f', default: 'jsonl' }, out: { type: 'string', short: 'o' } } });
  const format = oneOf('--format', values.format, EXPORT_FORMATS);
  const store = await openForRead(values.db);
  const out = values.out ? createWriteStream(values.out) : io.stdout;
  try {
    for await (const line of exportLines(store, format)) if (!out.write(line)) await once(out, 'drain');
    return 0;
  } finally {
    if (values.out) await new Promise<void>((r) => out.end(() => r()));
    await store.close();
  }
}
