/**
 * Fact predicates: the relations the fact stage reads from clauses, as data.
 *
 * A relation is a verb class (its written forms, every inflection spelled out, no stemming) with
 * the role its grammatical subject and its object play. "X beat Y" gives two facts about the
 * story's event: winner = X, loser = Y. A form may end in a preposition ("lost to", "handed over
 * to"): the object is then the name after it. `passive` forms take their agent after "by"
 * ("was bought by X"), so X fills the `subject` role.
 *
 * `single`: the role has one filler at one time (one winner, one buyer), so different fillers in
 * different accounts conflict. A multi-valued role (met with, sold at) never conflicts.
 *
 * What belongs here: forms that name the event in most news use. Leave out forms that mostly
 * mean something else ("found" in "found that", "hit" as in a record, "led" as in leading a
 * score) unless the object is required to be a name.
 */
export interface FactRelation {
  /** verb class key ("defeat", "acquire"). */
  readonly key: string;
  /** the event the roles belong to: classes of one event share roles ("X beat Y", "Y lost to X", "Y conceded" → contest winner/loser). */
  readonly event: string;
  /** active forms: subject VERB object. */
  readonly forms: readonly string[];
  /** passive participles: object was VERB by subject ("was acquired by"). */
  readonly passive: readonly string[];
  /** role of the grammatical (active) subject; null when the subject is not recorded. */
  readonly subject: string | null;
  /** role of the object; null when the object is not recorded. */
  readonly object: string | null;
  readonly single: boolean;
  /** the roles may be filled by a place-typed name: shops and journals are often typed as places ("sold at Home Depot"). */
  readonly places?: boolean;
  /** the object may be a short phrase instead of a name ("collided with a goods train" → "goods train"). */
  readonly phrases?: boolean;
  /**
   * the verb counts only when one of these nouns follows it within a few words ("announced the
   * recall", "issued a recall"): a verb that takes any object ("announced that …") names no event.
   */
  readonly objectNouns?: readonly string[];
  /** split forms: a verb, up to a dozen words, then the particle before the object ("transferred its rights … to X"). */
  readonly split?: { readonly verbs: readonly string[]; readonly particle: string };
  /** nouns that may stand between the subject's name and the verb: "the Vega rocket lifted off". */
  readonly subjectHeads?: readonly string[];
  /** object inside the form: a verb, the object's name, then a word ("found X guilty" → object X). */
  readonly infix?: { readonly verbs: readonly string[]; readonly after: string };
}

