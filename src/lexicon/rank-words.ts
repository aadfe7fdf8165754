/**
 * Ranks an outlet states ("the seventh leading cause of death", "the third-largest gaming
 * company", "the deadliest wildfire"): src/extract/quantities/ranks.ts. Lower case.
 */

/** Ordinal words and figures → the rank they give. */
export const RANK_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
};

/** Superlatives that rank the noun after them ("the largest company", "the deadliest fire"). */
export const RANK_SUPERLATIVES: readonly string[] = [
  'largest', 'biggest', 'deadliest', 'worst', 'highest', 'lowest', 'smallest', 'richest', 'busiest', 'costliest', 'most-watched',
];

/**
 * "leading" ranks only these nouns ("the leading cause of death", "the seventh leading risk
 * factor"); "the leading candidate" or "the leading opposition party" name prominence, not a rank.
 */
export const LEADING_NOUNS: readonly string[] = ['cause', 'causes', 'factor', 'killer', 'contributor', 'source', 'exporter', 'importer', 'producer', 'scorer', 'reason'];
