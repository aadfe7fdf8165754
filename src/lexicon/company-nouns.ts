/**
 * Nouns for "the business the article is about" ("the company said", "the firm said"): the
 * company is often named without the noun in its name (Acme Ltd, Acme & Co.), so such a
 * description goes to the organisation the article names most; other descriptions ("the
 * council") must find their noun in a name. `OUTLET_HEADS`: last words of a news outlet's name
 * ("Harbour Gazette", "Daily News"): an outlet is where the words were told, not the company.
 * Lower case.
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'business', 'manufacturer', 'maker', 'producer', 'retailer', 'carmaker', 'automaker',
  'airline', 'carrier', 'brand', 'chain', 'insurer', 'lender', 'startup', 'start-up', 'conglomerate', 'group', 'operator',
  'developer', 'supplier', 'distributor', 'utility', 'corporation',
]);

export const OUTLET_HEADS: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'press', 'gazette', 'telegraph', 'guardian', 'observer',
  'daily', 'radio', 'television', 'tv', 'media', 'magazine', 'courier', 'chronicle', 'star', 'mail', 'express', 'record',
  'reuters', 'bloomberg', 'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'ap',
]);
