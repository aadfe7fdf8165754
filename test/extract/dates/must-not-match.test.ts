/** Numbers, names and words that look like dates but are not (must-not-match). */
import { describe, it } from 'vitest';
import { expectNoDate } from './date-helpers.js';

const notDates: [string, string][] = [
  ['A second survivor was found 24 hours later in the same block.', '24 hours later'],
  ['Teams have 48 hours to clear the road, within 48 hours of the order.', 'within 48 hours'],
  ['The 42-day truce held until the weekend.', '42-day'],
  ['Ministers agreed a 60-day extension of the emergency decree.', '60-day extension'],
  ['The rebels freed 2,000 prisoners in exchange.', '2,000'],
  ['Rescuers found 10 living survivors in the basement.', '10 living'],
  ['Engineers inspected 2000 buildings in the old town.', '2000 buildings'],
  ['A 72-year-old man was pulled from the rubble.', '72-year-old'],
  ['Turnout reached 45% in the northern districts.', '45%'],
  ['Shelters opened at 3pm in the stadium.', 'at 3pm'],
  ['The minister said she may visit the area soon.', 'may'],
  ['Candidate Rosa May conceded in a short speech.', 'May'],
  ['Thousands joined a protest march through the capital.', 'march'],
  ['Volunteers will march to the ministry to demand tents.', 'march'],
  ['The Sunday Times reported the figures first.', 'Sunday'],
  ['Polls show Super Tuesday voters leaning left.', 'Tuesday'],
  ['About 3/4 of voters backed the measure.', '3/4'],
  ['The bid values each share at 1,250 pence.', '1,250'],
  ['The home side won 3-2 after extra time.', '3-2'],
  ['Two days later, the council met again.', 'Two days later'],
  ['The company has 1997 employees in its three plants.', '1997'],
  ['Donations came from 2000 people in the town.', '2000'],
  ['One of 1500 staff at the plant resigned.', '1500'],
  ['Around 2000 protesters gathered outside.', '2000'],
  ['He is right now at the scene.', 'now'],
  ['The plant will cut 400 jobs over the next 18 months.', 'next 18 months'],
  ['Prices have doubled in the last two years.', 'last two years'],
  ['The debate ran late into the night and past midnight.', 'night'],
  ['The debate ran late into the night and past midnight.', 'midnight'],
];

describe('must not match', () => {
  it.each(notDates)('%s: "%s" is not a date', (text, phrase) => expectNoDate(text, phrase));
});
