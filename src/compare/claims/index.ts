/**
 * Claim alignment across articles: single-article quantities and ages about the same thing are
 * grouped (blocking on topic key, unit kind and — for ages — the merged person), then each group
 * is marked agreed, conflict, updated or single. Steps: 1. block, 2. intervals, 3. status,
 * 4. one figure under several wordings (blocks of equal value and compatible keys merged),
 * 5. report times of undated articles, from their place in a running count, 6. one figure in two
 * currencies from different outlets (a conflict of its own: currencies are never converted),
 * 7. a figure two or more articles give alike inside a conflict or a running count (an agreement
 * of its own, beside the conflict or update; `within` links it once ids are final).
 * Claims are sorted conflict → updated → agreed → single, then by independent sources (most
 * first), topic and first evidence, and numbered c1, c2, … in that order.
 */
import type { Claim, ClaimStatus, ClaimValue, IndependenceGroup } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import { independentCount } from '../independence/index.js';
import { quantityExtras, quantityTopicKey } from '../../extract/quantities/index.js';
import { blockClaims, type Block, type BlockEntry } from './01-block.js';
import { decideStatus, splitByReferent, type SumRelation } from './03-status.js';
import { keyGroup } from '../../extract/quantities/sum-parts.js';
import { GENERIC_HEADS } from '../../lexicon/counted-nouns.js';
import { mergeSameFigures } from './04-same-figure.js';
import { inferReportTimes } from './05-report-times.js';
import { currencyConflicts } from './06-currencies.js';
import { agreedFigures } from './07-agreed-within.js';

/** Code-unit order: locale-independent, so output is byte-identical everywhere. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const STATUS_ORDER: Readonly<Record<ClaimStatus, number>> = { conflict: 0, updated: 1, agreed: 2, single: 3 };

const byEvidence = (a: BlockEntry, b: BlockEntry) =>
  cmp(a.article, b.article) || a.record.span.start - b.record.span.start || a.record.span.end - b.record.span.end;

/**
 * The most frequent topic wording in the block (ties: a specific head before a generic one such as
 * "units", then alphabetical), so the label reads like the sources.
 */
function topicLabel(entries: readonly BlockEntry[]): string {
  const counts = new Map<string, number>();
  const generic = new Set<string>();
  for (const e of entries) {
    counts.set(e.record.topic, (counts.get(e.record.topic) ?? 0) + 1);
    if (GENERIC_HEADS.has(keyGroup(quantityTopicKey(e.record)))) generic.add(e.record.topic);
  }
  const rank = (t: string) => (generic.has(t) ? 1 : 0);
  return [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || cmp(a[0], b[0]))[0]![0];
}

/** The value an entry is shown under: measures in different units, amounts in different currencies (step 6) or over different periods are different values. */
function valueKey(e: BlockEntry): string {
  const { canonical, basis } = quantityExtras(e.record);
  return `${e.record.value}|${e.record.qualifier ?? ''}|${canonical || /^[A-Z]{3}$/.test(e.record.unit ?? '') ? e.record.unit : ''}|${basis ?? ''}`;
}

function valuesOf(entries: readonly BlockEntry[], groups: readonly IndependenceGroup[]): ClaimValue[] {
  const byValue = new Map<string, BlockEntry[]>();
  for (const e of [...entries].sort(byEvidence)) byValue.set(valueKey(e), [...(byValue.get(valueKey(e)) ?? []), e]);
  const values = [...byValue.values()].map((es): ClaimValue => {
    const first = es[0]!.record;
    const articles = [...new Set(es.map((e) => e.article))].sort();
    const attribution = [...new Set(es.map((e) => e.record.attribution).filter((a): a is string => !!a))].sort();
    return {
      value: first.text, normalized: first.value, qualifier: first.qualifier, unit: first.unit, articles,
      evidence: es.map((e) => e.record.span), ...(attribution.length ? { attribution } : {}),
      independentSources: independentCount(articles, groups),
    };
  });
  return values.sort((a, b) => (a.normalized as number) - (b.normalized as number) || cmp(a.qualifier ?? '', b.qualifier ?? '') || cmp(a.value, b.value));
}

function claimOf(block: Block, resolver: EntityResolver, groups: readonly IndependenceGroup[], inferred: ReadonlyMap<string, number>): Claim {
  const entries = block.entries;
  const first = entries[0]!.record;
  const plain = decideStatus(entries);
  // report times inferred for undated articles only ever turn a conflict into an update
  const withTimes = plain.status === 'conflict' && inferred.size > 0 ? decideStatus(entries, inferred) : null;
  const { status, updates, why } = withTimes?.status === 'updated' ? withTimes : plain;
  const articles = [...new Set(entries.map((e) => e.article))].sort();
  const personName = first.claimKind === 'age' ? ((block.entity && resolver.entity(block.entity)?.name) ?? first.subjectName) : null;
  const claim: Claim = {
    id: '',
    kind: first.claimKind,
    topic: personName ? `age of ${personName}` : topicLabel(entries),
    status,
    values: valuesOf(entries, groups),
    ...(first.claimKind === 'age' ? { subject: personName } : {}),
    articles,
    independentSources: independentCount(articles, groups),
    ...(why ? { why } : {}),
  };
  if (!updates) return claim;
  return {
    ...claim,
    updates: updates.map((u) => ({ value: u.entry.record.text, normalized: u.entry.record.value, article: u.entry.article, published: u.entry.published })),
  };
}

