/**
 * Counts a list of places implies: "factories in Illinois, Iowa and Kansas" is three states,
 * "talks with France, Spain and Italy" three countries. Another outlet's "workers across 5
 * states" is then set against it. Such a count is implicit (`implicit: true`): it is compared
 * only in a block that also holds a count written as a figure, never agreed or shown on its own
 * (claims step 1). The places must all be US states or all countries (lexicon/gazetteer.ts), at
 * least three, after "in", "across" or "throughout", and not given as examples ("such as").
 */
import { COUNTRIES, US_STATES } from '../../lexicon/gazetteer.js';
import { allMatches } from '../../util/matches.js';

/** One list of places: its character span, how many places, and what they are ("states"). */
export interface PlaceList {
  readonly start: number;
  readonly end: number;
  readonly count: number;
  readonly kind: string;
}

const KINDS: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['states', new Set(US_STATES)],
  ['countries', new Set(COUNTRIES)],
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME = [...US_STATES, ...COUNTRIES].sort((a, b) => b.length - a.length).map(escape).join('|');
/** A list of where something is: "in A, B and C", "across parts of A, B and C". */
const LIST = new RegExp(`\\b(?:in|across|throughout)\\s+(?:(?:parts|much|most)\\s+of\\s+)?(?:the\\s+)?((?:${NAME})(?:\\s*,\\s*(?:${NAME}))*,?\\s+(?:and|or)\\s+(?:${NAME}))\\b`, 'g');
/** A capitalised word after "in", "across" or "throughout": the only place a list can start. */
const LEAD = /\b(?:in|across|throughout)\s+(?:(?:parts|much|most)\s+of\s+)?(?:the\s+)?\p{Lu}[^,]*,[^,]*\p{Lu}/u;
/** Words before a list that make it examples, not the whole set ("in states such as Iowa, Ohio and Utah"). */
const EXAMPLES = /\b(?:such as|including|like|notably|especially)\s*$/i;
/** Fewer places than this are too often a pair of examples or two sides ("between France and Germany"). */
const MIN_PLACES = 3;
const ITEM = new RegExp(`${NAME}`, 'g');

/** The lists of places of one kind in `text` (one sentence), with offsets relative to `base`. */
export function placeLists(text: string, base: number): PlaceList[] {
  // cheap tests first: most sentences name no list of places after "in"
  if (!/ (?:and|or) /.test(text) || !LEAD.test(text)) return [];
  const out: PlaceList[] = [];
  for (const m of allMatches(LIST, text)) {
    const list = m[1]!;
    const names = list.match(ITEM) ?? [];
    const kind = KINDS.find(([, set]) => names.every((n) => set.has(n)))?.[0];
    if (!kind || names.length < MIN_PLACES || new Set(names).size !== names.length || EXAMPLES.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const start = base + m.index! + m[0].length - list.length;
    out.push({ start, end: start + list.length, count: names.length, kind });
  }
  return out;
}
