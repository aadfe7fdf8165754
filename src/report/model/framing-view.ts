/**
 * The Framing section's view: one part per lens (terms, labels, scare quotes, voices,
 * tone, omissions), each with a one-line "how computed" and, per outlet, items whose
 * evidence opens the spans. Older analyses without the newer fields show what they have.
 */
import type { Analysis, Framing, Span } from '../../contract/analysis-schema.js';
import { cmp, excerpts, type ModelContext } from './context.js';
import type { FramingItem, FramingPartView } from './types.js';

type PartKey = FramingPartView['key'];

/** Titles and one-line method notes, in display order. */
const PARTS: readonly { readonly key: PartKey; readonly title: string; readonly how: string }[] = [
  {
    key: 'terms',
    title: 'Distinctive terms',
    how: "Words and two-word phrases of the outlet's own prose (not quotes, names, stop words or the words every outlet and topic uses routinely, such as “first” or “part”), ranked by the z-score of the log-odds ratio against the other outlets with an informative Dirichlet prior from the story's pooled counts plus a flat background (Monroe, Colaresi & Quinn 2008); used at least twice, z ≥ 1.",
  },
  {
    key: 'labels',
    title: 'Labels for actors',
    how: 'Labelling nouns from a word list (group, regime, hostages, captives…) with their qualifiers, tied to a named entity when a pre-modifier, appositive or copula links them; labels no other outlet uses come first.',
  },
  { key: 'scare', title: 'Scare quotes', how: 'Words in quotation marks that are not quoted speech (or fragments of up to three words inside the writer’s sentence); "only here" when no other outlet quotes them.' },
  { key: 'voices', title: 'Voices', how: 'Speakers of the quotes the outlet carries (from the quote ledger), with their role as given and their share of the quoted words.' },
  {
    key: 'tone',
    title: 'Tone',
    how: 'Mean sentence sentiment (-1…1) per outlet and over the sentences naming each main entity, from a word list; it cannot see irony, counts quoted words as the outlet’s and scores bad news negative whatever the stance.',
  },
  { key: 'omissions', title: 'Omissions', how: 'Agreed claims, timeline events and quotes that more than half of the other outlets (at least two) report and this outlet does not; the evidence is where the others report them.' },
];

const MAX_EVIDENCE = 3;
const signed = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));
const pct = (x: number) => `${Math.round(x * 100)}%`;

function itemsOf(ctx: ModelContext, f: Framing, key: PartKey): FramingItem[] {
  const item = (text: string, figure: string, spans: readonly Span[], needle: string | null = null): FramingItem => ({ text, figure, evidence: excerpts(ctx, spans.slice(0, MAX_EVIDENCE), needle) });
  switch (key) {
    case 'terms':
      return f.distinctiveTerms.map((t) => item(t.term, `z ${t.score.toFixed(2)}, ×${t.count}`, t.spans ?? [], t.term));
    case 'labels':
      return (f.labels ?? []).map((l) => item(l.label, `×${l.count}${l.name ? ` for ${l.name} (${l.link})` : ''}${l.sharedWith ? `, ${l.sharedWith} other outlet(s) too` : ', only here'}`, l.spans));
    case 'scare':
      return f.scareQuoteSpans ? f.scareQuoteSpans.map((q) => item(`“${q.text}”`, `×${q.spans.length}${q.sharedWith ? `, ${q.sharedWith} other outlet(s) too` : ', only here'}`, q.spans)) : f.scareQuotes.map((q) => item(`“${q}”`, '', []));
    case 'voices':
      return f.voices.map((v) => item(v.role ? `${v.name} (${v.role})` : v.name, `${v.quotes} quote(s)${v.share !== undefined ? `, ${pct(v.share)} of quoted words` : ''}`, v.spans ?? []));
    case 'tone':
      if (!f.tone) return [];
      return [
        item('whole outlet', `${signed(f.tone.article.score)} over ${f.tone.article.sentences} sentence(s)`, f.tone.article.spans),
        ...f.tone.entities.map((e) => item(`toward ${e.name}`, `${signed(e.score)} over ${e.sentences} sentence(s)`, e.spans)),
      ];
    case 'omissions':
      return (f.omissions ?? []).map((o) => item(o.text, `${o.kind}, reported by ${o.carriedBy} of ${o.of} outlets`, o.evidence));
  }
}

/** The framing parts with at least one item, outlets sorted by name. */
export function framingView(ctx: ModelContext, analysis: Analysis): FramingPartView[] {
  const framing = [...(analysis.framing ?? [])].sort((a, b) => cmp(a.outlet, b.outlet));
  const lexicon = framing.find((f) => f.tone)?.tone?.lexicon;
  return PARTS.map((p) => ({
    key: p.key,
    title: p.title,
    how: p.key === 'tone' && lexicon ? `${p.how} Lexicon: ${lexicon}.` : p.how,
    outlets: framing.map((f) => ({ outlet: f.outlet, items: itemsOf(ctx, f, p.key) })).filter((o) => o.items.length),
  })).filter((p) => p.outlets.length);
}
