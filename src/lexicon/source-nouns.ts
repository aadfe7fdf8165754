/**
 * Head nouns of an unnamed source ("a source from the club", "two officials",
 * "analysts", "an informed source", "residents"). A quote attributed to one of these
 * gets the noun phrase as its speaker name and no entity. Lower case, singular and plural.
 * Add a noun when an anonymous speaker is reported as missing.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'analyst', 'analysts', 'expert', 'experts', 'witness', 'witnesses',
  'resident', 'residents', 'observer', 'observers', 'critic', 'critics', 'insider', 'insiders', 'diplomat', 'diplomats',
  'aide', 'aides', 'person', 'people', 'someone', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople',
  'representative', 'representatives', 'member', 'members', 'executive', 'executives', 'economist', 'economists',
  'investor', 'investors', 'trader', 'traders', 'scientist', 'scientists', 'doctor', 'doctors', 'teacher', 'teachers',
  'student', 'students', 'fan', 'fans', 'survivor', 'survivors', 'lawyer', 'lawyers', 'activist', 'activists',
  'campaigner', 'campaigners', 'correspondent', 'correspondents', 'reporter', 'reporters', 'journalist', 'journalists',
  'commentator', 'commentators', 'researcher', 'researchers', 'worker', 'workers', 'employee', 'employees', 'voter',
  'voters', 'supporter', 'supporters', 'opponent', 'opponents', 'leader', 'leaders', 'negotiator', 'negotiators',
  'adviser', 'advisers', 'advisor', 'advisors', 'police', 'authorities', 'organisers', 'organizers', 'rescuers', 'forecasters',
]);

/**
 * Common nouns that never speak, though they may stand next to a verb of speech ("the day said
 * goodbye", "the next week told a different story", "the time wrote itself"): any other noun
 * right before or after such a verb is taken as an unnamed speaker ("the website explains",
 * "read the statement"). Lower case.
 */
export const NON_SPEAKING_NOUNS: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'night', 'morning', 'evening',
  'afternoon', 'moment', 'hour', 'hours', 'way', 'ways', 'thing', 'things', 'fact', 'point',
  'question', 'questions', 'answer', 'end', 'part', 'lot', 'kind', 'sort', 'number', 'percent', 'cent', 'side',
  'words', 'word', 'quote', 'phrase', 'line', 'lines', 'sentence',
]);
