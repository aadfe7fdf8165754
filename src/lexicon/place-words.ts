/**
 * Cues that make a capitalised name a place.
 *
 * - `PLACE_HEADS`: last word of a place name ("Lagos State", "Caprivi Strip", "Orange
 *   County", "Niger River"). Lower case.
 * - `PLACE_LEADS`: first word of "<Lead> of …" place names ("Gulf of Mexico",
 *   "Republic of Ireland", "City of London"). Lower case.
 * - `PLACE_PREPOSITIONS`: prepositions after which a capitalised name is probably a
 *   place ("in Lagos", "near Tarwick"). "to" is left out: people are spoken to.
 * - `PLACE_NOUNS`: common nouns heading an appositive that describes a place
 *   ("Tarwick, a market town on the river, …").
 * - `PLACE_FOLLOWERS`: nouns after a name that make it a country or a city
 *   ("Kenya's government", "Lagos residents").
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'county', 'province', 'state', 'city', 'river', 'strip', 'street', 'st', 'road', 'avenue', 'boulevard', 'lane',
  'square', 'bridge', 'island', 'islands', 'isles', 'mountains', 'mountain', 'mount', 'hills', 'hill', 'valley',
  'lake', 'sea', 'ocean', 'bay', 'gulf', 'coast', 'peninsula', 'desert', 'forest', 'park', 'region', 'district',
  'territory', 'territories', 'borough', 'township', 'village', 'town', 'parish', 'prefecture', 'governorate',
  'oblast', 'canton', 'heights', 'plain', 'plains', 'delta', 'basin', 'canal', 'harbour', 'harbor',
  'port', 'beach', 'falls', 'creek', 'hollow', 'springs', 'highlands', 'lowlands', 'camp', 'crossing', 'airport', 'stadium', 'arena',
  'republic', 'kingdom', 'emirate', 'emirates', 'corridor', 'archipelago', 'glacier', 'reservoir',
  'dam', 'point', 'headland', 'area', 'estate', 'quarter', 'hall', 'market', 'cathedral', 'palace', 'castle', 'tower', 'centre', 'plaza', 'neighbourhood', 'neighborhood', 'suburb', 'municipality', 'metropolitan', 'shire',
]);

export const PLACE_LEADS: ReadonlySet<string> = new Set([
  'gulf', 'bay', 'republic', 'kingdom', 'city', 'state', 'province', 'isle', 'island', 'lake', 'mount', 'cape',
  'strait', 'straits', 'sea', 'port', 'county', 'district', 'region', 'fort', 'saint', 'st', 'san', 'santa', 'são',
]);

export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'across', 'outside', 'inside', 'throughout', 'around', 'towards', 'toward', 'into',
  'within', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west',
]);

export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'capital', 'country', 'nation', 'state', 'region', 'province', 'county', 'district',
  'territory', 'enclave', 'island', 'area', 'suburb', 'neighbourhood', 'neighborhood', 'municipality', 'port',
  'hamlet', 'settlement', 'kingdom', 'republic', 'emirate', 'peninsula', 'valley', 'river', 'lake', 'borough',
]);

export const PLACE_FOLLOWERS: ReadonlySet<string> = new Set([
  'authorities', 'residents', 'citizens', 'people', 'population', 'military', 'army', 'troops',
  'border', 'borders', 'capital', 'embassy', 'economy', 'territory',
  'soil', 'airspace', 'coast', 'streets', 'neighbours', 'neighbors', 'mayor', 'mayoral', 'municipal', 'outskirts',
  'suburbs', 'waterfront', 'downtown', 'townspeople', 'skyline',
]);

/**
 * Lower-case nouns after a one-word name that make it a place: an area of it
 * ("the X highlands", "the X region", "X's coast") or its currency ("the X krona").
 * Lower case.
 */
export const PLACE_AREA_NOUNS: ReadonlySet<string> = new Set([
  'highlands', 'lowlands', 'region', 'coast', 'coastline', 'countryside', 'mainland', 'interior', 'hinterland',
  'province', 'valley', 'uplands', 'mountains', 'border', 'borders', 'capital', 'currency', 'krona', 'krone', 'kronor',
  'franc', 'peso', 'rupee', 'rand', 'lira', 'shilling', 'dinar', 'dirham', 'rouble', 'ruble', 'zloty', 'forint',
  'koruna', 'leu', 'lev', 'dollar', 'economy', 'parliament', 'government', 'electorate', 'voters', 'countryside',
]);

/**
 * First words that make a two-word capitalised name a place without "of"
 * ("Cape Merrow", "Mount Elgon", "Lake Tivan", "Port Elwin", "Isle Royale"). Lower case.
 */
export const PLACE_PREFIX_WORDS: ReadonlySet<string> = new Set([
  'cape', 'mount', 'mt', 'lake', 'port', 'isle', 'fort', 'glen', 'loch', 'lago', 'monte', 'puerto', 'porto', 'costa',
  'sierra', 'rio', 'wadi', 'ras', 'cap',
]);
