/**
 * Expand the paths given by the caller into a deterministic list of input files. Folders recurse
 * in sorted order (code-unit order, so the same tree always gives the same list); inside folders,
 * dotfiles, dot-folders and README* files are skipped with an info diagnostic (they describe a
 * corpus, they are not part of it). Paths named explicitly are always read. A missing path is
 * misuse and throws UsageError before anything is read.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../contract/analysis-schema.js';
import { UsageError } from '../errors.js';

export type Input = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' };

/** List the input files under `paths`; "-" stands for stdin. `rel` makes paths readable in diagnostics. */
export function collectInputs(paths: readonly string[], rel: (p: string) => string, diagnostics: Diagnostic[]): Input[] {
  for (const p of paths) {
    if (p === '-') continue;
    try {
      statSync(p);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
  }
  const out: Input[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (seenDirs.has(real)) return; // a symlink loop or the same folder given twice
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      diagnostics.push({ severity: 'error', rule: 'read-error', message: `cannot list folder: ${(e as Error).message}`, source: rel(dir), stage: 'ingest' });
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      if (name.startsWith('.') || /^readme(\.|$)/i.test(name)) {
        diagnostics.push({ severity: 'info', rule: 'skipped-by-name', message: `skipped ${name.startsWith('.') ? 'hidden file' : 'README'} inside a folder`, source: rel(p), stage: 'ingest' });
        continue;
      }
      let isDir = false;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        // a dangling symlink: report it when the file is read
      }
      if (isDir) walk(p);
      else out.push({ kind: 'file', path: p });
    }
  };
  for (const p of paths) {
    if (p === '-') out.push({ kind: 'stdin' });
    else if (statSync(p).isDirectory()) walk(p);
    else out.push({ kind: 'file', path: p });
  }
  // The same file reached twice (named twice, or named and inside a named folder) is read once.
  const seen = new Set<string>();
  return out.filter((i) => {
    const key = i.kind === 'stdin' ? '-' : safeRealpath(i.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The real path of `p`, or `p` itself when it cannot be resolved (a dangling symlink). */
export function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