/**
 * Step 7: the figures two or more articles give alike inside a conflict or an update, each an
 * agreed claim. Its topic says where it comes from: "people dead (earlier count)", "(latest
 * count)" in a running count, "plants (disputed)" in a conflict. `within` holds the parent's topic until finalizeClaims replaces it
 * by the parent's id. A figure an agreed claim of the same counted thing already carries is left
 * out (one figure, one agreement).
 */
function agreedWithin(parent: Claim, block: Block, groups: readonly IndependenceGroup[]): Claim[] {
  if (parent.status !== 'conflict' && parent.status !== 'updated') return [];
  const lastStep = parent.updates?.at(-1);
  return agreedFigures(block.entries, valueKey).map((f): Claim => {
    const articles = [...new Set(f.entries.map((e) => e.article))].sort();
    const latest = lastStep !== undefined && f.entries.some((e) => e.article === lastStep.article && e.record.text === lastStep.value);
    const topic = `${parent.topic} (${parent.status === 'conflict' ? 'disputed' : latest ? 'latest count' : 'earlier count'})`;
    return {
      id: '', kind: parent.kind, topic, status: 'agreed', values: valuesOf(f.entries, groups),
      ...(parent.subject !== undefined ? { subject: parent.subject } : {}),
      articles, independentSources: independentCount(articles, groups), within: parent.topic,
    };
  });
}

/** Does an agreed claim of the same counted thing already carry the figure of `derived`? */
function alreadyAgreed(derived: Claim, group: string, agreed: readonly { claim: Claim; group: string }[]): boolean {
  const figures = new Set(derived.values.map((v) => `${String(v.normalized)}|${v.unit ?? ''}`));
  return agreed.some((a) => a.group === group && a.claim.kind === derived.kind && a.claim.values.some((v) => figures.has(`${String(v.normalized)}|${v.unit ?? ''}`)));
}

/** Every whole-and-parts sum the articles state ("10 matches — three …, seven …"), by counted thing. */
function sumRelations(extractions: readonly ArticleExtraction[]): SumRelation[] {
  const byWhole = new Map<string, SumRelation>();
  for (const x of extractions) {
    for (const q of x.quantities) {
      const { partOf } = quantityExtras(q);
      if (partOf === null) continue;
      const group = keyGroup(quantityTopicKey(q));
      const k = `${x.article.id}|${group}|${partOf}`;
      const r = byWhole.get(k) ?? { group, whole: partOf, parts: [] };
      byWhole.set(k, { ...r, parts: [...r.parts, q.value] });
    }
  }
  return [...byWhole.values()];
}

/** Align quantity and age claims across articles and decide agreed / conflict / updated / single. */
export function alignClaims(extractions: readonly ArticleExtraction[], resolver: EntityResolver, independence: readonly IndependenceGroup[]): Claim[] {
  // a block whose incompatible figures are all stated together by one article holds several
  // referents ("eight models … 134 models"): each group of compatible figures is its own claim
  const sums = sumRelations(extractions);
  // a count only implied by a list of places ("in Iowa, Illinois and Kansas") is compared, never shown alone
  const split = blockClaims(extractions, resolver).filter((b) => b.entries.some((e) => !quantityExtras(e.record).implicit)).flatMap((b) =>
    decideStatus(b.entries).status === 'conflict' ? (splitByReferent(b.entries, sums)?.map((entries) => ({ ...b, entries })) ?? [b]) : [b]);
  // "37.8 million units" and "37.8 million fire extinguishers": one figure under two wordings
  const blocks = mergeSameFigures(split);
  // an undated report's place in one running count dates its other figures
  const inferred = inferReportTimes(blocks.map((b) => decideStatus(b.entries).updates ?? []));
  const currencies = currencyConflicts(blocks);
  const made = currencies.rest.map((b) => ({ block: b, claim: claimOf(b, resolver, independence, inferred) }));
  const groupOf = (b: Block) => keyGroup(quantityTopicKey(b.entries[0]!.record));
  const agreed = made.filter((m) => m.claim.status === 'agreed').map((m) => ({ claim: m.claim, group: groupOf(m.block) }));
  const within = made.flatMap((m) => agreedWithin(m.claim, m.block, independence).filter((d) => !alreadyAgreed(d, groupOf(m.block), agreed)));
  const claims = [
    ...made.map((m) => m.claim),
    ...within,
    ...currencies.conflicts.map(({ block, why }): Claim => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a conflict has no update sequence
      const { updates, ...claim } = claimOf(block, resolver, independence, inferred);
      return { ...claim, status: 'conflict', why };
    }),
  ];
  const firstEvidence = (c: Claim) => c.values[0]?.evidence[0];
  claims.sort((a, b) => {
    const ea = firstEvidence(a);
    const eb = firstEvidence(b);
    return (
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (b.independentSources ?? 0) - (a.independentSources ?? 0) ||
      cmp(a.topic, b.topic) ||
      (ea && eb ? cmp(ea.article, eb.article) || ea.start - eb.start : 0)
    );
  });
  return claims.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}
