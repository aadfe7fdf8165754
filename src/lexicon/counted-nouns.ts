/**
 * Counted nouns → the head a topic is built from, so that outlets that phrase the same count
 * differently land on the same topic ("59 captives", "59 hostages" → hostages).
 * `head` is the label shown in the topic; `group` is what claims are blocked on across
 * articles (heads in one group are treated as the same people or things, e.g. hostages and
 * prisoners held by the same side); `state` is a state the noun itself implies ("deaths" →
 * dead); `defaultState` is assumed when the sentence gives none (hostages are held).
 * Belongs here: plural nouns for people and things that news counts. Units of measure do not.
 */
export interface CountedNoun {
  readonly head: string;
  readonly group: string;
  readonly state?: string;
  readonly defaultState?: string;
}

const people: CountedNoun = { head: 'people', group: 'people' };
const captives: CountedNoun = { head: 'hostages', group: 'captives', defaultState: 'held' };
const prisoners: CountedNoun = { head: 'prisoners', group: 'captives', defaultState: 'held' };

export const COUNTED_NOUNS: Readonly<Record<string, CountedNoun>> = {
  people, persons: people, person: people, individuals: people, residents: people, inhabitants: people,
  civilians: { head: 'civilians', group: 'civilians' }, children: { head: 'children', group: 'children' },
  adults: people, men: people, women: { head: 'women', group: 'women' }, passengers: { head: 'passengers', group: 'passengers' },
  victims: { head: 'victims', group: 'victims' }, bodies: { head: 'people', group: 'people', state: 'dead' },
  hostages: captives, hostage: captives, captives: captives, abductees: captives, kidnapped: captives,
  prisoners: prisoners, prisoner: prisoners, detainees: prisoners, inmates: prisoners,
  deaths: { head: 'people', group: 'people', state: 'dead' }, dead: { head: 'people', group: 'people', state: 'dead' },
  fatalities: { head: 'people', group: 'people', state: 'dead' }, lives: { head: 'people', group: 'people', state: 'dead' },
  // singular forms as headlines write them ("1 death", "one fatality", "a single injury")
  death: { head: 'people', group: 'people', state: 'dead' }, fatality: { head: 'people', group: 'people', state: 'dead' },
  injury: { head: 'people', group: 'people', state: 'injured' },
  injuries: { head: 'people', group: 'people', state: 'injured' }, injured: { head: 'people', group: 'people', state: 'injured' },
  wounded: { head: 'people', group: 'people', state: 'injured' }, casualties: { head: 'casualties', group: 'casualties' },
  soldiers: { head: 'soldiers', group: 'soldiers' }, troops: { head: 'soldiers', group: 'soldiers' }, fighters: { head: 'fighters', group: 'fighters' },
  police: { head: 'police officers', group: 'police officers' }, officers: { head: 'police officers', group: 'police officers' },
  migrants: { head: 'migrants', group: 'migrants' }, refugees: { head: 'refugees', group: 'refugees' },
  // staff and the jobs they hold are one group: "1,200 workers laid off" = "1,200 jobs cut"
  workers: { head: 'employees', group: 'jobs' }, employees: { head: 'employees', group: 'jobs' },
  staff: { head: 'employees', group: 'jobs' }, miners: { head: 'miners', group: 'miners' }, jobs: { head: 'jobs', group: 'jobs' }, roles: { head: 'jobs', group: 'jobs' }, positions: { head: 'jobs', group: 'jobs' },
  redundancies: { head: 'jobs', group: 'jobs', state: 'cut' }, layoffs: { head: 'jobs', group: 'jobs', state: 'cut' },
  fans: { head: 'spectators', group: 'spectators' }, spectators: { head: 'spectators', group: 'spectators' },
  supporters: { head: 'spectators', group: 'spectators' }, crowd: { head: 'spectators', group: 'spectators' },
  votes: { head: 'votes', group: 'votes' }, ballots: { head: 'votes', group: 'votes' }, seats: { head: 'seats', group: 'seats' },
  goals: { head: 'goals', group: 'goals' }, points: { head: 'points', group: 'points' },
  homes: { head: 'homes', group: 'buildings' }, houses: { head: 'homes', group: 'buildings' }, buildings: { head: 'buildings', group: 'buildings' },
  cases: { head: 'cases', group: 'cases' }, infections: { head: 'cases', group: 'cases' },
  shares: { head: 'shares', group: 'shares' }, stores: { head: 'stores', group: 'stores' }, shops: { head: 'stores', group: 'stores' },
  vehicles: { head: 'vehicles', group: 'vehicles' }, cars: { head: 'vehicles', group: 'vehicles' },
  flights: { head: 'flights', group: 'flights' }, aircraft: { head: 'aircraft', group: 'aircraft' }, planes: { head: 'aircraft', group: 'aircraft' },
  rockets: { head: 'rockets', group: 'rockets' }, missiles: { head: 'missiles', group: 'missiles' }, drones: { head: 'drones', group: 'drones' },
  strikes: { head: 'strikes', group: 'strikes' }, attacks: { head: 'attacks', group: 'attacks' },
  countries: { head: 'countries', group: 'countries' }, nations: { head: 'countries', group: 'countries' },
  members: { head: 'members', group: 'members' }, students: { head: 'students', group: 'students' }, patients: { head: 'patients', group: 'patients' },
  households: { head: 'households', group: 'households' }, customers: { head: 'customers', group: 'customers' }, users: { head: 'users', group: 'users' },
  // sites of work: "14 factories", "14 plants", "14 facilities" are one count
  factories: { head: 'factories', group: 'facilities' }, plants: { head: 'plants', group: 'facilities' },
  facilities: { head: 'facilities', group: 'facilities' }, mills: { head: 'mills', group: 'facilities' },
  matches: { head: 'matches', group: 'matches' }, encounters: { head: 'matches', group: 'matches' }, fixtures: { head: 'matches', group: 'matches' },
  families: { head: 'families', group: 'families' }, villages: { head: 'villages', group: 'villages' }, towns: { head: 'towns', group: 'towns' },
};

