/**
 * YAML front matter ("---" … "---" at the very top of a .md/.txt file). Only flat scalar fields and
 * simple lists are read, which is all article metadata needs; no YAML library is required.
 */
import { METADATA_KEYS } from '../lexicon/metadata-keys.js';
import type { RawMetadata } from './metadata.js';

export interface FrontMatter {
  readonly meta: RawMetadata;
  /** the text after the closing fence */
  readonly body: string;
  /** the front matter block as it stood (for `removed[]`) */
  readonly block: string;
}

const unquote = (v: string) => v.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

/** Split leading YAML front matter from `raw` (LF line endings expected); null when there is none. */
export function splitFrontMatter(raw: string): FrontMatter | null {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(raw);
  if (!m) return null;
  const lines = m[1]!.split('\n');
  if (!lines.some((l) => /^[A-Za-z][\w -]*:/.test(l))) return null;
  const meta: RawMetadata = {};
  for (let i = 0; i < lines.length; i++) {
    const kv = /^([A-Za-z][\w -]*?)\s*:\s*(.*)$/.exec(lines[i]!);
    if (!kv) continue;
    const field = METADATA_KEYS[kv[1]!.toLowerCase().replace(/[_-]/g, ' ')] ?? METADATA_KEYS[kv[1]!.toLowerCase()];
    let value = kv[2]!.trim();
    if (!value) {
      // a block list: "authors:\n  - Jane Roe\n  - John Doe"
      const items: string[] = [];
      while (i + 1 < lines.length && /^\s+-\s+/.test(lines[i + 1]!)) items.push(unquote(lines[++i]!.replace(/^\s+-\s+/, '')));
      value = items.join(', ');
    } else if (/^\[.*\]$/.test(value)) {
      value = value.slice(1, -1).split(',').map(unquote).filter(Boolean).join(', ');
    } else value = unquote(value);
    if (field && value && !meta[field]) meta[field] = value;
    // nested "author:\n  name: Jane Roe" is common in static-site generators
    if (field === 'author' && !value && i + 1 < lines.length) {
      const nm = /^\s+name\s*:\s*(.+)$/.exec(lines[i + 1]!);
      if (nm) meta.author = unquote(nm[1]!);
    }
  }
  return { meta, body: raw.slice(m[0].length), block: m[0].trim() };
}
