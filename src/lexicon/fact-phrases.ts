/**
 * Facts whose object is a set phrase rather than a name, as data: the ways outlets word one
 * finding ("won in straight sets" / "without dropping a set"; "no safe level of alcohol" / "the
 * safest level of drinking is none"), each class with the value all its wordings share, and the
 * distinctions outlets repeat ("the first qualifier to win a major", "Hawaii's worst natural
 * disaster").
 *
 * What belongs here: wordings that state the finding in most news use, whatever the story. A form
 * that carries its own negation ("did not drop a set") is written out in full, so the modality
 * check (a "not" before the form) still catches "she did not win in straight sets". Leave out forms
 * that mostly mean something else.
 */

export interface PhraseFactClass {
  /** "<relation>:<role>" of the fact ("contest:manner"). */
  readonly predicate: string;
  /** the value every wording of the class states ("no set dropped"); null: the value is the pattern's first group. */
  readonly value: string | null;
  /** lower-case words, one of which the sentence must hold before the patterns run (a cheap prefilter). */
  readonly cues: readonly string[];
  /** the wordings, matched on the lower-cased sentence. */
  readonly patterns: readonly RegExp[];
}

export const PHRASE_FACT_CLASSES: readonly PhraseFactClass[] = [
  // how a contest was won: a match won without losing a set, a fight on points or by knockout
  { predicate: 'contest:manner', value: 'no set dropped', cues: ['set', 'sets'],
    patterns: [/\bin straight sets\b/u, /\bwithout (?:dropping|losing|conceding) a (?:single )?set\b/u,
      /\b(?:not|never|n['’]t) (?:drop|dropping|dropped|lose|losing|lost|concede|conceding|conceded) a (?:single )?set\b/u] },
  { predicate: 'contest:manner', value: 'unanimous decision', cues: ['unanimous'], patterns: [/\bby (?:a )?unanimous decision\b/u, /\bunanimous points decision\b/u] },
  { predicate: 'contest:manner', value: 'penalty shoot-out', cues: ['penalties', 'shootout', 'shoot-out'],
    patterns: [/\b(?:on|via|in a|after a) penalt(?:ies|y shoot-?out)\b/u, /\b(?:in|after) a shoot-?out\b/u] },
  // how a contest ended: the last point an ace ("served an ace to win the match", "ended the match with an ace")
  { predicate: 'contest:final point', value: 'ace', cues: ['ace'],
    patterns: [/\bserved an ace to (?:win|seal|clinch|end|close out|take)\b/u, /\b(?:ended|sealed|clinched|won|finished|closed out|wrapped up) (?:the|her|his) (?:match|final|title|victory|championship) (?:with|on) an ace\b/u] },
  // a vote's margin, kept apart by its direction: "the vast majority of members rejected", "overwhelmingly approved"
  { predicate: 'vote:rejected by', value: 'vast majority', cues: ['majority', 'overwhelmingly'],
    patterns: [/\b(?:vast|overwhelming|large|huge|big) majority of\b[^.;]{0,50}?\b(?:rejected|voted down|voted against|turned down|opposed)\b/u,
      /\boverwhelmingly (?:rejected|rejecting|voted down|voting down|voted against|voting against|turned down|turning down|opposed|opposing)\b/u] },
  { predicate: 'vote:approved by', value: 'vast majority', cues: ['majority', 'overwhelmingly'],
    patterns: [/\b(?:vast|overwhelming|large|huge|big) majority of\b[^.;]{0,50}?\b(?:approved|ratified|backed|voted for|voted in favou?r|accepted|endorsed)\b/u,
      /\boverwhelmingly (?:approved|approving|ratified|ratifying|backed|backing|voted for|voting for|voted in favou?r|accepted|accepting|endorsed|endorsing)\b/u] },
  // a count found wrong: "some bodies were counted twice", "double counting of votes"
  { predicate: 'count:error', value: 'double counting', cues: ['twice', 'double', 'double-counted', 'double-counting', 'once'],
    patterns: [/\bcounted (?:twice|double|more than once)\b/u, /\bdouble[- ]?count(?:ed|ing|s)?\b/u] },
  // a recall: the hazard a product poses, and what owners get back
  { predicate: 'recall:hazard', value: null, cues: ['hazard', 'hazards'],
    patterns: [/\b(?:pose|poses|posing|posed|present|presents|presenting|presented|create|creates|creating|created)\s+(?:an?\s+|a\s+serious\s+|serious\s+)?((?:impact|fire|burn|fall|choking|laceration|shock|electric shock|electrocution|crash|injury|entrapment|strangulation|suffocation|tip-over|tipover|drowning|poisoning|crush|cut|amputation|ingestion|explosion|overheating|carbon monoxide poisoning|health)\s+hazards?)\b/u] },
  { predicate: 'recall:remedy', value: 'free replacement', cues: ['replacement', 'replacements', 'replace', 'replaces', 'replaced'],
    patterns: [/\bfree (?:of charge )?replacements?\b/u, /\breplacements? (?:free of charge|at no (?:cost|charge))\b/u, /\breplace[sd]?\b[^.;]{0,50}\b(?:for free|free of charge|at no (?:cost|charge))\b/u] },
  { predicate: 'recall:remedy', value: 'full refund', cues: ['refund', 'refunds'], patterns: [/\b(?:full|a) refunds?\b/u] },
  { predicate: 'recall:remedy', value: 'free repair', cues: ['repair', 'repairs', 'repaired'],
    patterns: [/\bfree (?:of charge )?repairs?\b/u, /\brepair(?:ed)?\b[^.;]{0,40}\b(?:for free|free of charge|at no (?:cost|charge))\b/u] },
  // a study's finding on a dose: no amount is safe
  { predicate: 'study:finding', value: 'no safe level', cues: ['safe', 'safest'],
    patterns: [/\bno (?:safe|risk-free) (?:level|amount|limit|dose)\b/u, /\bsafest (?:level|amount|dose)\b[^.;]{0,40}\b(?:is|was|would be)\s+(?:none|zero|nothing)\b/u,
      /\bno (?:level|amount|dose) (?:of [\p{L}\s]{1,30})?(?:is|was) safe\b/u] },
];

/**
 * Words that make the noun after them a distinction: "the first qualifier", "the deadliest fire".
 * Written forms; the value is written with the first form of a pair ("biggest" → "largest").
 */
export const DISTINCTION_WORDS: ReadonlyMap<string, string> = new Map([
  ['first', 'first'], ['largest', 'largest'], ['biggest', 'largest'], ['worst', 'worst'], ['deadliest', 'deadliest'], ['youngest', 'youngest'],
  ['oldest', 'oldest'], ['costliest', 'costliest'], ['most expensive', 'costliest'], ['longest', 'longest'], ['highest', 'highest'], ['lowest', 'lowest'],
]);

/**
 * Nouns of calamities: after one of them "largest" and "biggest" say what "worst" says ("the largest
 * natural disaster in the state's history" = "Hawaii's worst natural disaster"), so the value is
 * written "worst". Elsewhere they differ ("the largest company" is no "worst company").
 */
export const CALAMITY_NOUNS: ReadonlySet<string> = new Set([
  'disaster', 'disasters', 'catastrophe', 'tragedy', 'accident', 'crash', 'collision', 'derailment', 'fire', 'wildfire', 'blaze', 'flood', 'flooding',
  'earthquake', 'quake', 'storm', 'hurricane', 'cyclone', 'typhoon', 'tornado', 'drought', 'famine', 'outbreak', 'epidemic', 'pandemic', 'attack',
  'shooting', 'massacre', 'bombing', 'explosion', 'spill', 'eruption', 'landslide', 'tsunami', 'heatwave', 'blackout', 'outage', 'breach', 'cyberattack',
]);

/** Nouns after a distinction word that name a moment or a part, not a distinction: "for the first time", "her first serves", "the first half". */
export const NOT_DISTINCTION_HEADS: ReadonlySet<string> = new Set([
  'time', 'times', 'half', 'quarter', 'period', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'round', 'rounds', 'step', 'steps',
  'place', 'serve', 'serves', 'service', 'set', 'sets', 'game', 'games', 'point', 'points', 'one', 'ones', 'thing', 'things', 'part', 'phase', 'stage',
  'instance', 'sign', 'signs', 'quarterly', 'level', 'levels', 'rate', 'rates', 'number', 'numbers', 'share', 'price', 'prices', 'name', 'names',
]);

/** Words that end the noun phrase after a distinction word: "the first qualifier | to win …", "the worst disaster | in …". */
export const DISTINCTION_PHRASE_STOPS: ReadonlySet<string> = new Set([
  'to', 'in', 'of', 'since', 'ever', 'for', 'with', 'on', 'at', 'by', 'behind', 'after', 'before', 'that', 'who', 'which', 'and', 'or', 'as', 'from',
  'than', 'this', 'last', 'yet', 'so', 'far', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'the', 'a', 'an', 'its', 'her', 'his', 'their', 'when',
  'where', 'while', 'but', 'outside', 'inside', 'among', 'across', 'within', 'under', 'over', 'into', 'recorded', 'seen', 'known',
]);

/**
 * The scope a record is claimed over, read in the distinction's clause: all time ("the first ever
 * qualifier", "the first qualifier to ever win", "in the club's history") or a limited span ("in
 * the Open era", "in modern times"). Outlets that give one record two scopes disagree on it
 * (src/extract/facts/09-distinctions.ts); a record "since 2004" or "in 40 years" is measured against
 * a past event and read there, not here. When a clause gives both ("the first ever … in the Open
 * era"), the limited one is what it claims. Patterns over lower-case text.
 */
export const RECORD_SCOPES: readonly { readonly key: 'all time' | 'limited'; readonly patterns: readonly RegExp[] }[] = [
  { key: 'limited', patterns: [/\bin the (?:[\p{L}-]+ ){1,2}era\b/u, /\bin modern times\b/u, /\bin the modern (?:game|sport|age)\b/u] },
  { key: 'all time', patterns: [/\bever\b/u, /\ball-time\b/u, /\bof all time\b/u, /\bin (?:(?:the )?[\p{L}'’-]+ ){0,2}history\b/u] },
];

/**
 * What a court found someone guilty of, or charged or cleared them of: the words after the cue
 * ("convicted of", "found guilty on … counts of", "charged with") that name an offence. Longer
 * terms first where one ends another ("wire fraud" before "fraud": outlets that say "fraud" still
 * agree, by the word-suffix equivalence of phrase values).
 */
export const CHARGE_TERMS: readonly string[] = [
  'wire fraud', 'securities fraud', 'commodities fraud', 'bank fraud', 'tax fraud', 'fraud', 'conspiracy', 'money laundering', 'bribery', 'corruption',
  'embezzlement', 'theft', 'perjury', 'obstruction of justice', 'tax evasion', 'insider trading', 'racketeering', 'extortion', 'murder', 'attempted murder',
  'manslaughter', 'culpable homicide', 'homicide', 'assault', 'sexual assault', 'rape', 'kidnapping', 'terrorism', 'treason', 'espionage', 'arson',
  'robbery', 'burglary', 'drug trafficking', 'trafficking', 'smuggling', 'contempt of court', 'criminal negligence', 'negligence', 'war crimes',
  'crimes against humanity', 'sedition', 'abuse of power', 'misconduct', 'forgery', 'blackmail', 'stalking', 'harassment',
];

/**
 * The cues before the offences, with the fact each gives about the story's verdict or arrest. Matched
 * on the lower-cased sentence; the offences are read from the words after the cue up to the end of
 * the clause (a full stop, a semicolon, "but", or another cue).
 */
export const CHARGE_CUES: readonly { readonly predicate: string; readonly cue: RegExp }[] = [
  // a name may stand between the verb and its preposition: "convicted Jane Roe of", "charged him with"
  { predicate: 'verdict:convicted of', cue: /(?<!not )\b(?:guilty|convicted(?:\s+[\p{L}.'’-]+){0,3}?|convictions?)\s+(?:on|of|for)\b/u },
  { predicate: 'verdict:acquitted of', cue: /\b(?:not guilty|acquitted(?:\s+[\p{L}.'’-]+){0,3}?|cleared)\s+(?:on|of)\b/u },
  { predicate: 'arrest:charged with', cue: /\b(?:charged|indicted|accused)(?:\s+[\p{L}.'’-]+){0,3}?\s+(?:with|on|of)\b/u },
];
