import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { claimAbout, claimsOf } from '../../compare/claims/helpers.js';
import { article } from './helpers.js';

/** The topic of the quantity written `figure` in `text`, for an article published `published`. */
function topicOf(text: string, figure: string, published: string | null = '2026-02-10T06:00:00Z'): string {
  const found = extractArticle(article(text, 'a1', published)).quantities.filter((q) => q.text === figure);
  if (found.length === 0) {
    const all = extractArticle(article(text, 'a1', published)).quantities.map((q) => `${q.text} → ${q.topic}`).join('; ');
    throw new Error(`no quantity "${figure}" in "${text}" (found: ${all || 'nothing'})`);
  }
  return found[0]!.topic;
}

// [case, text, figure, published, expected topic]: texts written for this test (flood, earthquake, election, price)
const OTHER_EVENT: readonly (readonly [string, string, string, string | null, string])[] = [
  ['flood: an earlier flood in a relative clause', 'The toll passed the 40 people who drowned in a 2011 flood in the valley.', '40', '2026-02-10', 'people dead (2011)'],
  ['flood: undated article, comparison word and year', 'The flood is now the deadliest on the river, surpassing a storm surge that killed 57 people in 1953.', '57', null, 'people dead (1953)'],
  ['quake: a record toll from a year', 'It eclipses the record toll of 212 from a 1976 quake in the north.', '212', null, 'people dead (1976)'],
  ['quake: "since <year>, when"', 'It is the deadliest tremor since 1988, when 310 people died in the capital.', '310', '2026-02-10', 'people dead (1988)'],
  ['quake: the previous earthquake, no year', 'The previous earthquake killed 75 people along the coast.', '75', '2026-02-10', 'people dead (earlier event)'],
  ['wildfire: a where-clause hangs on the earlier fire before it', 'The blaze has now outstripped the 2017 fire that razed the hill town, where at least 44 died.', 'at least 44', '2026-02-10', 'people dead (2017)'],
  ['flood: a where-clause about an earlier flood', 'The flood topped the 2014 deluge in the delta, where 212 people drowned.', '212', '2026-02-10', 'people dead (2014)'],
  ['election: turnout last time', 'Turnout last time was 58% across the district.', '58%', '2026-02-10', 'turnout (earlier event)'],
  ['election: turnout at the prior election', 'Turnout at the prior election stood at 61% in the county.', '61%', '2026-02-10', 'turnout (earlier event)'],
];

// must-not: this story's own figures keep their plain topic
const OWN_EVENT: readonly (readonly [string, string, string, string | null, string])[] = [
  ['flood: this flood\'s toll beside a date of this year', 'The flood killed 23 people on 4 February 2026, officials said.', '23', '2026-02-10', 'people dead'],
  ['flood: a plain toll in an undated article', 'At least 19 people died when the river burst its banks.', 'At least 19', null, 'people dead'],
  ['quake: "since <year>" is a starting point', 'Since 2019 the region has recorded 41 earthquakes.', '41', '2026-02-10', 'earthquakes recorded'],
  ['quake: a period of manufacture is not an event', 'The recall covers 134 valves made between 1999 and 2025.', '134', '2026-02-10', 'valves'],
  ['election: the previous toll is an update of this story', 'The previous toll of 36 people dead was revised this morning.', '36', '2026-02-10', 'people dead'],
  ['sport: goals "last season" is a period, not an event', 'The striker scored 19 goals last season for the club.', '19', '2026-02-10', 'goals scored'],
  ['wildfire: a where-clause after this fire\'s own clause', 'The blaze reached the hill town on Tuesday, where at least 44 died.', 'at least 44', '2026-02-10', 'people dead'],
  ['price: exceeded without a year is this story\'s figure', 'The price of the painting exceeded $4.2 million at the auction.', '$4.2 million', '2026-02-10', 'price'],
  ['price: a plan "by <year>" does not date an undated article', 'The firm sold 3,000 homes in 2024 and plans more by 2030.', '3,000', null, 'homes sold'],
];

describe('event scope: a figure about another event is that event\'s', () => {
  it.each(OTHER_EVENT)('%s', (_name, text, figure, published, topic) => {
    expect(topicOf(text, figure, published)).toBe(topic);
  });
});

describe('event scope: must not move this story\'s own figures', () => {
  it.each(OWN_EVENT)('%s', (_name, text, figure, published, topic) => {
    expect(topicOf(text, figure, published)).toBe(topic);
  });
});

describe('event scope across outlets: another event\'s toll is context, not a conflict value', () => {
  const { claims } = claimsOf([
    { id: 'q1', published: '2026-03-02T08:00:00Z', text: 'The earthquake near the coast killed 48 people, officials said. The toll exceeded the 30 people who died in a 2009 quake in the same province.' },
    { id: 'q2', published: null, text: 'Officials said 48 people were killed by the earthquake. It surpassed a tremor that killed 30 people in 2009.' },
    { id: 'q3', published: null, text: 'The earthquake killed 52 people, the regional governor said.' },
  ]);
  it('the earlier quake\'s toll is its own claim, agreed by the two outlets that give it', () => {
    const c = claimAbout(claims, 'people dead (2009)');
    expect(c.status).toBe('agreed');
    expect(c.values.map((x) => x.normalized)).toEqual([30]);
  });
  it('this quake\'s toll is still compared: 48 against 52 is a conflict without the 30', () => {
    const c = claimAbout(claims, 'people dead');
    expect(c.status).toBe('conflict');
    expect(c.values.map((x) => x.normalized)).toEqual(expect.arrayContaining([48, 52]));
    expect(c.values).toHaveLength(2);
  });
});
