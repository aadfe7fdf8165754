/**
 * Step 3: whose voices an outlet carries (from the quote ledger) and which scare
 * quotes it uses (from the extraction's quote records).
 */
import type { Quote, Span } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';

export interface Voice {
  readonly name: string;
  readonly entity: string | null;
  readonly quotes: number;
  /** the speaker's role or affiliation as the articles give it, when they do. */
  readonly role: string | null;
  /** quoted words, and their share of all words this outlet quotes. */
  readonly words: number;
  readonly share: number;
  readonly spans: Span[];
}

export interface ScareQuote {
  readonly text: string;
  readonly spans: Span[];
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const MAX_VOICE_SPANS = 5;

/** Speakers quoted in the given articles, with how many quote occurrences each has there. */
export function voicesIn(articleIds: ReadonlySet<string>, quotes: readonly Quote[]): Voice[] {
  const tally = new Map<string, { entity: string | null; quotes: number; names: Map<string, number>; role: string | null; words: number; spans: Span[] }>();
  for (const q of quotes) {
    for (const o of q.occurrences) {
      if (!articleIds.has(o.article)) continue;
      const name = (o.speakerName ?? q.speaker?.name ?? '').trim();
      if (!name) continue;
      // the ledger's entity only when this occurrence names the same speaker as the ledger does
      const entity = q.speaker && !q.speakerConflict && (o.speakerName === null || o.speakerName === q.speaker.name) ? q.speaker.entity : null;
      const key = entity ?? `name:${name.toLowerCase()}`;
      let t = tally.get(key);
      if (!t) tally.set(key, (t = { entity, quotes: 0, names: new Map(), role: null, words: 0, spans: [] }));
      t.quotes++;
      t.words += wordCount(o.text);
      t.role ??= o.speakerRole ?? q.speaker?.role ?? null;
      t.spans.push({ article: o.article, start: o.start, end: o.end });
      const display = entity && q.speaker ? q.speaker.name : name;
      t.names.set(display, (t.names.get(display) ?? 0) + 1);
    }
  }
  const voices = [...tally.values()].map((t) => {
    const name = [...t.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    return { name, entity: t.entity, quotes: t.quotes, role: t.role, words: t.words, share: 0, spans: t.spans };
  });
  const folded = foldSurnames(voices);
  const total = folded.reduce((n, v) => n + v.words, 0);
  return folded
    .map((v) => ({ ...v, share: total ? Math.round((v.words / total) * 1000) / 1000 : 0, spans: sortSpans(v.spans).slice(0, MAX_VOICE_SPANS) }))
    .sort((a, b) => b.quotes - a.quotes || b.words - a.words || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
    const short = out.get(v)!;
    out.set(full[0]!, { ...target, quotes: target.quotes + short.quotes, words: target.words + short.words, role: target.role ?? short.role, spans: [...target.spans, ...short.spans] });
    out.delete(v);
  }
  return [...out.values()];
}

function sortSpans(spans: readonly Span[]): Span[] {
  return [...spans].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
}

/**
 * A fragment of this many words or fewer, quoted inside the writer's own sentence, is a
 * word the outlet chose to hold at arm's length, even when the sentence names who said
 * it (the company held "negotiations").
 */
const MAX_SCARE_WORDS = 3;

/** Scare-quoted words in these extractions, first appearance first, case-insensitively distinct, each with where it is. */
export function scareQuotesIn(extractions: readonly ArticleExtraction[]): ScareQuote[] {
  const seen = new Map<string, ScareQuote>();
  for (const x of extractions) {
    for (const q of [...x.quotes].sort((a, b) => a.span.start - b.span.start)) {
      const text = q.text.trim().replace(/[,;:.]+$/, ''); // punctuation kept inside the marks is not part of the words
      const key = text.toLowerCase();
      if (!(q.scare || (q.partial && wordCount(text) <= MAX_SCARE_WORDS)) || !key) continue;
      let s = seen.get(key);
      if (!s) seen.set(key, (s = { text, spans: [] }));
      if (s.spans.length < MAX_VOICE_SPANS) s.spans.push({ ...q.span });
    }
  }
  return [...seen.values()];
}
