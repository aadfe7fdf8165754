/**
 * Hand-annotated texts (invented) for measuring the quantity stage: every figure a reader would
 * compare across outlets, with the topic the stage should give it. Figures not listed must not be
 * extracted. Annotated before the stage was run on them.
 */
export interface Gold {
  readonly value: number;
  readonly topic: string;
}

export const ACCURACY_CORPUS: readonly { readonly text: string; readonly gold: readonly Gold[] }[] = [
  {
    text: 'A magnitude 6.1 earthquake struck the mountain province of Ardel on Thursday, killing at least 48 people and injuring more than 300, the interior ministry said. Rescue workers pulled 17 survivors from collapsed buildings overnight. About 1,500 homes were damaged, and 20,000 people spent the night outdoors.',
    gold: [
      { value: 48, topic: 'people dead' },
      { value: 300, topic: 'people injured' },
      { value: 17, topic: 'survivors rescued' },
      { value: 1500, topic: 'homes damaged' },
      { value: 20000, topic: 'people' },
    ],
  },
  {
    text: 'With 92% of precincts reporting, Governor Ella Brandt led her challenger by 14,000 votes. Turnout reached 58%, up from 51% four years ago. Brandt, 62, has served two terms. Her opponent, state senator Luis Ortega, 49, said he would not concede.',
    gold: [
      { value: 92, topic: 'precincts reporting' },
      { value: 14000, topic: 'votes margin' },
      { value: 58, topic: 'turnout' },
      { value: 51, topic: 'turnout' },
      { value: 62, topic: 'age of Ella Brandt' },
      { value: 49, topic: 'age of Luis Ortega' },
    ],
  },
  {
    text: 'Calder Foods reported a pre-tax profit of £212m for the year, up from £180m. Revenue rose 6% to £3.1bn. The group will close 14 stores and cut 650 jobs, according to its chief executive. Shares jumped 9% in London.',
    gold: [
      { value: 212e6, topic: 'profit' },
      { value: 180e6, topic: 'profit' },
      { value: 6, topic: 'revenue up' },
      { value: 3.1e9, topic: 'revenue' },
      { value: 14, topic: 'stores closed' },
      { value: 650, topic: 'jobs cut' },
      { value: 9, topic: 'shares up' },
    ],
  },
  {
    text: 'Rovers beat City 3-1 in front of a crowd of 41,000 on Saturday. Striker Sam Okafor, 19, scored twice. The club paid a fee of £12m for him in January. Rovers have now won five of their last six games.',
    gold: [
      { value: 41000, topic: 'spectators' },
      { value: 19, topic: 'age of Sam Okafor' },
      { value: 12e6, topic: 'fee' },
    ],
  },
  {
    text: 'The wildfire has burned 12,500 hectares and destroyed 60 homes since it started on 2 August. Nearly 900 firefighters and 11 helicopters are fighting the blaze, fire officials said. Some 4,000 residents have been evacuated.',
    gold: [
      { value: 12500, topic: 'area' },
      { value: 60, topic: 'homes destroyed' },
      { value: 900, topic: 'firefighters' },
      { value: 11, topic: 'helicopters' },
      { value: 4000, topic: 'people evacuated' },
    ],
  },
  {
    text: 'Around 30,000 nurses walked out on Monday in the largest strike in the service’s 75-year history, the union said. The government has offered a 4.5% pay rise; the union wants 8%. Hospitals postponed up to 12,000 operations.',
    gold: [
      { value: 30000, topic: 'nurses' },
      { value: 12000, topic: 'operations postponed' },
    ],
  },
  {
    text: 'Militants released 12 hostages on Sunday in exchange for 150 prisoners, officials said. Another 30 hostages are still held. Of those, at least eight are believed to be dead. The first group was flown to the capital at 4pm.',
    gold: [
      { value: 12, topic: 'hostages released' },
      { value: 150, topic: 'prisoners released' },
      { value: 30, topic: 'hostages held' },
      { value: 8, topic: 'hostages dead' },
    ],
  },
  {
    text: 'Storm Idris brought winds of up to 90 mph to the coast, leaving 250,000 homes without power. More than 400 flights were cancelled at the main airport. Forecasters said 120mm of rain fell in 24 hours, the most since 1987.',
    gold: [
      { value: 90, topic: 'speed' },
      { value: 250000, topic: 'homes' },
      { value: 400, topic: 'flights cancelled' },
      { value: 120, topic: 'rain' },
    ],
  },
];
