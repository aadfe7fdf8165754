/**
 * Words of sports reporting, for telling a team named after its town or county
 * ("Leicestershire beat Somerset", "Kent's match against Nottinghamshire") from the place.
 *
 * - `SPORTS_WORDS`: nouns and verbs that mark an article as a sports report (two or more
 *   of them must occur). Lower case.
 * - `CONTEST_VERBS`: verbs whose subject and object are the sides of a contest ("beat",
 *   "edged"). Lower case.
 * - `CONTEST_NOUNS`: nouns and verbs after which "against", "to" or "with" introduces the
 *   other side ("match against", "lost to", "drew with"). Lower case.
 */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'match', 'matches', 'innings', 'wicket', 'wickets', 'goal', 'goals', 'scored', 'striker', 'midfielder', 'goalkeeper',
  'league', 'championship', 'cup', 'season', 'fixture', 'fixtures', 'tournament', 'semi-final', 'quarter-final', 'final',
  'penalty', 'half-time', 'bowled', 'batting', 'bowling', 'runs', 'touchdown', 'inning', 'homer', 'pitcher', 'coach',
  'playoff', 'playoffs', 'title', 'points', 'squad', 'stadium', 'kickoff', 'kick-off', 'draw', 'drew', 'relegation',
]);

export const CONTEST_VERBS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'crushed', 'outplayed', 'overcame', 'hammered',
  'trounced', 'downed', 'whipped', 'blanked', 'swept', 'eliminated', 'knocked', 'held',
]);

export const CONTEST_NOUNS: ReadonlySet<string> = new Set([
  'match', 'game', 'tie', 'fixture', 'clash', 'final', 'semi-final', 'win', 'victory', 'defeat', 'loss', 'draw', 'drew',
  'lost', 'won', 'played', 'playing', 'play', 'meet', 'meeting', 'derby', 'series',
]);

/**
 * Verbs after which a number is a side's score or total ("Essex reached 372", "Kent had
 * reached 108 for three", "Arlow scored 3"): in a sports report the name before them is a
 * team. Lower case.
 */
export const SCORE_VERBS: ReadonlySet<string> = new Set([
  'reached', 'scored', 'made', 'totalled', 'totaled', 'posted', 'declared', 'finished', 'closed', 'trailed', 'led', 'were',
  'slumped', 'collapsed', 'recovered', 'replied', 'resumed', 'ended',
]);
