/**
 * Step 2: find figures in a sentence — digits ("2,000", "1.2 million", "£40m", "3.4%", "$2.5bn")
 * and words ("five", "twenty-five", "a dozen") — with their multiplier and unit.
 */
import { ARTICLE_NUMBER_WORDS, CARDINAL_WORDS, FRACTION_WORDS, MULTIPLIERS } from '../../lexicon/number-words.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS, MONEY_PERIODS, PERCENT_WORDS, UNIT_MULTIPLES, UNIT_PREFIXES } from '../../lexicon/quantity-units.js';
import { COUNTED_NOUNS } from '../../lexicon/counted-nouns.js';
import type { NumberHit } from './number-hit.js';
import type { SentenceView } from './sentence-view.js';

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const WORD_MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
// Maps of the lexicon records for the lookups made on every token: a Map lookup is much cheaper
// than a keyed property load with a token's string, and cannot hit Object.prototype ("constructor").
const CARDINALS: ReadonlyMap<string, number> = new Map(Object.entries(CARDINAL_WORDS));
const SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries(CURRENCY_SYMBOLS));

/** Parse the figure starting at token i: [value, index after it, written in words, bare integer]. */
function parseFigure(v: SentenceView, i: number): [number, number, boolean, boolean] | null {
  const t = v.tok(i);
  if (!t) return null;
  if (t.type === 'number' && DIGITS.test(t.text)) {
    // "20/20", "555-1234", "2-1": a figure glued to another figure is a code, score or range, not a count.
    const next = v.tok(i + 1);
    const after = v.tok(i + 2);
    if (next && !next.spaceBefore && (next.text === '/' || next.text === '-') && after && !after.spaceBefore && after.type === 'number') return null;
    const prev = v.tok(i - 1);
    if (prev && !t.spaceBefore && (prev.text === '-' || prev.text === '/' || prev.text === '.' || prev.text === ':')) return null;
    return [Number(t.text.replace(/,/g, '')), i + 1, false, /^\d+$/.test(t.text)];
  }
  let value = CARDINALS.get(t.lower);
  let j = i + 1;
  if (value === undefined) {
    if ((t.lower === 'a' || t.lower === 'an') && ARTICLE_NUMBER_WORDS[v.low(i + 1)] !== undefined) {
      // "a thousand jobs" but not "a million-pound deal"
      return [ARTICLE_NUMBER_WORDS[v.low(i + 1)]!, i + 2, true, false];
    }
    return null;
  }
  // "two dozen": a round approximation (the stage marks it "about")
  if (v.low(j) === 'dozen') return [value * 12, j + 1, true, false];
  // "twenty-five", "twenty five"
  if (value >= 20 && value % 10 === 0) {
    const hy = v.low(j) === '-' ? j + 1 : j;
    const unitWord = CARDINALS.get(v.low(hy));
    if (unitWord !== undefined && unitWord < 10) {
      value += unitWord;
      j = hy + 1;
    }
  }
  return [value, j, true, false];
}

const FRACTIONS: ReadonlyMap<string, number> = new Map(Object.entries(FRACTION_WORDS));
const DETERMINERS_AFTER_OF = new Set(['the', 'all', 'its', 'their', 'those']);

/**
 * A fraction that is a share of a group at token i ("a quarter of women", "half of all voters",
 * "two-thirds of the seats"): [percentage, index after the fraction], or null. The thing after
 * "of" must be plural (a share of people or things, not "half of the match").
 */
function fractionAt(v: SentenceView, i: number): [number, number] | null {
  const w = v.low(i);
  let value: number | undefined;
  let j = i + 1;
  if (w === 'half') value = FRACTIONS.get('half');
  else if ((w === 'a' || w === 'one') && FRACTIONS.has(v.low(i + 1)) && !/s$/.test(v.low(i + 1))) {
    value = FRACTIONS.get(v.low(i + 1));
    j = i + 2;
  } else if (CARDINALS.has(w) && (CARDINALS.get(w) ?? 0) >= 2) {
    const k = v.low(i + 1) === '-' ? i + 2 : i + 1;
    const f = FRACTIONS.get(v.low(k));
    if (f !== undefined && /s$/.test(v.low(k))) {
      value = f * CARDINALS.get(w)!;
      j = k + 1;
    }
  }
  if (value === undefined || v.low(j) !== 'of') return null;
  let k = j + 1;
  while (DETERMINERS_AFTER_OF.has(v.low(k))) k++;
  const noun = v.tok(k);
  if (!noun || !/^\p{Ll}/u.test(noun.text) || !(/s$/.test(noun.lower) || COUNTED_NOUNS[noun.lower] !== undefined)) return null;
  return [value, j];
}

