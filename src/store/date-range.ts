/** Earliest / latest of two ISO dates where null means "unknown" (a story's date range as articles join). Shared by both stores. */
export const minDate = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
export const maxDate = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);