/**
 * Heads too general to tell one counted thing from another, so they stand for any more specific
 * head of the same dimension: "37.8 million units" is the "37.8 million fire extinguishers" of
 * another outlet, "a term of 15 years" the "15-year licence" of another. Used only to line up
 * figures of equal value (claims step 4), never to set different values against each other.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'units', 'items', 'products', 'pieces', 'devices',
  'term', 'course', 'period', 'span', 'length', 'duration', 'lifetime', 'stretch',
]);

/**
 * Groups of COUNTED_NOUNS that count people: "people" stands for any of them when the values are
 * equal ("36 people dead", "36 victims"), as GENERIC_HEADS do for things.
 */
export const PEOPLE_GROUPS: ReadonlySet<string> = new Set([
  'people', 'civilians', 'passengers', 'victims', 'casualties', 'soldiers', 'fighters', 'police officers',
  'migrants', 'refugees', 'miners', 'jobs', 'spectators', 'members', 'students', 'patients', 'customers', 'users', 'captives',
]);

/**
 * Nouns that name a figure when the figure follows them ("the death toll rose to 45",
 * "a crowd of 60,000", "a fee of £40m", "turnout was 67%"): phrase → counted noun.
 */
export const FIGURE_NOUNS: Readonly<Record<string, CountedNoun>> = {
  'death toll': { head: 'people', group: 'people', state: 'dead' }, toll: { head: 'people', group: 'people', state: 'dead' },
  'number of dead': { head: 'people', group: 'people', state: 'dead' }, 'number of deaths': { head: 'people', group: 'people', state: 'dead' },
  crowd: { head: 'spectators', group: 'spectators' }, attendance: { head: 'spectators', group: 'spectators' },
  // what changed hands for how much: a transfer fee, the value of a deal or takeover
  turnout: { head: 'turnout', group: 'turnout' }, fee: { head: 'fee', group: 'deal value' }, 'transfer fee': { head: 'fee', group: 'deal value' },
  deal: { head: 'deal', group: 'deal value' }, takeover: { head: 'deal', group: 'deal value' }, acquisition: { head: 'deal', group: 'deal value' },
  price: { head: 'price', group: 'price' }, 'share price': { head: 'share price', group: 'share price' },
  revenue: { head: 'revenue', group: 'revenue' }, sales: { head: 'sales', group: 'sales' }, profit: { head: 'profit', group: 'profit' },
  'pre-tax profit': { head: 'profit', group: 'profit' }, loss: { head: 'loss', group: 'loss' }, losses: { head: 'loss', group: 'loss' },
  workforce: { head: 'employees', group: 'jobs' }, headcount: { head: 'employees', group: 'jobs' },
  unemployment: { head: 'unemployment', group: 'unemployment' }, inflation: { head: 'inflation', group: 'inflation' },
  majority: { head: 'majority', group: 'majority' }, 'interest rate': { head: 'interest rate', group: 'interest rate' },
  valuation: { head: 'valuation', group: 'valuation' }, budget: { head: 'budget', group: 'budget' },
  bid: { head: 'bid', group: 'bid' }, offer: { head: 'bid', group: 'bid' }, fine: { head: 'fine', group: 'fine' },
  population: { head: 'population', group: 'population' }, score: { head: 'score', group: 'score' },
  premium: { head: 'premium', group: 'premium' }, discount: { head: 'discount', group: 'discount' }, stake: { head: 'stake', group: 'stake' },
  growth: { head: 'growth', group: 'growth' }, rate: { head: 'rate', group: 'rate' }, target: { head: 'target', group: 'target' },
  reserves: { head: 'reserves', group: 'reserves' }, 'cash reserves': { head: 'reserves', group: 'reserves' }, debt: { head: 'debt', group: 'debt' },
  cost: { head: 'cost', group: 'cost' }, costs: { head: 'cost', group: 'cost' }, investment: { head: 'investment', group: 'investment' },
  funding: { head: 'funding', group: 'funding' }, salary: { head: 'salary', group: 'salary' }, wage: { head: 'wage', group: 'wage' },
  prize: { head: 'prize money', group: 'prize money' }, 'prize money': { head: 'prize money', group: 'prize money' },
  compensation: { head: 'compensation', group: 'compensation' }, damages: { head: 'damages', group: 'damages' }, bill: { head: 'bill', group: 'bill' },
  savings: { head: 'savings', group: 'savings' }, bonus: { head: 'bonus', group: 'bonus' }, magnitude: { head: 'magnitude', group: 'magnitude' },
  depth: { head: 'depth', group: 'depth' }, altitude: { head: 'altitude', group: 'altitude' },
  containment: { head: 'share', group: 'percent', state: 'contained' }, lead: { head: 'votes', group: 'votes', state: 'margin' },
  margin: { head: 'votes', group: 'votes', state: 'margin' },
};

/**
 * Plural nouns too generic to make a comparable topic on their own ("three reasons", "two sides"):
 * a figure counting one of these is not a claim unless the clause says more.
 */
/** Time nouns: never the thing a figure counts ("$610 million last year"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'day', 'night', 'morning', 'afternoon', 'evening', 'quarter', 'season', 'decade', 'century', 'weekend', 'time',
]);

export const NON_TOPIC_NOUNS: ReadonlySet<string> = new Set([
  'reasons', 'things', 'ways', 'times', 'sources', 'sides', 'parts', 'steps', 'words', 'aspects', 'questions', 'issues',
  'others', 'ones', 'kinds', 'types', 'sorts', 'examples', 'occasions', 'options', 'hands', 'eyes',
  'decades', 'minutes', 'seconds', 'moments', 'phases', 'rounds', 'dogs', 'friends', 'brothers', 'sisters', 'sons', 'daughters',
]);