/** Find every figure in the sentence, skipping tokens already claimed (ages). */
export function findNumbers(v: SentenceView, claimed: ReadonlySet<number>): NumberHit[] {
  const hits: NumberHit[] = [];
  const { first, last } = v.sentence;
  for (let i = first; i < last; i++) {
    if (claimed.has(i)) continue;
    const t = v.tok(i)!;
    let currency: string | null = null;
    let numStart = i;
    if (t.type === 'currency' || SYMBOLS.has(t.lower)) {
      currency = SYMBOLS.get(t.lower) ?? null;
      numStart = i + 1;
      if (!currency || !v.tok(numStart) || v.tok(numStart)!.type !== 'number') continue;
    }
    const fraction = currency ? null : fractionAt(v, i);
    if (fraction) {
      hits.push({
        first: i, numFirst: i, last: fraction[1], value: fraction[0], unit: '%', dimension: 'percent', wordNumber: true, bareInteger: false,
        hyphenated: false, qualifier: null, trimEnd: 0, basis: null,
      });
      i = fraction[1] - 1;
      continue;
    }
    const fig = parseFigure(v, numStart);
    if (!fig) continue;
    let [value, j] = fig;
    const [, , wordNumber, bare] = fig;
    let unit: string | null = currency;
    let dimension = currency ? 'currency' : 'count';
    let multiplied = false;
    // multipliers: "1.2 million", "£40m", "$2.5bn", "five thousand"
    let trimEnd = 0;
    for (let guard = 0; guard < 2; guard++) {
      const m = v.tok(j);
      if (!m) break;
      // the tokenizer keeps a sentence's full stop on a glued abbreviation: "£45m."
      const dotted = m.lower.endsWith('.') && m.lower.length > 1;
      const mult = MULTIPLIERS[dotted ? m.lower.slice(0, -1) : m.lower];
      if (mult === undefined) break;
      const word = WORD_MULTIPLIERS.has(m.lower);
      if (!word && m.spaceBefore) break;
      // a glued "m" is million after a currency or before a counted noun, else metres
      if ((m.lower === 'm' || m.lower === 'm.') && !currency && COUNTED_NOUNS[v.low(j + 1)] === undefined) break;
      value *= mult;
      multiplied = true;
      if (dotted) trimEnd = 1;
      j++;
      if (dotted) break;
    }
    let hyphenated = false;
    const n = v.tok(j);
    const hy = n && n.text === '-' && !n.spaceBefore ? j + 1 : -1;
    const ratio = !currency && !multiplied && n?.lower === 'in' ? parseFigure(v, j + 1) : null;
    if (ratio && ratio[0] > value && ratio[0] >= 2 && !PERCENT_WORDS.has(v.low(ratio[1]))) {
      // "one in 10 deaths", "1 in 4 adults": a share, compared as a percentage
      value = (value / ratio[0]) * 100;
      unit = '%';
      dimension = 'percent';
      j = ratio[1];
    } else if (n && PERCENT_WORDS.has(n.lower)) {
      unit = '%';
      dimension = 'percent';
      j++;
    } else if (n && n.lower === 'per' && v.low(j + 1) === 'cent') {
      unit = '%';
      dimension = 'percent';
      j += 2;
    } else if (!currency && n && CURRENCY_WORDS[n.lower] !== undefined) {
      unit = CURRENCY_WORDS[n.lower]!;
      dimension = 'currency';
      j++;
    } else if (!currency && hy > 0 && CURRENCY_WORDS[v.low(hy)] !== undefined && !v.tok(hy)!.spaceBefore) {
      unit = CURRENCY_WORDS[v.low(hy)]!;
      dimension = 'currency';
      j = hy + 1;
    } else if (!currency && !multiplied && n && UNIT_PREFIXES[n.lower]?.[v.low(j + 1)] !== undefined) {
      // "degrees Celsius", "square miles"
      ({ unit, dimension } = UNIT_PREFIXES[n.lower]![v.low(j + 1)]!);
      j += 2;
    } else if (!currency && !multiplied && n && MEASURE_UNITS[n.lower] !== undefined) {
      unit = MEASURE_UNITS[n.lower]!.unit;
      dimension = MEASURE_UNITS[n.lower]!.dimension;
      j++;
      // "45 miles per hour", "80 km an hour": a speed
      if (dimension === 'distance' && (v.low(j) === 'per' || v.low(j) === 'an' || v.low(j) === 'a') && v.low(j + 1) === 'hour') {
        unit = `${unit}/h`;
        dimension = 'speed';
        j += 2;
      }
    } else if (!currency && hy > 0 && MEASURE_UNITS[v.low(hy)] !== undefined && !v.tok(hy)!.spaceBefore) {
      unit = MEASURE_UNITS[v.low(hy)]!.unit;
      dimension = MEASURE_UNITS[v.low(hy)]!.dimension;
      hyphenated = true;
      j = hy + 1;
    }
    // "four decades" is 40 years
    const multiple = unit === null ? undefined : UNIT_MULTIPLES[unit];
    if (multiple !== undefined) {
      value *= multiple.factor;
      unit = multiple.unit;
    }
    // "£200,000 a week", "$3m per year", "€40,000 annually": money over a period
    let basis: NumberHit['basis'] = null;
    if (dimension === 'currency') {
      const lead = v.low(j) === 'a' || v.low(j) === 'an' || v.low(j) === 'per' || v.low(j) === 'each' ? 1 : 0;
      const period = MONEY_PERIODS[v.low(j + lead)];
      const adverb = lead === 0 && period && /ly$/.test(v.low(j));
      if (period && (lead === 1 || adverb)) {
        basis = period;
        j += lead + 1;
      }
    }
    // "a dozen", "a hundred", "two dozen" are round approximations
    const approximate = t.lower === 'a' || t.lower === 'an' || v.low(j - 1) === 'dozen';
    hits.push({
      first: i, numFirst: numStart, last: j, value, unit, dimension, wordNumber, bareInteger: bare && !currency && !multiplied && unit === null,
      hyphenated, qualifier: approximate ? 'about' : null, trimEnd, basis,
    });
    i = j - 1;
  }
  return hits;
}
