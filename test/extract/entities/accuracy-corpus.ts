/**
 * Hand-written news texts (invented events, invented people) with the entities a
 * careful reader would list, for measuring precision and recall of the entity
 * stage. Expected lists were written from the text, not from the tool's output.
 */
export interface GoldText {
  readonly topic: string;
  readonly text: string;
  /** every person, organisation and place named in the text (by its fullest name). */
  readonly person: readonly string[];
  readonly organization: readonly string[];
  readonly place: readonly string[];
}

export const GOLD: readonly GoldText[] = [
  {
    topic: 'flood',
    text: [
      'Thousands Evacuated As Ostrava Floods Spread',
      'Floodwater from the Morava River forced more than 4,000 people from their homes in the town of Hranice on Sunday, officials said.',
      'Governor Lukas Vesely of the Olomouc Region declared a state of emergency and asked the army for help. "The next 48 hours are critical," Vesely told Czech Radio.',
      'The Czech Hydrometeorological Institute (CHMI) said the river peaked at 6.2 metres overnight. Despite the warnings, some residents refused to leave.',
      'Tragically, an 81-year-old man, Josef Marek, died when his car was swept off a road near Lipnik. Marek had been driving to his daughter in Prerov.',
      'Prime Minister Petra Novakova flew over the area by helicopter and promised aid. Novakova said the European Union would be asked for emergency funds.',
      'The Red Cross opened shelters in three schools. Its regional director, Anna Dvorak, said volunteers from Brno and Prague had arrived.',
      'Sources at the CHMI said more rain was expected on Tuesday.',
    ].join('\n'),
    person: ['Lukas Vesely', 'Josef Marek', 'Petra Novakova', 'Anna Dvorak'],
    organization: ['Czech Radio', 'Czech Hydrometeorological Institute', 'European Union', 'Red Cross'],
    place: ['Ostrava', 'Morava River', 'Hranice', 'Olomouc Region', 'Lipnik', 'Prerov', 'Brno', 'Prague'],
  },
  {
    topic: 'transfer',
    text: [
      'Porto Agree Fee For Midfielder',
      'FC Porto have agreed a fee of €35m with Ajax for midfielder Daan Kuipers, according to people close to the deal.',
      'Kuipers, 22, joined Ajax from Heerenveen in 2021 and was named the Eredivisie young player of the year last season.',
      'Porto coach Sergio Conceicao wants the Dutchman in Portugal before the squad travels to Madrid for a friendly against Atletico Madrid.',
      '"He is exactly the profile we need," Conceicao said on Thursday. Ajax director Marc Overmars declined to comment.',
      'However, Kuipers must first pass a medical in Lisbon. Historically, Porto have sold players on for large profits.',
      'The Portuguese club will pay in three instalments, a source at Porto told Record.',
    ].join('\n'),
    person: ['Daan Kuipers', 'Sergio Conceicao', 'Marc Overmars'],
    organization: ['FC Porto', 'Ajax', 'Heerenveen', 'Eredivisie', 'Atletico Madrid', 'Record'],
    place: ['Portugal', 'Madrid', 'Lisbon'],
  },
  {
    topic: 'merger',
    text: [
      'Halvorsen Shipping said on Monday it would buy rival Nordic Freight Lines for $2.1bn, creating the largest container operator in Scandinavia.',
      'Chief executive Ingrid Solberg said the combined company would keep its headquarters in Oslo. "This gives us scale," Solberg told analysts.',
      'Shares in Nordic Freight Lines rose 14% in Stockholm. The deal needs approval from the European Commission and the Norwegian Competition Authority.',
      'Erik Lund, an analyst at DNB Markets, said regulators could demand the sale of routes between Gothenburg and Rotterdam.',
      'In March, Halvorsen reported a 9% rise in profit. Meanwhile, unions at the port of Bergen said they feared job losses.',
    ].join('\n'),
    person: ['Ingrid Solberg', 'Erik Lund'],
    organization: ['Halvorsen Shipping', 'Nordic Freight Lines', 'European Commission', 'Norwegian Competition Authority', 'DNB Markets'],
    place: ['Scandinavia', 'Oslo', 'Stockholm', 'Gothenburg', 'Rotterdam', 'Bergen'],
  },
  {
    topic: 'election',
    text: [
      'Counting Resumes In Disputed Kaduna Vote',
      'Election officials in Kaduna State resumed counting on Wednesday after a two-day pause, the Independent National Electoral Commission (INEC) said.',
      'The opposition candidate, Amina Bello of the People\'s Democratic Party, said the delay had "damaged trust". Her rival, Governor Uba Sani, called for calm.',
      'INEC spokesman Festus Okoye said results from Zaria and Kafanchan would be announced first. Observers from the African Union were present.',
      'Nigerian police said 12 people had been arrested in Kaduna. Bello told supporters in Zaria that she would accept a fair result.',
    ].join('\n'),
    person: ['Amina Bello', 'Uba Sani', 'Festus Okoye'],
    organization: ['Independent National Electoral Commission', "People's Democratic Party", 'African Union'],
    place: ['Kaduna State', 'Kaduna', 'Zaria', 'Kafanchan'],
  },
];
