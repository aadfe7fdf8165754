/**
 * Head words and suffixes that make a capitalised name an organisation.
 *
 * - `ORG_HEADS`: the last word of an organisation's name ("World Health
 *   Organization", "Faris Brigades", "Bayern Munich FC", "Acme Corp"). Lower case,
 *   without the trailing dot.
 * - `ORG_LEADS`: first words of "<Lead> of …" names ("Ministry of Health",
 *   "University of Lagos", "Bank of England"). Lower case.
 * - `ORG_NOUNS`: common nouns that, as the head of an appositive ("Vellmar, a
 *   second-division club, …") or a following noun, describe an organisation.
 * - `ORG_MEMBER_NOUNS`: nouns for members of an organisation ("Acme leaders",
 *   "Acme executives"): a name before them is an organisation or a place.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'brigade', 'brigades', 'council', 'agency', 'commission', 'authority', 'authorities', 'forces', 'force',
  'department', 'university', 'college', 'school', 'academy', 'institute', 'institution', 'party', 'fc', 'afc', 'cf',
  'united', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'co', 'corp', 'corporation', 'company',
  'group', 'bank', 'association', 'committee', 'court', 'police', 'army', 'navy', 'guard', 'guards', 'front', 'movement',
  'organization', 'organisation', 'union', 'federation', 'confederation', 'league', 'club', 'society', 'foundation',
  'fund', 'trust', 'board', 'bureau', 'office', 'service', 'services', 'administration', 'parliament', 'assembly',
  'senate', 'congress', 'cabinet', 'government', 'tribunal', 'network', 'news', 'times', 'post', 'journal', 'herald',
  'tribune', 'press', 'gazette', 'telegraph', 'guardian', 'observer', 'daily', 'radio', 'television', 'tv', 'media',
  'foods', 'brands', 'stores', 'beverages', 'chemicals', 'electronics', 'entertainment', 'studios', 'games',
  'resources', 'minerals', 'mining', 'software', 'networks', 'communications', 'telecom', 'telecoms', 'pictures',
  'records', 'publishing', 'books', 'investments', 'equity', 'advisors', 'advisers', 'associates', 'consulting',
  'airlines', 'airways', 'lines', 'markets', 'securities', 'logistics', 'freight', 'transport', 'motors', 'holdings', 'industries', 'technologies', 'systems', 'partners', 'capital',
  'ventures', 'labs', 'hospital', 'clinic', 'church', 'mosque', 'temple', 'army', 'militia', 'alliance', 'coalition',
  'secretariat', 'headquarters', 'directorate', 'command', 'corps', 'unit', 'division', 'regiment', 'battalion',
  'squad', 'team', 'wanderers', 'rovers', 'athletic', 'albion', 'hotspur', 'olympique', 'sporting', 'fc.', 'council',
  'observatory', 'institute', 'centre', 'center', 'program', 'programme', 'initiative', 'project', 'exchange',
  'reserve', 'commission', 'chamber', 'cartel', 'mission', 'delegation', 'embassy', 'consulate', 'shipping', 'energy',
  'oil', 'petroleum', 'pharmaceuticals', 'pharma', 'bancorp', 'insurance', 'railways', 'railway',
  'semiconductor', 'semiconductors', 'partnership', 'infirmary', 'watch', 'aerospace', 'robotics', 'biotech',
  'therapeutics', 'analytics', 'dynamics', 'automotive', 'airline', 'cooperative', 'co-operative', 'collective',
  // a news agency's bureau signing a story ("Kessel Newsroom"); a company form in Italy; a paper in German
  'newsroom', 'spa', 'zeitung',
  // a union's branch, named by its number ("Local 412")
  'local',
]);

/**
 * First words that make a two-word capitalised name an organisation ahead of its
 * place or subject ("Statistics Canada", "Hospital Kuala Lumpur"). Lower case.
 */
export const ORG_FIRST_WORDS: ReadonlySet<string> = new Set([
  'statistics', 'radio', 'air', 'banco', 'banca', 'hospital', 'club', 'grupo', 'groupe',
]);

/**
 * Nouns naming a kind of organisation that, written just before a capitalised name,
 * introduce that organisation ("the relief group X", "the mortgage broker X",
 * "the property portal X"). Not the nouns that as often describe people ("designer",
 * "founder", "rival", "producer", "publisher"), nor "court" or "side" ("told the court
 * X had …"). A known given name after the noun still makes a person. Lower case.
 */
export const ORG_CLASS_NOUNS: ReadonlySet<string> = new Set([
  'group', 'company', 'firm', 'charity', 'retailer', 'broker', 'brokerage', 'portal', 'start-up', 'startup', 'carrier',
  'airline', 'lender', 'bank', 'insurer', 'manufacturer', 'maker', 'chain', 'broadcaster', 'newspaper',
  'regulator', 'watchdog', 'consultancy', 'agency', 'operator', 'supplier', 'union', 'party', 'club', 'nonprofit',
  'non-profit', 'ngo', 'platform', 'website', 'conglomerate', 'subsidiary', 'outfit', 'label',
  'studio', 'brand', 'think-tank', 'thinktank', 'pollster', 'fund', 'organisation', 'organization', 'network',
  'distributor', 'wholesaler', 'supermarket', 'exporter', 'importer', 'shipper',
  'provider', 'utility', 'trust', 'association', 'coalition', 'alliance', 'journal', 'magazine', 'tabloid', 'weekly',
]);

