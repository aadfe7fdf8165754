/**
 * Step 2: a block's values and status. Only values stated in the outlet's voice or attributed to a
 * source count; hedged and denied ones are listed with their modality but never agree or conflict
 * ("was expected to win" is not "won"; a denial is not an agreement).
 * - single-valued predicate: two or more articles on one value → agreed; a different value stated by
 *   an article that does not also state the first → conflict;
 * - multi-valued predicate: one claim per value, agreed when two or more articles state it.
 */
import type { Claim, ClaimValue, IndependenceGroup } from '../../contract/analysis-schema.js';
import type { FactModality } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import { independentCount } from '../independence/index.js';
import { phraseClasses, type FactBlock, type FactEntry } from './01-align.js';

const COUNTS: ReadonlySet<FactModality> = new Set(['asserted', 'attributed']);
const MODALITY_ORDER: readonly FactModality[] = ['asserted', 'attributed', 'hedged', 'negated'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Object identity after phrase equivalence, plus "|<modality>" for values that do not count. */
function valueKeys(entries: readonly FactEntry[]): Map<FactEntry, string> {
  const classes = phraseClasses(entries.filter((e) => e.object.startsWith('p:')).map((e) => e.object.slice(2)));
  // two merged entities written alike ("the Lancet" / "Lancet") or whose names differ by a trailing word
  // ("Acme Group" / "Acme Group Inc") are one value here
  const plain = (s: string) => s.toLowerCase().replace(/^the\s+/u, '');
  const names = entries.filter((e) => e.object.startsWith('e:')).map((e) => ({ id: e.object, name: plain(e.display) }));
  const entityKey = (e: FactEntry) => {
    const own = plain(e.display);
    return names.filter((n) => n.name === own || (n.name.includes(' ') && own.startsWith(`${n.name} `))).sort((a, b) => a.name.length - b.name.length || cmp(a.id, b.id))[0]?.id ?? e.object;
  };
  const times = clockClasses(entries.filter((e) => e.fact.predicate.startsWith('time:')).map((e) => e.object.slice(2)));
  return new Map(entries.map((e) => {
    const own = e.object.slice(2);
    const id = e.object.startsWith('p:') ? `p:${times.get(own) ?? classes.get(own) ?? own}` : entityKey(e);
    return [e, COUNTS.has(e.fact.modality) ? id : `${id}|${e.fact.modality}`];
  }));
}

/** Minutes two clock readings of one moment may differ by ("10:33" / "10.30 a.m."). @default 5 */
export const CLOCK_TOLERANCE_MINUTES = 5;

/**
 * Clock values ("22:33", "~10:33" for a clock with no a.m./p.m.) grouped into moments: a value joins
 * the first moment within `CLOCK_TOLERANCE_MINUTES` of it, an unmarked one in either half of the day;
 * marked values open moments first, so an unmarked "~10:33" takes the half the others give.
 */
export function clockClasses(keys: readonly string[]): Map<string, string> {
  const minutes = (k: string) => {
    const [h, m] = k.replace(/^~/u, '').split(':').map(Number);
    const t = h! * 60 + m!;
    return k.startsWith('~') ? [t, t + 720] : [t];
  };
  const near = (a: number, b: number) => Math.min(Math.abs(a - b), 1440 - Math.abs(a - b)) <= CLOCK_TOLERANCE_MINUTES;
  const reps: string[] = [];
  const out = new Map<string, string>();
  for (const k of [...new Set(keys)].filter((x) => /^~?\d{2}:\d{2}$/u.test(x)).sort((a, b) => Number(a.startsWith('~')) - Number(b.startsWith('~')) || cmp(a, b))) {
    const rep = reps.find((r) => minutes(k).some((t) => minutes(r).some((u) => near(t, u))));
    if (rep === undefined) reps.push(k);
    out.set(k, rep ?? k);
  }
  return out;
}

/**
 * For a single-valued predicate, the entries that bear on it: the value most articles state, and
 * any other value stated by an article that does not also state that one. An article naming two
 * winners ("… the first since X won in 2004") speaks of two events, not of a disputed one.
 */
function dominantAndRivals(entries: readonly FactEntry[], keys: Map<FactEntry, string>, slips: ReadonlySet<FactEntry>): FactEntry[] {
  const articlesOf = new Map<string, Set<string>>();
  for (const e of entries) if (COUNTS.has(e.fact.modality)) articlesOf.set(keys.get(e)!, (articlesOf.get(keys.get(e)!) ?? new Set()).add(e.article));
  const dominant = [...articlesOf].sort((a, b) => b[1].size - a[1].size || cmp(a[0], b[0]))[0];
  if (!dominant) return [...entries];
  // a slip ("X overcame X") is no second event: it stays a rival even where its article also names the dominant value
  return entries.filter((e) => !COUNTS.has(e.fact.modality) || keys.get(e) === dominant[0] || !dominant[1].has(e.article) || slips.has(e));
}

/**
 * Entries whose object fills two roles of one event in one sentence of one article ("X of Britain
 * overcame Canada's X": winner and loser alike): an outlet's slip, which contradicts the other
 * accounts even when the same article names the right value elsewhere (its headline).
 */
export function selfContradictions(blocks: readonly FactBlock[]): Set<FactEntry> {
  const roles = new Map<string, Set<string>>();
  const at = (b: FactBlock, e: FactEntry) => `${b.subject}\u0000${b.predicate.split(':')[0]}\u0000${e.article}\u0000${e.fact.sentence}\u0000${e.object}`;
  for (const b of blocks) if (b.single && b.predicate.includes(':')) for (const e of b.entries) roles.set(at(b, e), (roles.get(at(b, e)) ?? new Set()).add(b.predicate));
  const out = new Set<FactEntry>();
  for (const b of blocks) if (b.single && b.predicate.includes(':')) for (const e of b.entries) if ((roles.get(at(b, e))?.size ?? 0) > 1) out.add(e);
  return out;
}

/**
 * How a value reads: for a phrase the shortest wording (the common part of "state chief secretary"
 * and "chief secretary"); for an entity the full name the sources use most, so the value reads
 * like the articles rather than like the longest variant the entity stage merged.
 */
function displayOf(es: readonly FactEntry[]): FactEntry {
  // (a clock read in one half of the day, "p:~10:33", shows after one that says which half)
  // and a moment read several ways ("23:59" / "midnight") shows as most outlets write it
  const unmarked = (e: FactEntry) => (e.object.startsWith('p:~') ? 1 : 0);
  const said = (e: FactEntry) => (e.fact.predicate.startsWith('time:') ? es.filter((x) => x.display === e.display).length : 0);
  if (es[0]!.object.startsWith('p:')) return [...es].sort((a, b) => unmarked(a) - unmarked(b) || said(b) - said(a) || a.display.length - b.display.length || cmp(a.display, b.display))[0]!;
  const counts = new Map<string, number>();
  for (const e of es) counts.set(e.display, (counts.get(e.display) ?? 0) + (e.display.includes(' ') ? 10 : 1));
  const best = [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
  return es.find((e) => e.display === best)!;
}

function valueOf(es: readonly FactEntry[], groups: readonly IndependenceGroup[]): ClaimValue {
  const shortest = displayOf(es);
  const articles = [...new Set(es.map((e) => e.article))].sort();
  const attribution = [...new Set(es.map((e) => e.fact.attribution).filter((a): a is string => !!a))].sort();
  const modality = MODALITY_ORDER.find((m) => es.some((e) => e.fact.modality === m))!;
  return {
    value: shortest.display, normalized: shortest.object.slice(2).replace(/^~/u, ''), qualifier: null, unit: null, articles,
    evidence: es.map((e) => e.fact.evidence), ...(attribution.length ? { attribution } : {}),
    independentSources: independentCount(articles, groups), modality,
  };
}

function topicOf(block: FactBlock, subjectName: string): string {
  const [relation, role] = block.predicate.split(':');
  if (role) return `${role} (${relation})`;
  return `${block.predicate === 'origin' ? 'home town' : block.predicate} of ${subjectName}`;
}

function claim(block: FactBlock, subjectName: string, values: ClaimValue[], groups: readonly IndependenceGroup[]): Claim {
  const counting = values.filter((v) => COUNTS.has(v.modality ?? 'asserted'));
  const status: Claim['status'] = counting.length >= 2 && block.single ? 'conflict' : counting.some((v) => v.articles.length >= 2) ? 'agreed' : 'single';
  const articles = [...new Set(values.flatMap((v) => v.articles))].sort();
  return {
    id: '', kind: 'fact', topic: topicOf(block, subjectName), status,
    values: values.sort((a, b) => MODALITY_ORDER.indexOf(a.modality!) - MODALITY_ORDER.indexOf(b.modality!) || b.articles.length - a.articles.length || cmp(a.value, b.value)),
    subject: subjectName, articles, independentSources: independentCount(articles, groups),
    fact: { subject: { entity: block.subject === 'event' ? null : block.subject, name: subjectName }, predicate: block.predicate, single: block.single },
  };
}

/** The claims of one block (one for a single-valued predicate, one per value for a multi-valued one). */
export function blockClaims(block: FactBlock, resolver: EntityResolver, groups: readonly IndependenceGroup[], slips: ReadonlySet<FactEntry> = new Set()): Claim[] {
  const subjectName = block.subject === 'event' ? block.entries[0]!.fact.subjectName : (resolver.entity(block.subject)?.name ?? block.entries[0]!.fact.subjectName);
  const keys = valueKeys(block.entries);
  const entries = block.single ? dominantAndRivals(block.entries, keys, slips) : block.entries;
  const byValue = new Map<string, FactEntry[]>();
  for (const e of entries) byValue.set(keys.get(e)!, [...(byValue.get(keys.get(e)!) ?? []), e]);
  const values = [...byValue.values()].map((es) => valueOf(es, groups));
  if (block.single) return [claim(block, subjectName, values, groups)];
  return values.map((v) => claim(block, subjectName, [v], groups));
}
