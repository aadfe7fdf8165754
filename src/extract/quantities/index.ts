/**
 * Quantity and age stage: figures and ages stated in one article, each with what it counts
 * (a topic comparable across outlets), its qualifier, unit, in-text source and sentence.
 * Steps run per sentence, in order:
 *   1. ages attached to people (their figures are then off-limits to step 2),
 *   2. figures with multiplier and unit, 3. exclusions (dates, labels, quotations, times…),
 *   4. qualifier, 5. counted thing → topic, 6. attribution.
 * A counted noun is remembered across figures so that "The boat carried 80 passengers. At least
 * 12 are feared dead" gives "passengers dead" for 12.
 */
import type { DateMention, EntityLayer, Mention, QuantityRecord, QuoteRecord } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { sentenceSpan, spanOf } from '../context.js';
import { COUNTED_NOUNS, NON_TOPIC_NOUNS } from '../../lexicon/counted-nouns.js';
import { ARTICLE_NUMBER_WORDS, CARDINAL_WORDS, FRACTION_WORDS } from '../../lexicon/number-words.js';
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import { MONTH_WORDS } from '../../lexicon/number-reference-words.js';
import { DIRECTION_STATES, STATE_WORDS } from '../../lexicon/quantity-states.js';
import { findAges, type MentionIndex } from './01-ages.js';
import { findNumbers } from './02-find-numbers.js';
import { exclusionRule, type ExclusionInputs } from './03-exclusions.js';
import { attachQualifier } from './04-qualifier.js';
import { countedThing, type Carry, type CountedThing } from './05-counted-thing.js';
import { attributionCues, attributionFor } from './06-attribution.js';
import { latestYear, otherEventOf } from './event-scope.js';
import { canonicalOf, type Canonical } from './canonical.js';
import { countScopeOf, type CountScope } from './count-scope.js';
import { asOfClock } from './as-of.js';
import { ageBandIn, populationOf } from './population-scope.js';
import { findRanks } from './ranks.js';
import { RANK_SUPERLATIVES } from '../../lexicon/rank-words.js';
import { markSumParts } from './sum-parts.js';
import { placeLists } from './place-lists.js';
import { quotedRanges, rangeSet } from './range-set.js';
import { viewSentence } from './sentence-view.js';
import { mergeRanges } from './ranges.js';
import { termEnds } from './term-end.js';
import { ANAPHORA_STAGE } from '../dates/anaphora.js';

export const QUANTITY_STAGE = 'quantities';

/** Words before a figure that compare it with the one just given ("up from £180m", "against 51%", "275 and not 288"). */
const COMPARED_WITH = new Set(['from', 'with', 'against', 'versus', 'vs', 'not']);

/** Links between two shares stated in parallel ("27% in women and 19% in men", "40%, 35% and 25%"). */
const PARALLEL_LINKS = new Set(['and', 'or', ',', 'while', 'against', 'versus', 'vs']);

/**
 * Words a few tokens before a figure that make it an earlier report of the figure ("the toll was
 * earlier put at 288", "had initially put the toll at six"): kept as its own claim, never as the
 * article's current value of a running count.
 */
const EARLIER_REPORT_WORDS = new Set(['earlier', 'previously', 'initially', 'originally']);
const EARLIER_REACH = 6;
/** Report verbs after "had" ("had put the death toll at six"): a past perfect report is an earlier one. */
const REPORT_VERBS = new Set(['put', 'given', 'reported', 'estimated', 'set', 'said', 'announced']);

/**
 * Is the figure at token `first` an earlier report in its clause: "earlier put at 288", "had put
 * the toll at six", "rose from an announced 67" (a change verb, then "from" up to three tokens before)?
 */
