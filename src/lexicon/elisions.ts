/**
 * Words that begin (or are wrapped in) an apostrophe standing for dropped letters:
 * “rock ’n’ roll”, “’em”, “’til”. A mark before them is not an opening quote.
 * Lower case, without the apostrophe. Decades (’90s) are recognised by pattern in code.
 */
export const ELISIONS: ReadonlySet<string> = new Set([
  'n', 'em', 'til', 'cause', 'cos', 'tis', 'twas', 'bout', 'round', 'neath', 'nuff', 'ere', 'ol', 'fraid', 'kay', 'sup',
]);
