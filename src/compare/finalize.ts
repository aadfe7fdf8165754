/**
 * Finishing pass over the comparers' findings, run by the orchestrator once all are in.
 *
 * Each comparer numbers its own records, so ids collide when their outputs are
 * concatenated; and a comparer may leave derived fields (articles, independent
 * counts) out. This pass sorts on stable keys, renumbers and fills those fields,
 * so the output is deterministic whatever order the comparers worked in.
 */
import type { Article, Claim, ClaimValue, IndependenceGroup, Quote, Span, TimelineEvent } from '../contract/analysis-schema.js';
import { independentCount } from './independence/index.js';

const KIND_ORDER = ['quantity', 'age', 'date', 'name', 'role', 'other', 'fact'];

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort(cmp);

function firstSpan(spans: readonly Span[]): Span | undefined {
  return [...spans].sort((a, b) => cmp(a.article, b.article) || a.start - b.start || a.end - b.end)[0];
}

/** Compare two spans (undefined last) by article, then offset. */
function spanOrder(a: Span | undefined, b: Span | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return cmp(a.article, b.article) || a.start - b.start || a.end - b.end;
}

function valueArticles(v: ClaimValue): string[] {
  return sortedUnique([...v.articles, ...v.evidence.map((s) => s.article)]);
}

/** Claims sorted by kind, topic, subject and first evidence, renumbered c1…, with articles and independent counts filled. */
export function finalizeClaims(claims: readonly Claim[], groups: readonly IndependenceGroup[]): Claim[] {
  const filled = claims.map((c): Claim => {
    const values = c.values.map((v): ClaimValue => {
      const articles = v.articles.length ? v.articles : valueArticles(v);
      return { ...v, articles, independentSources: v.independentSources ?? independentCount(articles, groups) };
    });
    const articles = c.articles ?? sortedUnique(values.flatMap((v) => v.articles));
    return { ...c, values, articles, independentSources: c.independentSources ?? independentCount(articles, groups) };
  });
  const key = (c: Claim) => firstSpan(c.values.flatMap((v) => v.evidence));
  const ordered = filled
    .map((c) => ({ c, span: key(c), json: JSON.stringify(c.values) }))
    .sort(
      (x, y) =>
        KIND_ORDER.indexOf(x.c.kind) - KIND_ORDER.indexOf(y.c.kind) ||
        cmp(x.c.topic, y.c.topic) ||
        cmp(x.c.subject ?? '', y.c.subject ?? '') ||
        spanOrder(x.span, y.span) ||
        cmp(x.json, y.json),
    );
  const numbered = ordered.map(({ c }, i) => ({ ...c, id: `c${i + 1}` }));
  return numbered.map((c) => (c.within === undefined ? c : linkWithin(c, numbered)));
}

const sameSpan = (a: Span | undefined, b: Span | undefined) => !!a && !!b && a.article === b.article && a.start === b.start && a.end === b.end;

/**
 * An agreement found inside a conflict or update comes with its parent's topic in `within`: the
 * parent is the conflict or update of that topic and kind that holds the agreement's values (by
 * their evidence); `within` becomes its id, or goes when none is found.
 */
function linkWithin(c: Claim, claims: readonly Claim[]): Claim {
  const parent = claims.find(
    (p) => (p.status === 'conflict' || p.status === 'updated') && p.kind === c.kind && p.topic === c.within &&
      c.values.every((v) => p.values.some((pv) => sameSpan(pv.evidence[0], v.evidence[0]))),
  );
  if (parent) return { ...c, within: parent.id };
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped: no parent to point to
  const { within, ...rest } = c;
  return rest;
}

/** Events in date order (then first evidence), renumbered t1…, with `articles` filled from the evidence when missing. */
export function finalizeEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const ordered = events
    .map((e) => ({ e: { ...e, articles: e.articles ?? sortedUnique(e.evidence.map((s) => s.article)) }, span: firstSpan(e.evidence) }))
    .sort((x, y) => cmp(x.e.date, y.e.date) || spanOrder(x.span, y.span) || cmp(x.e.description, y.e.description));
  return ordered.map(({ e }, i) => ({ ...e, id: `t${i + 1}` }));
}

/**
 * Quotes keep the ledger's order and ids unless ids collide (then q1… in that order);
 * occurrences get their article's outlet when the ledger left it out.
 */
export function finalizeQuotes(quotes: readonly Quote[], articles: readonly Article[]): Quote[] {
  const outlet = new Map(articles.map((a) => [a.id, a.outlet]));
  const unique = new Set(quotes.map((q) => q.id)).size === quotes.length;
  return quotes.map((q, i) => ({
    ...q,
    id: unique ? q.id : `q${i + 1}`,
    occurrences: q.occurrences.map((o) => (o.outlet !== undefined ? o : { ...o, outlet: outlet.get(o.article) ?? null })),
  }));
}
