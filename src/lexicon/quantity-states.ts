/**
 * State words: what a sentence says happened to, or holds of, the things counted
 * ("22 remain alive", "killing 400", "33 hostages exchanged", "shares fell 3%").
 * word (lower case, as written) → canonical state. The state becomes the second half of a
 * topic ("hostages alive", "people dead"), so keep the set of canonical states small.
 * Belongs here: verbs, participles and adjectives of status or change.
 */
export const STATE_WORDS: Readonly<Record<string, string>> = {
  // what is done with the dead: "88 bodies have been identified", "110 bodies were kept at …"
  identified: 'identified', unidentified: 'unidentified', unclaimed: 'unclaimed', claimed: 'claimed', kept: 'kept',
  // dead
  dead: 'dead', died: 'dead', die: 'dead', dies: 'dead', dying: 'dead', killed: 'dead', killing: 'dead', kill: 'dead', kills: 'dead',
  perished: 'dead', drowned: 'dead', slain: 'dead', deceased: 'dead', murdered: 'dead', executed: 'dead', 'lost their lives': 'dead',
  // injured
  injured: 'injured', injuring: 'injured', wounded: 'injured', wounding: 'injured', hurt: 'injured', hospitalised: 'injured', hospitalized: 'injured',
  // missing
  missing: 'missing', unaccounted: 'missing', disappeared: 'missing',
  // alive
  alive: 'alive', living: 'alive', surviving: 'alive',
  // released
  released: 'released', releasing: 'released', release: 'released', freed: 'released', freeing: 'released', free: 'released',
  exchanged: 'released', exchange: 'released', swapped: 'released', returned: 'released',
  // held
  held: 'held', holding: 'held', detained: 'held', captive: 'held', captivity: 'held', kidnapped: 'held', abducted: 'held', taken: 'held',
  // buildings
  destroyed: 'destroyed', razed: 'destroyed', flattened: 'destroyed', gutted: 'destroyed', damaged: 'damaged',
  // others that recur in running counts
  evacuation: 'evacuated', evacuations: 'evacuated', contained: 'contained', tallied: 'counted', reported: 'reported',
  // elections: the margin between candidates
  led: 'margin', leads: 'margin', lead: 'margin', leading: 'margin', ahead: 'margin', margin: 'margin',
  recalled: 'recalled', trapped: 'trapped', stranded: 'stranded', displaced: 'displaced', evacuated: 'evacuated', evacuate: 'evacuated', rescued: 'rescued', pulled: 'rescued', saved: 'rescued', arrested: 'arrested', charged: 'charged',
  // jobs and business
  cut: 'cut', cuts: 'cut', cutting: 'cut', axed: 'cut', axing: 'cut', shed: 'cut', 'laid off': 'cut', 'lay off': 'cut', eliminated: 'cut', slashed: 'cut',
  hired: 'added', hiring: 'added', created: 'added', creating: 'added', added: 'added', adding: 'added',
  buy: 'bought', buying: 'bought', pay: 'paid', paying: 'paid', sell: 'sold', selling: 'sold', offered: 'offered', offering: 'offered',
  stole: 'stolen', stolen: 'stolen', stealing: 'stolen', embezzled: 'stolen', embezzling: 'stolen', defrauded: 'stolen',
  received: 'received', recovered: 'recovered', seized: 'seized', fined: 'fined', spent: 'spent', spending: 'spent', invested: 'invested', investing: 'invested',
  // courts
  jailed: 'jailed', sentenced: 'jailed', imprisoned: 'jailed',
  closed: 'closed', closing: 'closed', close: 'closed', shut: 'closed', opened: 'opened', sold: 'sold', bought: 'bought', paid: 'paid', raised: 'raised',
  // disruption
  cancelled: 'cancelled', canceled: 'cancelled', postponed: 'postponed', delayed: 'delayed', grounded: 'cancelled',
  // elections and sport
  reporting: 'reporting',
  counted: 'counted', cast: 'cast', won: 'won', winning: 'won', lost: 'lost', scored: 'scored', scoring: 'scored',
  // direction of a change ("shares fell 3.4%")
  fell: 'down', fall: 'down', falling: 'down', dropped: 'down', declined: 'down', slumped: 'down', plunged: 'down', tumbled: 'down', slid: 'down', down: 'down',
  rose: 'up', rise: 'up', rising: 'up', climbed: 'up', jumped: 'up', gained: 'up', surged: 'up', soared: 'up', increased: 'up', up: 'up',
};