function earlierReport(v: ReturnType<typeof viewSentence>, first: number): boolean {
  const clause = v.clause(first);
  for (let k = first - 1; k >= first - EARLIER_REACH && v.clause(k) === clause; k--) {
    if (EARLIER_REPORT_WORDS.has(v.low(k))) return true;
    if (v.low(k) === 'had' && (REPORT_VERBS.has(v.low(k + 1)) || REPORT_VERBS.has(v.low(k + 2)))) return true;
  }
  for (let k = first - 1; k >= first - 3 && v.clause(k) === clause; k--) {
    if (v.low(k) !== 'from') continue;
    const verb = v.low(k - 1);
    return verb === 'revised' || DIRECTION_STATES.has(STATE_WORDS[verb] ?? '');
  }
  return false;
}

/**
 * Date expressions whose figures are parts of the date (a month name, a year, 12/03, an ordinal).
 * A date found around a figure without one of these ("rose to 19 on Monday") does not make the
 * figure part of the date.
 */
const DATE_WITH_FIGURES = new RegExp(`\\b(?:${[...MONTH_WORDS].join('|')})\\b|\\d{4}|\\d[/.-]\\d|\\d(?:st|nd|rd|th)\\b`, 'i');

/**
 * A QuantityRecord with what claim alignment needs beyond the record: the blocking key
 * (modifier|group|state), the value in its dimension's canonical unit (a measure, or money per
 * year), the basis of money over a period ("per week") and the count's scope (total or part).
 */
export type KeyedQuantity = QuantityRecord & {
  readonly topicKey?: string;
  readonly canonical?: Canonical;
  readonly basis?: string;
  readonly scope?: CountScope;
  /** a part of a whole its sentence states with the parts adding up to it ("10 matches — three …, seven …"): the whole's value. */
  readonly partOf?: number;
  /** a count the text implies without a figure ("in Iowa, Illinois and Kansas": three states), compared only beside a written one. */
  readonly implicit?: boolean;
  /** the lower end of a range ("10 to 15 people": 10), in the written unit; `value` is the upper end. */
  readonly low?: number;
  /** the time of day the count is given for ("as of 8 p.m."), in minutes after midnight. */
  readonly asOf?: number;
};

/** The extra alignment fields of a quantity record (absent on records from older stores). */
export function quantityExtras(q: QuantityRecord): { canonical: Canonical | null; basis: string | null; scope: CountScope | null; partOf: number | null; implicit: boolean; low: number | null; asOf: number | null } {
  const k = q as KeyedQuantity;
  return { canonical: k.canonical ?? null, basis: k.basis ?? null, scope: k.scope ?? null, partOf: k.partOf ?? null, implicit: k.implicit ?? false, low: k.low ?? null, asOf: k.asOf ?? null };
}

/** The blocking key of a quantity record: its topicKey when the stage set one, else its topic. */
export function quantityTopicKey(q: QuantityRecord): string {
  return (q as KeyedQuantity).topicKey ?? q.topic.toLowerCase();
}

/** The things counted are not their own source ("the number of side effects reported"). */
function sourceOf(attribution: string | null, head: string): string | null {
  return attribution && attribution.toLowerCase().endsWith(head) ? null : attribution;
}

/** A counted noun right after the figure: then it is not an earlier value of the previous figure. */
function knownNounAfter(v: ReturnType<typeof viewSentence>, hit: { last: number }): boolean {
  return COUNTED_NOUNS[v.low(hit.last)] !== undefined;
}

// A Set rather than lookups on the lexicon records: keyed property loads with token strings are
// several times slower, and this test runs on every token of the article.
const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(CARDINAL_WORDS), ...Object.keys(ARTICLE_NUMBER_WORDS), ...Object.keys(FRACTION_WORDS)]);

/** Cheap test before any per-sentence work: most sentences hold no figure at all. */
function mayHoldFigure(tokens: NlpDoc['tokens'], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.type === 'number' || NUMBER_WORDS.has(t.lower)) return true;
  }
  return false;
}

