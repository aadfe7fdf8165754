/**
 * Organisations usually named without an organisation head word: seats of
 * government used for the institution ("the White House", "the Kremlin"),
 * international bodies, and news organisations (which articles often cite:
 * "according to Reuters", "told the BBC"). Written as capitalised in text.
 * Add widely known bodies; keep story-specific ones out (head words and context
 * cues find those).
 */
export const INSTITUTIONS: readonly string[] = [
  'White House', 'Kremlin', 'Pentagon', 'Congress', 'Senate', 'Parliament', 'Knesset', 'Bundestag', 'Duma', 'Élysée',
  'Elysee', 'Downing Street', 'Whitehall', 'Vatican', 'Capitol Hill', 'Supreme Court', 'State Department', 'NATO',
  'Nato', 'United Nations', 'UN', 'European Union', 'EU', 'African Union', 'Arab League', 'OPEC', 'Opec', 'IMF',
  'World Bank', 'WHO', 'UNICEF', 'Unicef', 'UNHCR', 'UNRWA', 'Red Cross', 'Red Crescent', 'Interpol', 'Europol',
  'FBI', 'CIA', 'NSA', 'FIFA', 'Fifa', 'UEFA', 'Uefa', 'IOC', 'Premier League', 'Bundesliga', 'La Liga', 'Serie A',
  'Hezbollah', 'Taliban', 'Al-Qaeda', 'al-Qaeda', 'Boko Haram', 'al-Shabaab', 'Islamic State',
  'Google', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Twitter', 'Tesla', 'Netflix', 'OpenAI', 'Samsung',
];

/** News organisations and agencies. */
export const NEWS_ORGANISATIONS: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'BBC', 'CNN', 'MSNBC', 'Fox News',
  'NBC', 'CBS', 'ABC', 'NPR', 'PBS', 'Sky News', 'Al Jazeera', 'Al Arabiya', 'Axios', 'Politico', 'Haaretz',
  'Times of Israel', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times', 'The Guardian',
  'Guardian', 'The Times', 'The Telegraph', 'The Economist', 'Economist', 'Le Monde', 'Der Spiegel', 'Spiegel',
  'El País', 'Xinhua', 'TASS', 'Tass', 'RIA Novosti', 'Anadolu', 'Yonhap', 'Kyodo', 'NHK', 'Dawn', 'Punch',
  'Vanguard', 'Daily Mail', 'The Independent', 'HuffPost', 'Vox', 'Axel Springer', 'Deutsche Welle', 'DW',
  'France 24', 'Euronews', 'ESPN', 'The Athletic', 'Sky Sports', 'BBC Sport',
];