export const FACT_RELATIONS: readonly FactRelation[] = [
  { key: 'defeat', event: 'contest', forms: ['beat', 'beats', 'defeated', 'defeats', 'defeat', 'overcame', 'overcomes', 'outclassed', 'edged', 'stunned', 'upset', 'thrashed', 'routed', 'outlasted', 'ousted'],
    passive: ['beaten', 'defeated', 'overcome', 'edged', 'stunned', 'routed', 'outlasted', 'ousted'], subject: 'winner', object: 'loser', single: true },
  { key: 'win', event: 'contest', forms: ['won', 'wins', 'clinched', 'clinches', 'captured', 'claimed the title', 'lifted the trophy', 'triumphed', 'triumphs'],
    passive: [], subject: 'winner', object: null, single: true },
  { key: 'lose-to', event: 'contest', forms: ['lost to', 'loses to', 'fell to', 'falls to', 'conceded defeat to', 'was beaten by'], passive: [], subject: 'loser', object: 'winner', single: true },
  { key: 'concede', event: 'contest', forms: ['conceded', 'concedes', 'conceded defeat'], passive: [], subject: 'loser', object: null, single: true },
  { key: 'acquire', event: 'acquisition', forms: ['acquired', 'acquires', 'bought', 'buys', 'purchased', 'purchases', 'took over', 'takes over', 'completed its acquisition of',
    'completed its purchase of', 'completed its takeover of', 'closed its acquisition of', 'closed its purchase of', 'closed its takeover of',
    'acquisition of', 'purchase of', 'takeover of', 'deal to acquire', 'deal to buy', 'bid to acquire'],
    passive: ['acquired', 'bought', 'purchased', 'taken over'], subject: 'buyer', object: 'acquired', single: true },
  { key: 'publish', event: 'publication', forms: ['published in', 'publishes in', 'appeared in', 'appears in', 'was published in', 'were published in', 'are published in', 'is published in',
    'published today in', 'published online in', 'published this week in'], passive: [], subject: null, object: 'published in', single: true, places: true },
  { key: 'fund', event: 'funding', forms: ['funded by', 'financed by', 'sponsored by', 'paid for by', 'received funding from', 'receives funding from', 'with funding from',
    'funded in part by', 'was funded by', 'were funded by', 'grant from', 'grants from'], passive: [], subject: null, object: 'funder', single: false },
  { key: 'lead', event: 'leadership', forms: ['led by', 'headed by', 'chaired by', 'brokered by', 'mediated by'], passive: [], subject: null, object: 'led by', single: false },
  { key: 'hand-over', event: 'handover', forms: ['handed over to', 'handed to', 'transferred to', 'released to', 'delivered to', 'turned over to'], passive: [], subject: null, object: 'handed over to', single: true,
    split: { verbs: ['transferred', 'transfers', 'transfer', 'transferring', 'handed', 'hands', 'handing', 'hand'], particle: 'to' } },
  // a train, a ship, a lorry in a crash: each vehicle named is involved; what it hit may be a phrase ("a goods train")
  { key: 'collide', event: 'collision', forms: ['collided with', 'collides with', 'collided head-on with', 'crashed into', 'crashed head-on into', 'ploughed into', 'plowed into',
    'rammed', 'smashed into', 'slammed into'], passive: ['rammed'], subject: 'striking', object: 'struck', single: false, phrases: true },
  { key: 'derail', event: 'collision', forms: ['derailed', 'derails', 'crashed', 'capsized', 'sank', 'ran aground', 'went off the tracks', 'came off the tracks'], passive: [],
    subject: 'involved', object: null, single: false },
  { key: 'involve', event: 'collision', forms: ['crash involving', 'collision involving', 'accident involving', 'derailment involving'], passive: [], subject: null, object: 'involved', single: false },
  // a court's verdict: "X was found guilty", "X was convicted of fraud", "a jury convicted X", "jurors found X guilty", "X was acquitted"
  { key: 'convict', event: 'verdict', forms: ['convicted', 'convicts'], passive: ['found guilty', 'convicted'], subject: 'court', object: 'convicted', single: false,
    infix: { verbs: ['found', 'finds', 'find'], after: 'guilty' } },
  { key: 'acquit', event: 'verdict', forms: ['acquitted', 'acquits'], passive: ['acquitted', 'found not guilty'], subject: 'court', object: 'acquitted', single: false,
    infix: { verbs: ['found', 'finds', 'find'], after: 'not guilty' } },
  // who is blamed for an attack or a breach: "the attack was carried out by X", "blamed on X", "X claimed responsibility"
  { key: 'blame', event: 'attack', forms: ['carried out by', 'blamed on', 'attributed to', 'claimed responsibility', 'claimed responsibility for', 'was behind', 'were behind'],
    passive: [], subject: 'perpetrator', object: 'perpetrator', single: true },
  // a launch: "the agency launched the Orion capsule", "the probe was launched by X"
  { key: 'launch', event: 'launch', forms: ['launched', 'launches'], passive: [], subject: 'launched by', object: 'launched', single: false,
    objectNouns: ['rocket', 'rockets', 'probe', 'satellite', 'satellites', 'mission', 'capsule', 'spacecraft', 'missile', 'missiles', 'shuttle', 'telescope', 'lander', 'rover'] },
  // "the X rocket lifted off", "X blasted off": the launched craft is the grammatical subject
  { key: 'lift-off', event: 'launch', forms: ['lifted off', 'lifts off', 'blasted off', 'blasts off', 'took off from', 'takes off from'], passive: [], subject: 'launched', object: null, single: false,
    subjectHeads: ['rocket', 'capsule', 'spacecraft', 'probe', 'mission', 'shuttle', 'lander', 'plane', 'aircraft', 'jet', 'airliner', 'flight', 'helicopter'] },
  // a company or an authority stopping a service, a line or a plant: "X shut down its pipeline", "X halted operations", "X was forced to halt flights"
  { key: 'shut-down', event: 'shutdown', forms: ['shut down', 'shuts down', 'shutting down', 'halted', 'halts', 'halt', 'suspended', 'suspends', 'suspend', 'took offline', 'takes offline',
    'closed down', 'closes down', 'paused', 'pauses', 'stopped', 'stops'], passive: [], subject: 'shut down by', object: null, single: false,
  objectNouns: ['operations', 'operation', 'pipeline', 'pipelines', 'network', 'networks', 'systems', 'system', 'plant', 'plants', 'factory', 'factories', 'production',
    'service', 'services', 'flights', 'trains', 'traffic', 'shipments', 'deliveries', 'trading', 'refinery', 'refineries', 'mine', 'mines', 'port', 'airport', 'line', 'lines',
    'servers', 'website', 'pumping', 'fuel', 'supplies', 'work', 'works'] },
  // who announced the recall, the verdict, the deal: only with such a noun after the verb
  { key: 'announce', event: 'announcement', forms: ['announced', 'announces', 'issued', 'issues', 'ordered', 'orders', 'declared', 'declares'], passive: [], subject: 'announced by',
    object: null, single: false, objectNouns: ['recall', 'recalls', 'ban', 'verdict', 'ruling', 'decision', 'results', 'merger', 'acquisition', 'ceasefire', 'sanctions',
      'investigation', 'probe', 'lockdown', 'evacuation', 'evacuations', 'closure', 'layoffs', 'warning', 'alert', 'emergency', 'curfew', 'fine', 'penalty'] },
  { key: 'sell-at', event: 'sale', forms: ['sold at', 'sold through', 'sold in stores such as', 'sold online and at', 'sold in stores and at', 'available at'], passive: [], subject: null, object: 'sold at', single: false, places: true },
  { key: 'join', event: 'move', forms: ['joined', 'joins', 'signed for', 'signs for', 'signed with', 'signs with', 'moved to'], passive: [], subject: 'member', object: 'joined', single: false },
  // where talks or meetings happened: "talks took place in X", "meetings in X", "were held in X"
  { key: 'take-place', event: 'meeting', forms: ['took place in', 'taken place in', 'takes place in', 'take place in', 'was held in', 'were held in',
    'been held in', 'meetings in', 'talks in', 'negotiations in', 'met in'], passive: [], subject: null, object: 'place', single: false, places: true },
  { key: 'meet', event: 'meeting', forms: ['met with', 'meets with', 'held talks with', 'holds talks with', 'spoke with', 'talked with'], passive: [], subject: 'met', object: 'met', single: false },
  { key: 'arrest', event: 'arrest', forms: ['arrested', 'detained', 'charged', 'indicted'], passive: ['arrested', 'detained', 'charged', 'indicted'],
    subject: 'arresting authority', object: 'arrested', single: false },
];

