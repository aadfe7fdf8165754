/**
 * Step 3: whose voices an outlet carries (from the quote ledger) and which scare
 * quotes it uses (from the extraction's quote records).
 */
import type { Quote } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';

export interface Voice {
  readonly name: string;
  readonly entity: string | null;
  readonly quotes: number;
}

/** Speakers quoted in the given articles, with how many quote occurrences each has there. */
export function voicesIn(articleIds: ReadonlySet<string>, quotes: readonly Quote[]): Voice[] {
  const tally = new Map<string, { entity: string | null; quotes: number; names: Map<string, number> }>();
  for (const q of quotes) {
    for (const o of q.occurrences) {
      if (!articleIds.has(o.article)) continue;
      const name = (o.speakerName ?? q.speaker?.name ?? '').trim();
      if (!name) continue;
      // the ledger's entity only when this occurrence names the same speaker as the ledger does
      const entity = q.speaker && !q.speakerConflict && (o.speakerName === null || o.speakerName === q.speaker.name) ? q.speaker.entity : null;
      const key = entity ?? `name:${name.toLowerCase()}`;
      let t = tally.get(key);
      if (!t) tally.set(key, (t = { entity, quotes: 0, names: new Map() }));
      t.quotes++;
      const display = entity && q.speaker ? q.speaker.name : name;
      t.names.set(display, (t.names.get(display) ?? 0) + 1);
    }
  }
  const voices = [...tally.values()].map((t) => {
    const name = [...t.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    return { name, entity: t.entity, quotes: t.quotes };
  });
  return foldSurnames(voices).sort((a, b) => b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * A one-word name ("Reyes") that is the last word of exactly one fuller name in the
 * same outlet ("Tomas Reyes") is the same voice: news style names a person in full
 * once, then by surname, and the ledger may not have linked the two.
 */
function foldSurnames(voices: Voice[]): Voice[] {
  const out = new Map(voices.map((v) => [v, { ...v }]));
  for (const v of voices) {
    if (v.entity || /\s/.test(v.name)) continue;
    const full = voices.filter((w) => w !== v && /\s/.test(w.name) && w.name.split(/\s+/).pop()!.toLowerCase() === v.name.toLowerCase());
    if (full.length !== 1) continue;
    const target = out.get(full[0]!)!;
    out.set(full[0]!, { ...target, quotes: target.quotes + out.get(v)!.quotes });
    out.delete(v);
  }
  return [...out.values()];
}

/** Scare-quoted words in these extractions, first appearance first, case-insensitively distinct. */
export function scareQuotesIn(extractions: readonly ArticleExtraction[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of extractions) {
    for (const q of [...x.quotes].sort((a, b) => a.span.start - b.span.start)) {
      const text = q.text.trim().replace(/[,;:.]+$/, ''); // punctuation kept inside the marks is not part of the words
      const key = text.toLowerCase();
      if (!q.scare || !key || seen.has(key)) continue;
      seen.add(key);
      out.push(text);
    }
  }
  return out;
}
