/**
 * Nouns after "today's" that make it "of our time", not the publication day: "today's youth",
 * "in today's world", "today's computers" (while "today's vote" is a date). Lower case.
 */
export const GENERIC_PRESENT_NOUNS: readonly string[] = [
  'world', 'society', 'youth', 'generation', 'generations', 'children', 'kids', 'teenagers', 'young', 'students', 'parents',
  'families', 'standards', 'terms', 'dollars', 'money', 'technology', 'computers', 'culture', 'politics', 'workplace', 'media',
  'climate', 'age', 'era', 'times', 'economy',
];
