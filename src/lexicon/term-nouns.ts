/**
 * Nouns of an agreement that runs for a time: "a contract until 2030" is a contract of about four
 * years when written in 2026, set against another outlet's "four-year contract"
 * (src/extract/quantities/term-end.ts). Lower case, singular as written before "until".
 */
export const TERM_NOUNS: readonly string[] = ['contract', 'deal', 'lease', 'loan', 'agreement', 'licence', 'license', 'mandate', 'term', 'tenure'];
