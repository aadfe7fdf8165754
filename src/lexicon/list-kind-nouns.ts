/**
 * Nouns that close a list of names and say what kind of thing every name in it is
 * ("sold at Sears, Walmart and other stores", "Bihar, Jharkhand and other states",
 * "Roe, Doe and other officials"). Lower case, singular; the rule also reads the plural.
 *
 * Only the nouns missing from ORG_CLASS_NOUNS, ORG_NOUNS, PLACE_NOUNS and PERSON_NOUNS
 * are listed here.
 */
export const LIST_ORG_NOUNS: ReadonlySet<string> = new Set([
  'store', 'shop', 'outlet', 'retailer', 'chain', 'brand', 'firm', 'company', 'corporation', 'business', 'employer',
  'automaker', 'carmaker', 'bank', 'newspaper', 'broadcaster', 'publisher', 'university', 'charity', 'club', 'team',
]);

export const LIST_PLACE_NOUNS: ReadonlySet<string> = new Set(['place', 'location', 'destination', 'market', 'economy']);

export const LIST_PERSON_NOUNS: ReadonlySet<string> = new Set(['official', 'leader', 'player', 'athlete', 'artist', 'actor', 'singer', 'star', 'celebrity', 'executive', 'lawmaker', 'politician']);
