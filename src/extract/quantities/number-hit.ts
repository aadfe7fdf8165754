import type { Qualifier } from '../../lexicon/quantity-qualifiers.js';

/** A figure found in a sentence, before it is known what it counts. Mutable while the stage refines it. */
export interface NumberHit {
  /** first token of the whole expression (qualifier, currency sign, figure). */
  first: number;
  /** first token of the figure itself. */
  readonly numFirst: number;
  /** one past the last token of the figure and its unit. */
  last: number;
  value: number;
  /** ISO currency, '%', a measure unit ("km", "days"), or null for a plain count. */
  unit: string | null;
  /** currency | percent | distance | duration | … | count */
  dimension: string;
  /** written in words ("five", "a dozen"). */
  readonly wordNumber: boolean;
  /** the digits of a plain integer written without separators ("1997"), for the year test. */
  readonly bareInteger: boolean;
  /** "42-day", "10,000-seat": the unit is glued to the figure by a hyphen and a noun follows. */
  hyphenated: boolean;
  qualifier: Qualifier | null;
  /** money over a period ("£200,000 a week"): the basis and how many periods make a year. */
  basis: { readonly basis: string; readonly perYear: number } | null;
  /** characters to drop from the end of the last token ("£45m." tokenised as "45" + "m."). */
  trimEnd: number;
}