/**
 * Lower-case words that may not stand between a verb and its object name even as modifiers: they
 * start another phrase ("acquired a stake in X", "beat the odds against X", "sold shares of X").
 */
export const OBJECT_STOPS: ReadonlySet<string> = new Set([
  'stake', 'share', 'shares', 'part', 'parts', 'unit', 'units', 'division', 'rights', 'record', 'odds', 'deal', 'bid', 'offer', 'plan', 'plans',
  'brand', 'brands', 'assets', 'business', 'businesses', 'subsidiary', 'owner', 'founder', 'said', 'says',
]);

/** Words that put the clause after them in doubt: "was expected to win" is not "won". */
export const HEDGE_CUES: readonly string[] = [
  'expected to', 'likely to', 'set to', 'poised to', 'due to', 'tipped to', 'favoured to', 'favored to', 'hoping to', 'hopes to', 'hoped to', 'aims to', 'aiming to',
  'plans to', 'planned to', 'planning to', 'seeks to', 'sought to', 'trying to', 'tried to', 'would', 'could', 'might', 'may', 'reportedly', 'allegedly',
  'believed to', 'thought to', 'said to be', 'rumoured', 'rumored', 'possibly', 'probably', 'if', 'whether', 'bid to', 'attempt to', 'will', 'agreed to',
  'proposed', 'pending', 'hopes of', 'chance to',
];

/** Words that deny the clause after them: a denial is not an agreement. */
export const NEGATION_CUES: readonly string[] = [
  'not', "n't", 'never', 'no longer', 'denied', 'denies', 'deny', 'denying', 'rejected claims', 'failed to', 'fails to', 'refused to', 'neither', 'nor',
];

/**
 * A denial with a "that" clause governs the whole clause, however long its subject ("officials denied
 * that the two aid workers held since May had been handed over …"): read over a longer window.
 */
export const DENIAL_THAT_CUES: readonly string[] = ['denied that', 'denies that', 'deny that', 'denying that', 'rejected claims that', 'dismissed claims that'];

/** The attribute predicates the stage reads from noun phrases, with whether one person has one value at a time. */
export const FACT_ATTRIBUTES: Readonly<Record<string, { readonly single: boolean; readonly label: string }>> = {
  role: { single: false, label: 'role' },
  affiliation: { single: false, label: 'affiliation' },
  nationality: { single: true, label: 'nationality' },
  origin: { single: true, label: 'home town' },
};