export const ORG_LEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'university', 'bank', 'council', 'court', 'office', 'bureau', 'board', 'church', 'house',
  'institute', 'school', 'college', 'academy', 'commission', 'committee', 'federation', 'association', 'union',
  'league', 'party', 'society', 'order', 'army', 'people', 'friends', 'doctors', 'reporters', 'organization',
  'organisation', 'agency', 'secretariat', 'chamber', 'fund', 'museum', 'hospital', 'centre', 'center', 'foundation',
  'institution', 'forum', 'coalition', 'alliance', 'network',
]);

/**
 * Generic last words of an organisation's name that its short form may leave off
 * ("United Auto Workers Union" / "United Auto Workers", "Kessel Medical Journal" / …).
 * Lower case.
 */
export const ORG_DROPPABLE_HEADS: ReadonlySet<string> = new Set([
  'union', 'party', 'company', 'group', 'organisation', 'organization', 'journal', 'newspaper', 'magazine', 'network',
]);

/** Company forms written two ways ("Co." / "Company"): the long form → the short one. Lower case. */
export const COMPANY_FORMS: ReadonlyMap<string, string> = new Map([
  ['company', 'co'], ['corporation', 'corp'], ['incorporated', 'inc'], ['limited', 'ltd'], ['and', '&'],
]);

export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'group', 'organization', 'organisation', 'movement', 'party', 'company', 'firm', 'club', 'agency', 'militia',
  'network', 'outlet', 'newspaper', 'broadcaster', 'channel', 'website', 'publication', 'magazine', 'charity',
  'nonprofit', 'non-profit', 'ngo', 'union', 'body', 'regulator', 'ministry', 'department', 'bank', 'lender',
  'insurer', 'carrier', 'airline', 'manufacturer', 'maker', 'retailer', 'startup', 'start-up', 'giant', 'conglomerate',
  'subsidiary', 'team', 'side', 'faction', 'wing', 'alliance', 'coalition', 'government', 'administration', 'council',
  'committee', 'court', 'authority', 'institution', 'university', 'school', 'hospital', 'think-tank', 'thinktank',
  'tank', 'association', 'federation', 'league', 'brigades', 'force', 'forces', 'army', 'police', 'service', 'operator',
  'developer', 'provider', 'producer', 'supplier', 'publisher', 'studio', 'label', 'outfit', 'cartel', 'gang',
]);

export const ORG_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'leaders', 'leader', 'officials', 'official', 'members', 'member', 'militants', 'militant', 'fighters', 'fighter',
  'representatives', 'representative', 'spokesperson', 'spokesman', 'spokeswoman', 'executives', 'executive',
  'employees', 'employee', 'staff', 'shareholders', 'investors', 'board', 'chief', 'boss', 'players', 'player',
  'fans', 'supporters', 'negotiators', 'delegation', 'delegates', 'operatives', 'commanders', 'commander', 'chairman',
  'spokespeople', 'lawyers', 'statement', 'founder', 'ceo', 'manager', 'coach', 'squad', 'shares', 'shareholders',
  'stock', 'customers',
]);

/**
 * Nouns that, after a possessive, belong to an organisation rather than a person
 * ("Acme's shareholders", "the party's leader"). People have aides and
 * spokespeople too, so those are left out.
 */
export const ORG_POSSESSIONS: ReadonlySet<string> = new Set([
  'members', 'leaders', 'leader', 'leadership', 'officials', 'militants', 'fighters', 'executives', 'employees',
  'shareholders', 'board', 'players', 'fans', 'squad', 'chief', 'headquarters', 'founder', 'ranks', 'wing', 'brigades',
  'forces', 'ceo', 'chairman', 'members', 'politburo', 'bureau', 'manager', 'coach', 'stadium', 'shares', 'profits',
  'revenue', 'subsidiary', 'website', 'statement', 'charter', 'board', 'chief', 'shareholders', 'customers',
  'stores', 'products', 'takeover', 'acquisition', 'earnings', 'stock',
]);

/** People before "from X" who speak for an organisation ("a source from Acme", "officials from the agency"). */
export const ORG_SPOKESPEOPLE: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'member', 'members', 'delegation', 'representative', 'representatives',
  'spokesperson', 'spokesman', 'spokeswoman', 'executive', 'executives', 'negotiators', 'envoy', 'envoys',
]);

/**
 * Affixes that organisation names carry in full form and drop in running text
 * ("FC Porto" → "Porto", "Acme Corp" → "Acme"). Lower case, without dots.
 */
export const ORG_AFFIXES: ReadonlySet<string> = new Set([
  'fc', 'afc', 'cf', 'sc', 'ac', 'as', 'ss', 'sv', 'vfb', 'vfl', 'bv', 'rc', 'cd', 'ud', 'inc', 'ltd', 'llc', 'plc', 'corp',
  'co', 'corporation', 'company', 'group', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'holdings', 'limited', 'the',
]);

/** Company suffixes written after a comma ("Acme Widgets, Inc."): part of the name. Lower case, without the dot. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'ltd', 'llc', 'plc', 'corp', 'co', 'lp', 'llp', 'gmbh', 'ag', 'nv', 'sa', 'spa']);

/**
 * Capitalised words that take a possessive inside an organisation's name
 * ("People's Democratic Party", "Women's Institute", "Children's Hospital"). Lower case.
 */
export const POSSESSIVE_ORG_LEADS: ReadonlySet<string> = new Set([
  'people', 'women', 'children', 'men', 'workers', 'farmers', 'veterans', 'citizens', 'st', 'saint', 'king', 'queen',
  'prince', 'nation', 'nations', 'writers', 'teachers', 'doctors', 'lawyers', 'physicians', 'employers', 'traders',
]);