function mentionIndex(entities: EntityLayer): MentionIndex {
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  const people = new Map<number, Mention[]>();
  for (const m of entities.mentions) {
    if (!byStart.has(m.span.start)) byStart.set(m.span.start, m);
    byEnd.set(m.span.end, m);
    if (m.type === 'person' || m.type === 'other') people.set(m.sentence, [...(people.get(m.sentence) ?? []), m]);
  }
  return { byStart, byEnd, people };
}

const RANK_WORDS: ReadonlySet<string> = new Set([...RANK_SUPERLATIVES, 'leading']);

/** Cheap test before building a sentence view for ranks. */
function mayHoldRank(tokens: NlpDoc['tokens'], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (RANK_WORDS.has(tokens[i]!.lower)) return true;
  return false;
}

/** The rank records of one sentence (a rank of 1 with no ordinal written is implicit). */
function rankRecords(ctx: ExtractContext, v: ReturnType<typeof viewSentence>, inputs: ExclusionInputs): KeyedQuantity[] {
  const { doc } = ctx;
  return findRanks(v).flatMap((r): KeyedQuantity[] => {
    const start = doc.tokens[r.first]!.start;
    const end = doc.tokens[r.last - 1]!.end;
    if (inputs.quoted.overlaps(start, end)) return [];
    let from = r.first;
    while (from > v.sentence.first && v.clause(from - 1) === v.clause(r.first)) from--;
    let to = r.last;
    while (to < v.sentence.last && (v.clause(to) === v.clause(r.last - 1) || doc.tokens[to]!.text === ',' && to === r.last)) to++;
    const band = ageBandIn(doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end));
    const label = `${r.superlative} ${r.noun}`;
    return [{
      kind: 'quantity', stage: QUANTITY_STAGE, claimKind: 'quantity', span: spanOf(ctx, start, end), text: doc.text.slice(start, end), value: r.value,
      qualifier: null, unit: 'rank', topic: `rank as ${label}${band ? ` (aged ${band})` : ''}`, subject: null, subjectName: null, attribution: null,
      evidence: sentenceSpan(ctx, v.sentence), sentence: v.sentence.i, topicKey: `|rank:${label}|${band ? `|pop:${band}` : ''}`, ...(r.written ? {} : { implicit: true }),
    }];
  });
}

/** A vague topic stays vague whatever scope is added to its key: "|vague" ends the key (claims step 1 reads it there). */
function withVagueLast(key: string): string {
  return key.includes('|vague|') ? `${key.replace('|vague|', '|')}|vague` : key;
}