/** Abbreviations in a title, written out so that "Chief Secy" and "Chief Secretary" are one role. */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['secy', 'secretary'], ['gen', 'general'], ['govt', 'government'], ['dept', 'department'], ['sen', 'senator'], ['rep', 'representative'],
  ['supt', 'superintendent'], ['pm', 'prime minister'], ['lt', 'lieutenant'], ['col', 'colonel'], ['capt', 'captain'], ['cmdr', 'commander'],
  ['adm', 'admiral'], ['sgt', 'sergeant'], ['maj', 'major'], ['prof', 'professor'], ['asst', 'assistant'], ['dy', 'deputy'], ['addl', 'additional'],
  ['gov', 'governor'], ['atty', 'attorney'], ['dir', 'director'], ['mgr', 'manager'],
  ['ceo', 'chief executive'], ['cfo', 'chief financial officer'], ['coo', 'chief operating officer'], ['cto', 'chief technology officer'],
  ['vp', 'vice president'], ['md', 'managing director'],
]);

/**
 * Wordings of one office written one way in a role's key, so that "CEO of Acme", "Acme chief
 * executive officer" and "Acme boss" state one role: phrase → replacement, whole words, tried on the
 * lower-cased role after abbreviations are written out. A trailing "chief" is the head of what the
 * words before it name ("police chief", "Acme chief"); "chief" before another word is part of a
 * title ("chief secretary") and stays.
 */
export const ROLE_SYNONYMS: readonly (readonly [RegExp, string])[] = [
  [/\bchief executive officer\b/gu, 'chief executive'],
  [/\b(?:boss|chief|leader)$/gu, 'head'],
];

/** Who wrote the story's study: "lead author Dr Jane Roe" (single-valued: a study has one lead author). */
export const STUDY_ROLES: readonly string[] = ['lead author', 'senior author', 'first author', 'corresponding author', 'lead researcher', 'principal investigator', 'study author'];

/**
 * Nouns for a person of a nation that are not adjectives ("the 18-year-old Briton beat …"): a
 * description, not a name, so they fill no role. The adjectives are in src/lexicon/demonyms.ts.
 */
export const NATIONAL_NOUNS: ReadonlySet<string> = new Set([
  'Briton', 'Britons', 'Brit', 'Brits', 'Scot', 'Scots', 'Swede', 'Swedes', 'Dane', 'Danes', 'Finn', 'Finns', 'Pole', 'Poles', 'Turk', 'Turks',
  'Spaniard', 'Spaniards', 'Frenchman', 'Frenchwoman', 'Englishman', 'Englishwoman', 'Irishman', 'Irishwoman', 'Welshman', 'Welshwoman', 'Dutchman',
  'Kiwi', 'Kiwis', 'Aussie', 'Aussies', 'Yank', 'Yanks',
]);

/**
 * A name that is a labour union's: "United Auto Workers", "Transport Salaried Staffs' Association",
 * "Teamsters", "Allied Dockworkers Union" — a word for working people, not "Union" alone (the European
 * Union, a credit union).
 */
export const UNION_NAME =
  /(?:Workers|workers|Teamsters|Guild|Brotherhood|Staffs|Employees|Nurses|Teachers|Dockers|Miners|Drivers|Pilots|Machinists|Firefighters|Labou?r|Trades)\b/u;

/** Demonym-list words (src/lexicon/demonyms.ts) that name a faith, party, region or style, not a nationality. */
export const NOT_NATIONALITIES: ReadonlySet<string> = new Set([
  'Arab', 'Arabic', 'Jewish', 'Muslim', 'Christian', 'Catholic', 'Protestant', 'Orthodox', 'Islamic', 'Islamist', 'Sunni', 'Shia', 'Shiite', 'Hindu',
  'Buddhist', 'Sikh', 'Western', 'Eastern', 'African', 'Asian', 'Latin', 'Latino', 'Hispanic', 'Caribbean', 'Scandinavian', 'Nordic', 'Balkan',
  'Baltic', 'Gulf', 'Zionist', 'Republican', 'Democratic', 'Conservative', 'Liberal', 'Socialist', 'Communist', 'Soviet', 'Ottoman', 'Middle Eastern',
  'Northern', 'Southern', 'Anglo', 'Franco', 'Sino', 'Indo', 'Afro', 'European', 'Persian', 'Kurd', 'Druze', 'Bedouin',
]);