/** Multi-word state phrases, longest first when matched ("laid off" before "off"). */
export const STATE_PHRASES: readonly (readonly [string, string])[] = [
  // "reported injured", "reported dead": the report verb is not the state, the participle after it is
  ['reported injured', 'injured'], ['reported wounded', 'injured'], ['reported dead', 'dead'], ['reported killed', 'dead'], ['reported missing', 'missing'],
  ['yet to be identified', 'unidentified'], ['lost their lives', 'dead'], ['laid off', 'cut'], ['lay off', 'cut'], ['in exchange for', 'released'], ['in return for', 'released'],
  ['in hospital', 'injured'], ['in the hospital', 'injured'], ['being treated', 'injured'], ['treated for injuries', 'injured'],
  ['from the water', 'rescued'], ['out of the water', 'rescued'], ['from the rubble', 'rescued'], ['to safety', 'rescued'],
  ['from their homes', 'evacuated'], ['leave their homes', 'evacuated'], ['fled their homes', 'evacuated'],
  ['out of work', 'cut'], ['laying off', 'cut'], ['lost their jobs', 'cut'], ['critical condition', 'critical'], ['serious condition', 'critical'],
  ['in a critical condition', 'critical'], ['in critical condition', 'critical'], ['in a serious condition', 'critical'], ['under evacuation', 'evacuated'],
];

/** States whose meaning depends on what is counted: group → (state as found → state). */
export const STATE_BY_GROUP: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  buildings: { lost: 'destroyed', burned: 'destroyed', burnt: 'destroyed' },
  jobs: { lost: 'cut' },
  employees: { lost: 'cut' },
};

/** Verbs of what the counted do rather than what happens to them: not a state when they follow the count. */
export const SUBJECT_ACTIONS: ReadonlySet<string> = new Set(['spent', 'spending', 'paid', 'paying', 'bought', 'buying', 'sold', 'selling', 'raised', 'invested', 'offered']);

/** Direction states that only make sense with a level: "rose to 45" is a level, "rose 3%" a change. */
/**
 * What is done with the dead: a verb before a count of the dead names a count of its own
 * ("identified 88 bodies" is *people identified*, not the death toll), as after it.
 */
export const STATES_OF_THE_DEAD: ReadonlySet<string> = new Set(['identified', 'unidentified', 'unclaimed', 'claimed', 'kept']);

/**
 * States only people are in, in news: a figure with no noun of its own and one of these right
 * after it ("where at least 85 died", "12 were injured") counts people.
 */
export const PEOPLE_ONLY_STATES: ReadonlySet<string> = new Set(['dead', 'injured']);

export const DIRECTION_STATES: ReadonlySet<string> = new Set(['up', 'down']);

/**
 * Topics that are running counts: the figure is expected to grow as a story develops, so a
 * larger value in a later article is an update, not a disagreement. Keyed by state or head.
 */
export const RUNNING_COUNT_STATES: ReadonlySet<string> = new Set([
  'identified', 'claimed',
  'dead', 'injured', 'missing', 'displaced', 'evacuated', 'rescued', 'arrested', 'charged', 'counted', 'cast', 'released',
  'destroyed', 'damaged', 'contained', 'received', 'reported', 'recalled',
]);
/**
 * States that last while a story runs ("have been trapped for 17 days", "held captive for 100
 * days"): their length grows with each report's day, so a later report's longer length is an
 * update when it grows by no more than the time between the reports. Not sentences or agreed terms
 * ("jailed for six years", "a 42-day ceasefire"), which do not grow.
 */
export const ONGOING_STATES: ReadonlySet<string> = new Set(['trapped', 'held', 'missing', 'stranded', 'detained', 'besieged', 'captive']);
/** Measured dimensions that grow as a story develops (a fire's or flood's area). */
export const RUNNING_DIMENSIONS: ReadonlySet<string> = new Set(['area']);
/**
 * Tracked figures that may move either way between articles (a lead narrowing, a price moving):
 * a monotonic sequence over publication time is an update, not a disagreement.
 */
export const TRACKED_STATES: ReadonlySet<string> = new Set(['margin', 'up', 'down', 'unidentified', 'unclaimed']);
export const RUNNING_COUNT_HEADS: ReadonlySet<string> = new Set(['casualties', 'cases', 'votes', 'victims', 'refugees']);

/** Words that make the clause hypothetical ("a deal that would free 10 hostages"): the topic is marked "(proposed)". */
export const MODAL_WORDS: ReadonlySet<string> = new Set([
  'would', 'could', 'might', 'may', 'proposal', 'proposed', 'proposes', 'plan', 'plans', 'planned', 'offer', 'offered', 'offers',
  'demand', 'demanded', 'demands', 'seeks', 'sought', 'aims', 'if', 'want', 'wants', 'asked', 'asks', 'hopes',
]);

/**
 * Words of an ending reached "after" a stretch of time ("the deal was sealed after 20 months of
 * battles", "freed after 471 days in captivity", "closed after it was announced 21 months ago"):
 * the duration is the time the story's event took, compared across outlets as one measure.
 */
export const COMPLETION_WORDS: ReadonlySet<string> = new Set([
  'completed', 'closed', 'sealed', 'finalised', 'finalized', 'concluded', 'ended', 'finished', 'agreed',
  'freed', 'released', 'rescued', 'reunited', 'returned', 'found', 'approved', 'cleared', 'signed', 'ratified', 'reopened',
]);