/** Extract quantity and age claims from one article. */
export function extractQuantities(ctx: ExtractContext, entities: EntityLayer, dates: readonly DateMention[], quotes: readonly QuoteRecord[]): QuantityRecord[] {
  const { doc } = ctx;
  const text = doc.text;
  const idx = mentionIndex(entities);
  const names = new Map(entities.entities.map((e) => [e.key, e.name]));
  const inputs: ExclusionInputs = {
    dates: rangeSet(dates.filter((d) => DATE_WITH_FIGURES.test(d.text)).map((d) => [d.span.start, d.span.end] as const)),
    quoted: rangeSet([...quotedRanges(text), ...quotes.filter((q) => !q.scare).map((q) => [q.span.start, q.span.end] as [number, number])]),
  };
  const out: KeyedQuantity[] = [];
  const pubYear = ctx.article.published ? Number(ctx.article.published.slice(0, 4)) : null;
  const reference = pubYear ?? latestYear(doc.tokens);
  const datesBySentence = new Map<number, DateMention[]>();
  for (const d of dates) datesBySentence.set(d.sentence, [...(datesBySentence.get(d.sentence) ?? []), d]);
  /** Years of the dates found in a sentence, with the token each starts at. */
  const dateYears = (sentence: number, v: ReturnType<typeof viewSentence>): (readonly [number, number])[] =>
    (datesBySentence.get(sentence) ?? []).flatMap((d) => {
      // "up from £180m a year earlier" is the same series a year back, not another event's figure.
      if (d.stage === ANAPHORA_STAGE) return [];
      const year = d.date ? Number(d.date.slice(0, 4)) : NaN;
      if (!Number.isFinite(year)) return [];
      let tok = v.sentence.first;
      while (tok < v.sentence.last - 1 && doc.tokens[tok]!.start < d.span.start) tok++;
      return [[tok, year] as const];
    });
  let carry: Carry | null = null;
  for (const s of doc.sentences) {
    // "in Illinois, Iowa and Kansas": three states, compared only beside a count written as a figure
    for (const l of placeLists(text.slice(doc.tokens[s.first]!.start, doc.tokens[s.last - 1]!.end), doc.tokens[s.first]!.start)) {
      if (inputs.quoted.overlaps(l.start, l.end)) continue;
      out.push({
        kind: 'quantity', stage: QUANTITY_STAGE, claimKind: 'quantity', span: spanOf(ctx, l.start, l.end), text: text.slice(l.start, l.end),
        value: l.count, qualifier: null, unit: l.kind, topic: l.kind, subject: null, subjectName: null, attribution: null, evidence: sentenceSpan(ctx, s),
        sentence: s.i, topicKey: `|${l.kind}|`, implicit: true,
      });
    }
    // "a contract until 2030": a length of about four years when written in 2026
    for (const t of termEnds(text.slice(doc.tokens[s.first]!.start, doc.tokens[s.last - 1]!.end), doc.tokens[s.first]!.start, pubYear)) {
      if (inputs.quoted.overlaps(t.start, t.end)) continue;
      const canonical = canonicalOf(t.high, 'years', 'duration');
      out.push({
        kind: 'quantity', stage: QUANTITY_STAGE, claimKind: 'quantity', span: spanOf(ctx, t.start, t.end), text: text.slice(t.start, t.end),
        value: t.high, qualifier: null, unit: 'years', topic: `${t.noun} duration`, subject: null, subjectName: null, attribution: null, evidence: sentenceSpan(ctx, s),
        sentence: s.i, topicKey: `|${t.noun}|duration`, low: t.low, ...(canonical ? { canonical } : {}),
      });
    }
    // "the seventh leading cause of death", "the third-largest company": ranks, with their age band
    if (mayHoldRank(doc.tokens, s.first, s.last)) out.push(...rankRecords(ctx, viewSentence(doc, s), inputs));
    if (!mayHoldFigure(doc.tokens, s.first, s.last)) continue;
    const v = viewSentence(doc, s);
    const evidence = sentenceSpan(ctx, s);
    const claimed = new Set<number>();
    let cues: ReturnType<typeof attributionCues> | null = null;
    const cuesOf = () => (cues ??= attributionCues(v));
    for (const age of findAges(v, idx)) {
      for (let k = age.first; k < age.last; k++) claimed.add(k);
      const start = doc.tokens[age.first]!.start;
      const end = doc.tokens[age.last - 1]!.end;
      if (inputs.quoted.overlaps(start, end)) continue;
      const name = names.get(age.mention.entity) ?? age.mention.text;
      out.push({
        kind: 'quantity', stage: QUANTITY_STAGE, claimKind: 'age', span: spanOf(ctx, start, end), text: text.slice(start, end),
        value: age.value, qualifier: null, unit: 'years', topic: `age of ${name}`, subject: age.mention.entity, subjectName: name,
        attribution: attributionFor(v, cuesOf(), age.first), evidence, sentence: s.i, topicKey: `age|${age.mention.entity}`,
      });
    }
    const sentenceStart = out.length;
    const ranged = mergeRanges(v, findNumbers(v, claimed).filter((h) => exclusionRule(v, h, inputs) === null));
    const hits = ranged.map((r) => r.hit);
    hits.forEach((h) => attachQualifier(v, h));
    let previous: { thing: CountedThing; dimension: string } | null = null;
    // "As of 8 p.m., 19 people had died": the time of day the sentence's counts are given for
    const asOf = hits.length > 0 ? asOfClock(v) : null;
    hits.forEach((hit, n) => {
      // "a profit of £212m, up from £180m", "seven reports, up from three": the earlier value of the figure just named
      const earlier = previous && previous.dimension === hit.dimension && COMPARED_WITH.has(v.low(hit.first - 1)) && !knownNounAfter(v, hit);
      // "4% of deaths for women and 12% for men": a share with no "of …" of its own shares the thing of the one before
      const parallel = previous && hit.dimension === 'percent' && previous.dimension === 'percent' && PARALLEL_LINKS.has(v.low(hit.first - 1)) && v.low(hit.last) !== 'of';
      const resolved = earlier || parallel ? { thing: previous!.thing, found: null } : countedThing(v, hit, hits[n + 1]?.first ?? s.last, carry, hits[n + 1]);
      if (!resolved) return;
      const { thing, found } = resolved;
      previous = { thing, dimension: hit.dimension };
      if (found && !found.fromCarry && hit.dimension === 'count' && (thing.known || /s$/.test(thing.head))) {
        carry = { noun: found.noun, modifier: found.modifier, label: found.label, sentence: s.i, paragraph: s.paragraph };
      }
      // "three reasons", "two sides": a generic noun with nothing said about it is not a claim
      if (!thing.known && !thing.state && NON_TOPIC_NOUNS.has(thing.head)) return;
      const start = doc.tokens[hit.first]!.start;
      const end = doc.tokens[hit.last - 1]!.end - hit.trimEnd;
      // "decided by 58 votes in 1979", "surpassing a flood that killed 40 in 1953": another event's figure
      const past = otherEventOf(v, hit.first, pubYear, reference, dateYears(s.i, v));
      // "revised to 275 from 288", "earlier put at 288": an earlier report, shown but not the article's current figure
      const old = !past && hit.dimension === 'count' && (earlier || earlierReport(v, hit.first));
      const scope = hit.dimension !== 'count' ? null : old ? 'earlier' : countScopeOf(v, hit.first, hit.last, thing.state);
      // "10% of deaths among people aged 15-49", "12 percent for men": one group's figure, not everyone's
      const pop = hit.dimension === 'count' || hit.dimension === 'percent' ? populationOf(v, hit.first, hit.last, hits[n + 1]?.first ?? s.last, hit.dimension === 'percent') : null;
      const key = withVagueLast(`${past ? `${thing.key}|${past}` : thing.key}${scope === 'part' ? '|part' : ''}${pop ? `|pop:${pop.key}` : ''}`);
      const canonical = hit.basis && hit.unit ? { value: hit.value * hit.basis.perYear, unit: `${hit.unit} per year` } : canonicalOf(hit.value, hit.unit, hit.dimension);
      out.push({
        kind: 'quantity', stage: QUANTITY_STAGE, claimKind: 'quantity', span: spanOf(ctx, start, end), text: text.slice(start, end),
        value: hit.value, qualifier: hit.qualifier, unit: hit.dimension === 'count' ? thing.unit : hit.unit,
        topic: `${thing.topic}${past ? ` (${past})` : ''}${scope === 'part' ? ' (part)' : ''}${pop && pop.label !== thing.head ? ` (${pop.label})` : ''}`, subject: null, subjectName: null,
        attribution: sourceOf(attributionFor(v, cuesOf(), hit.numFirst), thing.head), evidence, sentence: s.i, topicKey: key,
        ...(canonical ? { canonical } : {}), ...(hit.basis ? { basis: hit.basis.basis } : {}), ...(scope ? { scope } : {}),
        ...(ranged[n]!.low !== null ? { low: ranged[n]!.low } : {}), ...(asOf !== null && hit.dimension === 'count' ? { asOf } : {}),
      });
    });
    out.splice(sentenceStart, out.length - sentenceStart, ...markSumParts(out.slice(sentenceStart)));
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