/** Lower-case words that may stand between a nationality and a name: "British teenager Jane Roe", "Kenyan long-distance runner". */
export const DESCRIPTOR_NOUN = /^[\p{Ll}][\p{Ll}-]*$/u;

/**
 * Country names (and the short forms news uses) with their nationality adjective, so that
 * "Jane Roe of Kenya", "Kenya's Jane Roe" and "Kenyan Jane Roe" state one nationality.
 */
export const COUNTRY_NATIONALITY: ReadonlyMap<string, string> = new Map([
  ['Afghanistan', 'Afghan'], ['Albania', 'Albanian'], ['Algeria', 'Algerian'], ['Argentina', 'Argentine'], ['Armenia', 'Armenian'], ['Australia', 'Australian'],
  ['Austria', 'Austrian'], ['Bangladesh', 'Bangladeshi'], ['Belarus', 'Belarusian'], ['Belgium', 'Belgian'], ['Bolivia', 'Bolivian'], ['Brazil', 'Brazilian'],
  ['Britain', 'British'], ['Great Britain', 'British'], ['United Kingdom', 'British'], ['UK', 'British'], ['Bulgaria', 'Bulgarian'], ['Cameroon', 'Cameroonian'],
  ['Canada', 'Canadian'], ['Chile', 'Chilean'], ['China', 'Chinese'], ['Colombia', 'Colombian'], ['Croatia', 'Croatian'], ['Cuba', 'Cuban'], ['Czech Republic', 'Czech'],
  ['Czechia', 'Czech'], ['Denmark', 'Danish'], ['Ecuador', 'Ecuadorian'], ['Egypt', 'Egyptian'], ['England', 'English'], ['Estonia', 'Estonian'], ['Ethiopia', 'Ethiopian'],
  ['Finland', 'Finnish'], ['France', 'French'], ['Georgia', 'Georgian'], ['Germany', 'German'], ['Ghana', 'Ghanaian'], ['Greece', 'Greek'], ['Hungary', 'Hungarian'],
  ['Iceland', 'Icelandic'], ['India', 'Indian'], ['Indonesia', 'Indonesian'], ['Iran', 'Iranian'], ['Iraq', 'Iraqi'], ['Ireland', 'Irish'], ['Israel', 'Israeli'],
  ['Italy', 'Italian'], ['Jamaica', 'Jamaican'], ['Japan', 'Japanese'], ['Jordan', 'Jordanian'], ['Kazakhstan', 'Kazakh'], ['Kenya', 'Kenyan'], ['Latvia', 'Latvian'],
  ['Lebanon', 'Lebanese'], ['Lithuania', 'Lithuanian'], ['Malaysia', 'Malaysian'], ['Mexico', 'Mexican'], ['Morocco', 'Moroccan'], ['Nepal', 'Nepalese'],
  ['Netherlands', 'Dutch'], ['Holland', 'Dutch'], ['New Zealand', 'New Zealander'], ['Nigeria', 'Nigerian'], ['Norway', 'Norwegian'], ['Pakistan', 'Pakistani'],
  ['Peru', 'Peruvian'], ['Philippines', 'Filipino'], ['Poland', 'Polish'], ['Portugal', 'Portuguese'], ['Qatar', 'Qatari'], ['Romania', 'Romanian'], ['Russia', 'Russian'],
  ['Saudi Arabia', 'Saudi'], ['Scotland', 'Scottish'], ['Senegal', 'Senegalese'], ['Serbia', 'Serbian'], ['Slovakia', 'Slovak'], ['Slovenia', 'Slovenian'],
  ['South Africa', 'South African'], ['South Korea', 'Korean'], ['Spain', 'Spanish'], ['Sri Lanka', 'Sri Lankan'], ['Sudan', 'Sudanese'], ['Sweden', 'Swedish'],
  ['Switzerland', 'Swiss'], ['Syria', 'Syrian'], ['Taiwan', 'Taiwanese'], ['Tanzania', 'Tanzanian'], ['Thailand', 'Thai'], ['Tunisia', 'Tunisian'], ['Turkey', 'Turkish'],
  ['Uganda', 'Ugandan'], ['Ukraine', 'Ukrainian'], ['United States', 'American'], ['US', 'American'], ['U.S.', 'American'], ['USA', 'American'], ['Uruguay', 'Uruguayan'],
  ['Venezuela', 'Venezuelan'], ['Vietnam', 'Vietnamese'], ['Wales', 'Welsh'], ['Yemen', 'Yemeni'], ['Zambia', 'Zambian'], ['Zimbabwe', 'Zimbabwean'],
]);
