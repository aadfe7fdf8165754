/** Invented stories for claim alignment tests: three outlets on a flood, two on a transfer, two on layoffs. */
export const FLOOD = [
  {
    id: 'flood-1', published: '2026-02-10T06:00:00Z',
    text: 'Flash floods swept through the river town of Marlowe overnight, killing at least 12 people, regional officials said. More than 400 residents were evacuated from low-lying streets. The fire service said 35 people had been rescued from rooftops. About 2,000 homes were left without power.',
  },
  {
    id: 'flood-2', published: '2026-02-10T12:00:00Z',
    text: 'The death toll from the Marlowe floods rose to 19 on Monday, according to the regional emergency agency. Another 40 people were injured and six remain missing. Rescue teams said 35 people had been pulled from rooftops overnight. Mayor Ruth Okonjo, 58, said the town had never seen water so high.',
  },
  {
    id: 'flood-3', published: '2026-02-10T20:00:00Z',
    text: 'At least 23 people have died in the Marlowe floods, police said on Monday evening. Nine people are still missing, while 51 were injured. Mayor Ruth Okonjo, 61, visited a shelter housing nearly 300 displaced families.',
  },
];

export const TRANSFER = [
  {
    id: 'sport-1', published: '2026-08-01T09:00:00Z',
    text: 'Harlow United have signed striker Tomas Rebane, 24, from Velden for a fee of £45m, the club said. A crowd of 52,000 watched his final game for Velden last season. Rebane scored 19 goals in all competitions.',
  },
  {
    id: 'sport-2', published: '2026-08-01T10:00:00Z',
    text: 'Tomas Rebane, 25, has joined Harlow United in a deal worth about £40m. The 52,000 fans at his farewell match sang his name. The forward scored 19 goals last season.',
  },
];

export const LAYOFFS = [
  {
    id: 'biz-1', published: '2026-05-05T08:00:00Z',
    text: 'Northwind Logistics will cut 1,200 jobs, about 8% of its workforce, the company announced on Tuesday. Shares fell 3.4% in early trading.',
  },
  {
    id: 'biz-2', published: '2026-05-05T09:30:00Z',
    text: 'Northwind Logistics is laying off 1,200 workers, according to a memo seen by reporters. The company\'s shares dropped 3.4% by midday.',
  },
];
