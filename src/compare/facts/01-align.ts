/**
 * Step 1: align facts across articles. Two facts are about the same thing when their subjects are
 * the same merged entity (or both the story's event) and their predicates are equal. Their objects
 * are compared by merged entity when the object is an entity, else by the object's key, where a key
 * that ends another key's words names the same value ("chief secretary" = "state chief secretary").
 */
import type { FactRecord } from '../../model/records.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';

export interface FactEntry {
  readonly article: string;
  readonly fact: FactRecord;
  /** merged subject: Entity.id, or "event" */
  readonly subject: string;
  /** object identity before equivalence: "e:<Entity.id>" or "p:<key>" */
  readonly object: string;
  /** the object as it reads: the merged entity's name or the phrase */
  readonly display: string;
}

export interface FactBlock {
  readonly subject: string;
  readonly predicate: string;
  readonly single: boolean;
  readonly entries: readonly FactEntry[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function entryOf(article: string, f: FactRecord, resolver: EntityResolver): FactEntry | null {
  const subject = f.subject === null ? 'event' : resolver.globalId(article, f.subject);
  if (subject === null) return null;
  const objectId = f.objectEntity === null ? null : resolver.globalId(article, f.objectEntity);
  if (objectId !== null && objectId === subject) return null;
  const object = objectId !== null ? `e:${objectId}` : `p:${f.objectKey}`;
  return { article, fact: f, subject, object, display: f.object };
}

/** Facts of all articles grouped by (merged subject, predicate), in a stable order. */
export function blockFacts(extractions: readonly ArticleExtraction[], resolver: EntityResolver): FactBlock[] {
  const blocks = new Map<string, FactEntry[]>();
  for (const x of extractions) {
    for (const f of x.facts ?? []) {
      const e = entryOf(x.article.id, f, resolver);
      if (!e) continue;
      const k = `${e.subject}\u0000${f.predicate}`;
      blocks.set(k, [...(blocks.get(k) ?? []), e]);
    }
  }
  return [...blocks.entries()]
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([, entries]) => ({ subject: entries[0]!.subject, predicate: entries[0]!.fact.predicate, single: entries.some((e) => e.fact.single), entries }));
}

/** Word-suffix equivalence of phrase keys: each key maps to the shortest key whose words end it. */
export function phraseClasses(keys: readonly string[]): Map<string, string> {
  const sorted = [...new Set(keys)].sort((a, b) => a.split(' ').length - b.split(' ').length || cmp(a, b));
  const out = new Map<string, string>();
  for (const k of sorted) {
    const base = sorted.find((b) => b !== k && out.get(b) === b && (k.endsWith(` ${b}`) || k === b));
    out.set(k, base ?? k);
  }
  return out;
}
