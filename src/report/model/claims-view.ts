/**
 * Claims → conflicts (disputed and updated facts), agreements, single-source
 * facts, and the facts × outlets coverage matrix.
 */
import type { Analysis, Claim } from '../../contract/analysis-schema.js';
import { cmp, excerpts, uniqSorted, type ModelContext } from './context.js';
import type { ClaimView, CoverageMatrix, UpdateView, ValueView } from './types.js';
import { valueLabel } from './value-label.js';
import { factSentence } from './fact-sentence.js';

/** View of one claim with outlets and excerpts resolved. */
export function claimView(ctx: ModelContext, c: Claim, names: ReadonlyMap<string, string> = new Map()): ClaimView {
  const values: ValueView[] = c.values.map((v) => ({
    value: v.value,
    label: valueLabel(v),
    qualifier: v.qualifier,
    unit: v.unit,
    outlets: ctx.outletsOf(v.articles),
    articles: [...v.articles].sort(cmp),
    independent: v.independentSources ?? ctx.independentOf(v.articles),
    attribution: uniqSorted(v.attribution ?? []),
    evidence: excerpts(ctx, v.evidence, v.value),
  }));
  const allArticles = c.articles ?? c.values.flatMap((v) => v.articles);
  const updates: UpdateView[] = (c.updates ?? []).map((u) => ({
    value: u.value,
    article: u.article,
    outlet: ctx.outletOf(u.article),
    published: u.published,
  }));
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    topic: c.topic,
    // a subject may be an entity id; show the entity's name
    subject: c.subject ? (names.get(c.subject) ?? c.subject) : null,
    independent: c.independentSources ?? ctx.independentOf(allArticles),
    outlets: ctx.outletsOf(allArticles),
    values,
    updates,
    ...(c.kind === 'fact' ? { sentence: factSentence(c) } : {}),
  };
}

const byTopic = (a: ClaimView, b: ClaimView) => cmp(a.topic, b.topic) || cmp(a.id, b.id);
/** More independent sources first: the best-supported agreements lead. */
const bySupport = (a: ClaimView, b: ClaimView) => b.independent - a.independent || byTopic(a, b);

/** Split claims by status into the three lists the report shows. */
export function claimSections(ctx: ModelContext, analysis: Analysis): { conflicts: ClaimView[]; agreements: ClaimView[]; singles: ClaimView[] } {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const views = analysis.claims.map((c) => claimView(ctx, c, names));
  return {
    // real disagreements before superseded figures: they are what a reader must resolve
    conflicts: views.filter((v) => v.status === 'conflict' || v.status === 'updated').sort((a, b) => cmp(a.status, b.status) || byTopic(a, b)),
    agreements: views.filter((v) => v.status === 'agreed').sort(bySupport),
    singles: views.filter((v) => v.status === 'single').sort(byTopic),
  };
}

/** Facts × outlets: which value each outlet reports for each fact, null when it leaves the fact out. */
export function coverageMatrix(outlets: readonly string[], claims: readonly ClaimView[]): CoverageMatrix {
  const rows = claims.map((c) => ({
    claim: c.id,
    topic: c.topic,
    status: c.status,
    cells: outlets.map((o) => {
      const vals = c.values.filter((v) => v.outlets.includes(o)).map((v) => v.value);
      return vals.length ? vals.join(' / ') : null;
    }),
  }));
  return { outlets, rows };
}
