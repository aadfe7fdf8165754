/**
 * Unique article ids. The wanted id is a JSON record's `id` or the file's basename; a repeat gets
 * the first free suffix "-2", "-3", … in input order (which is deterministic), with an info
 * diagnostic so the renaming is visible.
 */
import type { Diagnostic } from '../contract/analysis-schema.js';

export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Reserve `wanted` (or its first free suffixed form) and return it. */
  take(wanted: string, source: string, diagnostics: Diagnostic[], line?: number): string {
    const base = wanted.trim() || 'article';
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    if (id !== base) {
      diagnostics.push({ severity: 'info', rule: 'duplicate-id', message: `article id "${base}" already used; renamed to "${id}"`, source, ...(line ? { line } : {}), stage: 'ingest' });
    }
    this.taken.add(id);
    return id;
  }
}
