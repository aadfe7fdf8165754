/**
 * Titles and honorifics that mark the name after them as a person.
 *
 * - `HONORIFICS`: forms of address that are not roles (they are stripped from the
 *   name and give no role). Lower case, without the trailing dot.
 * - `TITLE_HEADS`: the head word of an office or job title ("Envoy" in "Special
 *   Presidential Envoy for Water Affairs", "coach", "striker"). Lower case. A
 *   title before a name types it as a person and becomes the mention's role.
 * - `TITLE_MODIFIERS`: words that precede a title head inside a title ("Prime",
 *   "Deputy", "Special"). Lower case.
 * - `TITLE_COMPLEMENTS`: words that follow "of"/"for" inside a title ("Secretary of
 *   State", "Minister for Health"), so the name starts after them. Lower case.
 *
 * Add a word when a title is left glued to a name or a name is read as a title.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame', 'mme', 'mlle',
  'monsieur', 'herr', 'frau', 'señor', 'senor', 'señora', 'senora', 'sheikh', 'sheik', 'rev', 'fr', 'hon',
]);

export const TITLE_HEADS: ReadonlySet<string> = new Set([
  // government and politics
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'envoy', 'ambassador', 'governor',
  'mayor', 'senator', 'sen', 'rep', 'representative', 'pm', 'secy', 'supt', 'collector', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp', 'mep',
  'speaker', 'deputy', 'commissioner', 'councillor', 'councilor', 'councilman', 'councilwoman', 'chairman', 'chairwoman',
  'chair', 'chairperson', 'leader', 'spokesperson', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'aide', 'diplomat',
  'negotiator', 'mediator', 'emissary', 'consul', 'attaché', 'attache', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan',
  'pope', 'cardinal', 'archbishop', 'bishop', 'imam', 'rabbi', 'pastor', 'judge', 'justice', 'magistrate', 'prosecutor',
  'attorney', 'lawyer', 'solicitor', 'barrister', 'sheriff', 'marshal', 'inspector', 'superintendent', 'detective',
  'constable', 'officer', 'official', 'clerk', 'registrar', 'coroner', 'ombudsman', 'auditor', 'treasurer', 'director', 'director-general', 'administrator', 'coordinator', 'rapporteur',
  'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'commander', 'admiral', 'adm', 'cmdr', 'cdr',
  'sergeant', 'sgt', 'corporal', 'private', 'brigadier', 'marshal', 'chief', 'head', 'founder', 'co-founder',
  // business
  'ceo', 'cfo', 'coo', 'cto', 'executive', 'manager', 'owner', 'president-elect', 'boss', 'analyst', 'economist',
  'strategist', 'investor', 'banker', 'trader', 'consultant', 'partner', 'editor', 'reporter', 'journalist',
  'correspondent', 'columnist', 'commentator', 'researcher', 'scientist', 'professor', 'lecturer', 'historian', 'expert',
  'engineer', 'doctor', 'surgeon', 'nurse', 'physician', 'teacher', 'principal', 'dean', 'provost', 'activist',
  'campaigner', 'organiser', 'organizer', 'candidate', 'nominee', 'challenger', 'incumbent', 'lobbyist', 'author', 'writer',
  // sport
  'coach', 'manager', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'captain',
  'full-back', 'fullback', 'centre-back', 'center-back', 'quarterback', 'pitcher', 'batter', 'bowler', 'batsman',
  'skipper', 'referee', 'umpire', 'player', 'athlete', 'sprinter', 'runner', 'champion', 'driver', 'rider', 'cyclist',
  'boxer', 'fighter', 'wrestler', 'swimmer', 'golfer', 'coach', 'trainer', 'chairman', 'substitute',
  'playmaker', 'centre-forward', 'debutant',
  // professions named before a name ("seismologist Jane Roe")
  'seismologist', 'geologist', 'volcanologist', 'epidemiologist', 'virologist', 'economist', 'meteorologist',
  'climatologist', 'biologist', 'psychologist', 'criminologist', 'sociologist', 'paramedic',
  'midwife', 'pharmacist', 'architect', 'pilot', 'astronaut', 'firefighter', 'spokesperson', 'novelist', 'poet',
  'actor', 'actress', 'singer', 'rapper', 'comedian', 'presenter', 'musician', 'filmmaker', 'photographer', 'chef', 'photojournalist',
]);

export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'deputy', 'vice', 'special', 'presidential', 'chief', 'senior', 'junior', 'assistant', 'associate', 'acting',
  'interim', 'former', 'ex', 'first', 'foreign', 'interior', 'defence', 'defense', 'finance', 'health', 'home', 'state',
  'federal', 'national', 'regional', 'provincial', 'county', 'city', 'district', 'general', 'executive', 'managing',
  'attorney', 'secretary', 'lead', 'top', 'head', 'principal', 'permanent', 'supreme', 'high', 'grand', 'crown', 'new',
  'incoming', 'outgoing', 'elect', 'rear', 'lieutenant', 'staff', 'press', 'communications', 'media', 'political',
  'military', 'security', 'intelligence', 'economic', 'legal', 'police', 'fire', 'army', 'party', 'opposition',
  'majority', 'minority', 'caretaker', 'transitional', 'co', 'joint', 'team', 'club', 'assistant', 'head', 'veteran',
]);

export const TITLE_COMPLEMENTS: ReadonlySet<string> = new Set([
  'state', 'affairs', 'foreign', 'home', 'interior', 'defence', 'defense', 'health', 'finance',
  'treasury', 'justice', 'education', 'energy', 'trade', 'commerce', 'industry', 'agriculture', 'transport',
  'transportation', 'labour', 'labor', 'environment', 'housing', 'culture', 'sport', 'sports', 'tourism', 'economy',
  'development', 'security', 'homeland', 'staff', 'communications', 'information', 'police', 'emergency', 'emergencies',
  'management', 'water', 'resources', 'planning', 'works', 'public', 'internal', 'external', 'international',
  'relations', 'cooperation', 'immigration', 'migration', 'digital', 'science', 'technology', 'research', 'the',
  'and', 'veterans', 'women', 'youth', 'children', 'families', 'social', 'welfare', 'religious', 'climate', 'change',
  'disaster', 'disasters', 'relief', 'operations', 'human', 'rights', 'peace', 'middle', 'east', 'region', 'exchequer',
  'war', 'navy', 'army', 'air', 'force', 'mines', 'oil', 'gas', 'petroleum', 'fisheries', 'forestry', 'lands',
]);
