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

/**
 * First words that show a text is a clause cut out of a sentence, not a statement
 * ("were killed when…", "when the bridge fell…"): such an event description is not
 * told as it stands. Lower-case.
 */
export const CLAUSE_FRAGMENT_OPENERS: ReadonlySet<string> = new Set([
  'when', 'while', 'where', 'which', 'who', 'whom', 'whose', 'that', 'was', 'were', 'is', 'are', 'be', 'been', 'being',
  'had', 'has', 'have', 'did', 'does', 'do', 'and', 'or', 'but', 'as', 'than', 'to', 'of', 'by', 'with', 'said', 'says',
]);
