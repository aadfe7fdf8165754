/**
 * Where and when the story's event happened, and a contest's score: the words that tell the fact
 * stage that a place, a time of day or a score in a sentence belongs to the event, as data.
 *
 * What belongs here: words that name an event in most news use (a crash, a fire, a strike, a
 * final) and the prepositions that put the event somewhere. Leave out words whose place is
 * usually someone's home or an office ("lives", "based"), and verbs of speech.
 */

/** Words naming the story's event; a place or time in a sentence holding one is the event's. Whole words, lower case. */
export const EVENT_WORDS: readonly string[] = [
  // accidents and disasters
  'crash', 'crashed', 'crashes', 'collision', 'collided', 'derailed', 'derailment', 'accident', 'mishap', 'tragedy', 'disaster', 'wreck', 'wreckage',
  'fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'blazes', 'flames', 'burned', 'burnt', 'explosion', 'blast', 'exploded', 'earthquake', 'quake',
  'tremor', 'flood', 'floods', 'flooding', 'storm', 'hurricane', 'cyclone', 'typhoon', 'tornado', 'landslide', 'eruption', 'erupted', 'sank', 'capsized',
  'collapse', 'collapsed', 'epicentre', 'epicenter', 'struck', 'happened', 'occurred', 'took place',
  // contests
  'final', 'semifinal', 'match', 'game', 'race', 'tournament', 'championship', 'championships', 'contest', 'matches', 'won', 'beat', 'defeated',
  'crowned', 'victory', 'title',
  // labour, politics, crime, launches
  'strike', 'strikes', 'striking', 'picket', 'picketing', 'walkout', 'protest', 'protests', 'rally', 'summit', 'talks', 'shooting', 'attack', 'stabbing',
  'launch', 'launched', 'liftoff', 'lifted off', 'landing', 'landed', 'rescue', 'evacuated', 'evacuations',
];

/**
 * Nouns that, right after an event word, make it part of another thing's name: "fire extinguisher",
 * "fire department", "strike force", "match officials".
 */
export const NOT_EVENT_BEFORE: readonly string[] = [
  'extinguisher', 'extinguishers', 'department', 'departments', 'chief', 'fighter', 'fighters', 'station', 'alarm', 'alarms', 'truck', 'trucks', 'engine',
  'engines', 'service', 'services', 'crew', 'crews', 'official', 'officials', 'safety', 'hazard', 'hazards', 'marshal', 'drill', 'insurance', 'code',
  'codes', 'force', 'forces', 'fund', 'report', 'reports',
];

/** Last words of an event's own name that the entity stage may type as a place: "the US Open", "the World Cup". */
export const EVENT_NAME_HEADS: readonly string[] = [
  'Open', 'Cup', 'Games', 'Championship', 'Championships', 'Olympics', 'Marathon', 'Prix', 'Festival', 'Summit', 'Expo', 'Fair', 'Derby', 'Classic',
  'Series', 'Masters', 'Tour', 'Trophy', 'League', 'Bowl', 'Rally', 'Conference', 'Forum', 'Show', 'Week',
];

/** Words after a place that move it to another time, so it is not the event's place: "shown in X last month", "in X in 2018". */
export const OTHER_TIME_AFTER = /^\s*,?\s*(?:last\s+(?:week|month|year|season|summer|spring|autumn|fall|winter)|earlier\s+this\s+(?:week|month|year)|in\s+(?:19|20)\d{2}\b|years?\s+ago|months\s+ago)/iu;

/** Prepositions that put the event at a place: "crashed near X", "the fire in X", "off the coast of X". */
export const PLACE_LEADS: readonly string[] = [
  'in', 'at', 'near', 'outside', 'off', 'off the coast of', 'on the outskirts of', 'close to', 'across', 'across parts of', 'throughout',
  // a departure's place: "lifted off from X", "launched from X"
  'launched from', 'lifted off from', 'took off from', 'blasted off from', 'departed from', 'sailed from',
];

/** Words before a place's preposition that make it where someone or something is, not where the event was: "a company based in X", "his home in X". */
export const NOT_EVENT_PLACE_BEFORE = /(?<![\p{L}])(?:based|headquartered|located|born|raised|lives|lived|living|live|home|homes|resident|residents|native|candidate|family|members)\s+$/iu;

/** Nouns for a kind of place before "of": "the coastal town of X", "the district of X". */
export const PLACE_KIND_NOUNS: readonly string[] = [
  'town', 'city', 'village', 'district', 'county', 'state', 'province', 'region', 'island', 'port', 'suburb', 'municipality', 'ruins', 'outskirts', 'area',
];

/** What a time of day is the time of, by the words of its clause; `single`: one value at one time. */
export interface TimeAnchor {
  readonly role: string;
  /** whole words or phrases, lower case, that name it within the clause around the time. */
  readonly words: readonly string[];
  readonly single: boolean;
}

/**
 * Checked in order: a deadline ("a deadline of 5pm"; a time right after "by" is one too) before the
 * event's onset before a statement's time.
 */
export const TIME_ANCHORS: readonly TimeAnchor[] = [
  { role: 'deadline', words: ['deadline', 'expires', 'expired', 'expiry', 'ultimatum', 'no later than'], single: true },
  { role: 'onset', words: ['happened', 'occurred', 'took place', 'struck', 'hit', 'began', 'started', 'erupted', 'broke out', 'derailed', 'crashed', 'collided',
    'exploded', 'launched', 'lifted off', 'blasted off', 'took off', 'landed', 'touched down', 'splashed down', 'went on strike', 'walked out', 'kicked off',
    'opened fire', 'was reported', 'was detected', 'was discovered'], single: true },
  { role: 'statement', words: ['posted', 'tweeted', 'announced', 'wrote', 'issued', 'published', 'released'], single: false },
];

/** Words that make a score in a sentence a contest's score ("beat X 6-4 6-3", "a 2-1 win"). */
export const SCORE_CUES: readonly string[] = [
  'beat', 'beats', 'defeated', 'defeats', 'overcame', 'dispatched', 'routed', 'thrashed', 'edged', 'won', 'wins', 'win', 'victory', 'lost', 'loss',
  'defeat', 'drew', 'draw', 'final', 'match', 'game', 'sets', 'straight sets', 'scoreline', 'triumph', 'triumphed', 'prevailed',
];

/** Words before two numbers joined by a dash that make them something other than a score: "aged 15-49", "ages 15-49". */
export const NOT_SCORE_BEFORE: readonly string[] = ['aged', 'age', 'ages', 'between', 'from', 'years', 'year', 'no.', 'number', 'room', 'route', 'flight', 'vote', 'voted'];
