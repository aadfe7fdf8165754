/**
 * Step 4: one figure under several wordings. Outlets name the same count with different words
 * around it ("37.8 million units", "37.8 million Acme fire extinguishers", "37.8 million
 * extinguishers recalled"), so their records get different keys, land in different blocks and
 * each stays single. Blocks that state an equal value (the same compared value, exactly) under
 * compatible keys are merged, so the outlets are seen to agree.
 *
 * Keys are compatible when (see `keysCompatible`):
 *   - the heads are one: the same group, the same last word ("fire extinguishers", "extinguishers"),
 *     or, for a value of two significant digits or more, a generic head on one side ("units", "a
 *     term of") or "people" against a group of people ("two units" is no "two hostages");
 *   - the states are equal or one is unstated ("extinguishers" and "extinguishers recalled");
 *   - the modifiers are equal, one is unstated, or neither names a nationality or group
 *     ("John Deere workers" and "union workers"; never "Israeli hostages" and "Thai hostages");
 *   - the event (another event's year), the proposal mark and the population (sex; an age band
 *     unless one side leaves it out) are the same. A part and an unmarked figure may meet.
 * A key with nothing said about the thing ("2.4 billion people") takes part only with a figure of
 * at least two significant digits: "3 people" in two articles is no evidence of one fact.
 *
 * Only blocks whose figures all agree are merged, and a merge never makes a conflict or an update:
 * loose keys are evidence enough for an agreement on an equal value, not for a disagreement.
 */
import { DEMONYMS } from '../../lexicon/demonyms.js';
import { GENERIC_HEADS, PEOPLE_GROUPS } from '../../lexicon/counted-nouns.js';
import { quantityExtras, quantityTopicKey } from '../../extract/quantities/index.js';
import { unitKind, type Block, type BlockEntry } from './01-block.js';
import { comparedValue, figuresCompatible } from './02-intervals.js';
import { allCompatible, decideStatus } from './03-status.js';

/** A topic key read into its parts (modifier|group|state, then tags). */
interface KeyParts {
  readonly modifier: string;
  readonly group: string;
  readonly state: string;
  readonly proposed: boolean;
  /** another event's year or "earlier event"; '' for this story's event. */
  readonly event: string;
  readonly sex: string;
  readonly band: string;
  readonly vague: boolean;
}

const GROUP_WORDS: ReadonlySet<string> = new Set(DEMONYMS.flatMap((d) => d.toLowerCase().split(/[\s-]+/)));

/** Read a topic key: `modifier|group|state[|proposed][|<year>][|part][|pop:<sex or band>[|<band>]][|vague]`. */
export function keyParts(key: string): KeyParts {
  const [modifier = '', group = '', state = '', ...tags] = key.split('|');
  let proposed = false;
  let event = '';
  let vague = false;
  const pop: string[] = [];
  for (const t of tags) {
    if (t === 'proposed') proposed = true;
    else if (t === 'vague') vague = true;
    else if (t.startsWith('pop:')) pop.push(t.slice(4));
    else if (pop.length > 0) pop.push(t);
    else if (t !== 'part' && t !== '') event = t;
  }
  const band = pop.find((p) => /^\d/.test(p)) ?? '';
  const sex = pop.find((p) => !/^\d/.test(p)) ?? '';
  return { modifier, group, state, proposed, event, sex, band, vague };
}

/** Does the modifier name a nationality, religion or other group ("israeli", "palestinian")? */
const namesGroup = (modifier: string): boolean => modifier.split(/[\s-]+/).some((w) => GROUP_WORDS.has(w) || GROUP_WORDS.has(w.replace(/s$/, '')));

const lastWord = (group: string): string => group.slice(group.lastIndexOf(' ') + 1);

/** `distinctive`: the equal value has two significant digits or more, so a generic head may stand in. */
function headsCompatible(a: string, b: string, distinctive: boolean): boolean {
  if (a === b || lastWord(a) === lastWord(b)) return true;
  if (!distinctive) return false;
  if (GENERIC_HEADS.has(a) || GENERIC_HEADS.has(b)) return true;
  return (a === 'people' && PEOPLE_GROUPS.has(b)) || (b === 'people' && PEOPLE_GROUPS.has(a));
}

const eitherOrSame = (a: string, b: string): boolean => a === b || a === '' || b === '';

/**
 * May two topic keys name one counted thing, when their figures are equal? A generic head ("two
 * units", "a period of three years") stands in for another only for a `distinctive` value.
 */
export function keysCompatible(a: KeyParts, b: KeyParts, distinctive = true): boolean {
  if (a.proposed !== b.proposed || a.event !== b.event || a.sex !== b.sex || !eitherOrSame(a.band, b.band)) return false;
  if (!eitherOrSame(a.state, b.state) || !headsCompatible(a.group, b.group, distinctive)) return false;
  return eitherOrSame(a.modifier, b.modifier) || (!namesGroup(a.modifier) && !namesGroup(b.modifier));
}

