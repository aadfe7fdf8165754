/**
 * Sentence openers that lean on the sentence before ("It rejected…", "However, …",
 * "This came after…"): an extracted sentence starting with one cannot stand alone in a
 * summary. Belongs here: pronouns, demonstratives and connectives, lower-case.
 */
export const DANGLING_OPENERS: ReadonlySet<string> = new Set([
  'it', 'its', 'he', 'his', 'she', 'her', 'they', 'their', 'them', 'this', 'these', 'those', 'that', 'there',
  'but', 'and', 'or', 'so', 'yet', 'also', 'however', 'meanwhile', 'still', 'instead', 'moreover', 'furthermore',
  'nevertheless', 'nonetheless', 'therefore', 'thus', 'hence', 'besides', 'then', 'such', 'both', 'another', 'other',
]);