/** Significant digits of a value: 2.4 billion → 2, 39 → 2, 18.9 → 3, 3 → 1. */
function significantDigits(n: number): number {
  const digits = Math.abs(n).toPrecision(12).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

/** A piece that may be merged: written quantities, not vague about a small figure. */
function mergeable(entries: readonly BlockEntry[]): boolean {
  if (entries[0]!.record.claimKind !== 'quantity' || entries.every((e) => quantityExtras(e.record).implicit)) return false;
  return !entries.some((e) => keyParts(quantityTopicKey(e.record)).vague && significantDigits(e.record.value) < 2);
}

/**
 * The pieces of a block that may meet other blocks: the block itself when its figures agree, each
 * group of compatible figures when one article states several ("134 models … eight models"), none
 * for a conflict or an update.
 */
function piecesOf(b: Block): BlockEntry[][] {
  const { status } = decideStatus(b.entries);
  if (status === 'agreed' || allCompatible(b.entries)) return status === 'single' || status === 'agreed' ? [[...b.entries]] : [];
  if (status !== 'single') return [];
  const groups: BlockEntry[][] = [];
  for (const e of b.entries) {
    const g = groups.find((gr) => gr.every((x) => figuresCompatible(x.record, e.record)));
    if (g) g.push(e);
    else groups.push([e]);
  }
  return groups;
}

/** Exact compared value, rounded so that 37.8 million from two spellings is one key. */
const valueKey = (e: BlockEntry): string => String(Number(comparedValue(e.record).toPrecision(10)));

interface Piece {
  /** index of the block it comes from. */
  readonly origin: number;
  keys: KeyParts[];
  entries: BlockEntry[];
}

/**
 * "one death in 2014" beside "one death" in one article: the year dates the story's own figure,
 * it does not make it another event's. Other events' figures meet only figures of the same event.
 */
function sameEvent(a: Piece, b: Piece): boolean {
  const events = new Set([...a.keys, ...b.keys].map((k) => k.event));
  if (events.size === 1) return true;
  if (events.size > 2 || !events.has('')) return false;
  const articles = new Set(a.entries.map((e) => e.article));
  return b.entries.some((e) => articles.has(e.article));
}

function joinable(a: Piece, b: Piece, distinctive: boolean): boolean {
  if (!sameEvent(a, b)) return false;
  if (!a.keys.every((x) => b.keys.every((y) => keysCompatible({ ...x, event: '' }, { ...y, event: '' }, distinctive)))) return false;
  return a.entries.every((x) => b.entries.every((y) => figuresCompatible(x.record, y.record)));
}

/**
 * Merge blocks that state an equal value under compatible keys (see the file comment). Blocks
 * come back in their input order, a merged block at the place of its first member; the figures of
 * a block that meet no other block stay together as they were.
 */
export function mergeSameFigures(blocks: readonly Block[]): Block[] {
  const pieces: Piece[] = blocks.flatMap((b, origin) => piecesOf(b).filter(mergeable).map((entries) => ({ origin, keys: [...new Set(entries.map((e) => quantityTopicKey(e.record)))].map(keyParts), entries })));
  // one bucket per exact value and unit kind: only pieces sharing a value are ever compared
  const buckets = new Map<string, number[]>();
  const distinctive = new Map<string, boolean>();
  pieces.forEach((p, i) => {
    const kind = unitKind(p.entries[0]!.record);
    for (const e of p.entries) distinctive.set(`${kind}|${valueKey(e)}`, significantDigits(e.record.value) >= 2);
    for (const v of new Set(p.entries.map(valueKey))) {
      const k = `${kind}|${v}`;
      const list = buckets.get(k);
      if (list) list.push(i);
      else buckets.set(k, [i]);
    }
  });
  const root = pieces.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  const merged = new Set<number>();
  for (const k of [...buckets.keys()].sort()) {
    const members = buckets.get(k)!;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [ra, rb] = [find(members[x]!), find(members[y]!)];
        if (ra === rb || !joinable(pieces[ra]!, pieces[rb]!, distinctive.get(k) === true)) continue;
        const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
        root[hi] = lo;
        pieces[lo] = { ...pieces[lo]!, keys: [...pieces[lo]!.keys, ...pieces[hi]!.keys], entries: [...pieces[lo]!.entries, ...pieces[hi]!.entries] };
        merged.add(lo).add(hi);
      }
    }
  }
  // per block: the merged groups rooted in it, or the block itself when none of its figures moved
  const out = new Map<number, Block[]>();
  const moved = new Set<number>();
  pieces.forEach((p, i) => {
    if (!merged.has(i)) return;
    moved.add(p.origin);
    if (find(i) !== i) return;
    out.set(p.origin, [...(out.get(p.origin) ?? []), { ...blocks[p.origin]!, entries: p.entries }]);
  });
  return blocks.flatMap((b, i) => {
    if (!moved.has(i)) return [b];
    // figures of a moved block that met nothing stay together as one block
    const rest = pieces.filter((p, j) => p.origin === i && !merged.has(j)).flatMap((p) => p.entries);
    return [...(out.get(i) ?? []), ...(rest.length ? [{ ...b, entries: rest }] : [])];
  });
}
