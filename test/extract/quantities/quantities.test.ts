import { describe, expect, it } from 'vitest';
import { expectNoQuantity, expectQuantity, quantitiesIn, type Expected } from './helpers.js';

const cases: [string, Expected][] = [
  // counts, qualifiers, states
  ['More than 400 people were killed when the dam gave way.', { value: 400, qualifier: 'more than', topic: 'people dead', unit: 'people' }],
  ['Officials said about 24 people were injured in the blast.', { value: 24, qualifier: 'about', topic: 'people injured' }],
  ['At least 35 miners are believed to be trapped underground.', { value: 35, qualifier: 'at least', topic: 'miners trapped' }],
  ['Nearly 3,000 residents fled their homes as the water rose.', { value: 3000, qualifier: 'nearly', topic: 'people evacuated' }],
  ['The storm left up to 80 families homeless.', { value: 80, qualifier: 'up to' }],
  ['Fewer than 50 fans stayed until the final whistle.', { value: 50, qualifier: 'less than', topic: 'spectators' }],
  ['Some 12 climbers remain missing on the north face.', { value: 12, qualifier: 'about', topic: 'climbers missing' }],
  ['Five hostages were freed on Sunday.', { value: 5, topic: 'hostages released' }],
  ['Twenty-five prisoners are still held at the camp.', { value: 25, topic: 'prisoners held' }],
  ['A dozen people were arrested after the match.', { value: 12, qualifier: 'about', topic: 'people arrested' }],
  // a written qualifier before a round number word is kept in the text and replaces its "about"
  ['More than a dozen fans were hurt in the crush.', { value: 12, qualifier: 'more than', text: 'More than a dozen' }],
  ['Crews in about a dozen trawlers searched the bay.', { value: 12, qualifier: 'about', text: 'about a dozen' }],
  ['The river town counts 1.2 million visitors a year.', { value: 1.2e6, text: '1.2 million' }],
  // heads from figure nouns and carried across clauses and sentences
  ['The death toll from the floods rose to 19 on Monday.', { value: 19, topic: 'people dead' }],
  ['A crowd of 52,000 watched the final.', { value: 52000, topic: 'spectators' }],
  ['There are 80 miners in the shaft, 50 of whom are still alive.', { value: 50, topic: 'miners alive' }],
  ['Rebels hold 40 hostages. At least 12 are believed to be dead, while 28 remain alive.', { value: 12, topic: 'hostages dead' }],
  ['Rebels hold 40 hostages. At least 12 are believed to be dead, while 28 remain alive.', { value: 28, topic: 'hostages alive' }],
  ['Another 40 people were injured and six remain missing.', { value: 6, topic: 'people missing' }],
  ['The blast killed 14 people and injured 30 others.', { value: 30, topic: 'people injured' }],
  // exchanges: two different topics, not the held count
  ['The truce saw 30 soldiers exchanged for 900 Nordland prisoners.', { value: 30, topic: 'soldiers released' }],
  ['The truce saw 30 soldiers exchanged for 900 Nordland prisoners.', { value: 900, topic: 'Nordland prisoners released' }],
  // money, percentages, measures
  ['Harlow United signed the striker for a fee of £45m.', { value: 45e6, unit: 'GBP', topic: 'fee', text: '£45m' }],
  ['The retailer was bought in a deal worth $2.5bn.', { value: 2.5e9, unit: 'USD', topic: 'deal' }],
  ['The group paid €300 million for the vineyard.', { value: 3e8, unit: 'EUR', topic: 'amount paid' }],
  ['Unemployment rose to 3.4% in March.', { value: 3.4, unit: '%', topic: 'unemployment' }],
  ['Shares in the airline fell 7 per cent on Tuesday.', { value: 7, unit: '%', topic: 'shares down' }],
  ['Turnout was 61%, the electoral commission said.', { value: 61, unit: '%', topic: 'turnout', attribution: 'electoral commission' }],
  ['The company will cut 1,200 jobs by the end of the year.', { value: 1200, topic: 'jobs cut', unit: 'jobs' }],
  ['Northwind is laying off 1,200 workers in Europe.', { value: 1200, topic: 'employees cut' }],
  ['The fire has burned about 4,200 acres of forest.', { value: 4200, unit: 'acres', qualifier: 'about', topic: 'area' }],
  ['The 42-day strike ended on Friday.', { value: 42, unit: 'days', topic: 'strike duration' }],
  ['Gusts reached 70 miles per hour on the coast.', { value: 70, unit: 'miles/h', topic: 'speed' }],
  // attribution
  ['At least 12 people died in the flooding, police said.', { value: 12, attribution: 'police' }],
  ['According to the health ministry, 300 homes were destroyed.', { value: 300, topic: 'homes destroyed', attribution: 'health ministry' }],
  ['Rescuers say 35 people were pulled from the rubble.', { value: 35, topic: 'people rescued', attribution: 'Rescuers' }],
  ['According to the coastguard, 12 sailors are missing, while the navy says 9 were rescued.', { value: 12, topic: 'sailors missing', attribution: 'coastguard' }],
  ['According to the coastguard, 12 sailors are missing, while the navy says 9 were rescued.', { value: 9, topic: 'sailors rescued', attribution: 'navy' }],
  ['Officials counted 48,000 provisional ballots on Friday.', { value: 48000, unit: 'ballots', topic: 'votes counted' }],
  ['The regulator had received seven reports by noon, up from three in the morning.', { value: 3, topic: 'reports received' }],
  ['Profit rose to £212m, up from £180m a year earlier.', { value: 180e6, topic: 'profit' }],
  ['The buyer will pay $38 a share in cash.', { value: 38, unit: 'USD', topic: 'share price' }],
  ['The 2,300 kg satellite reached orbit.', { value: 2300, unit: 'kg', topic: 'satellite weight' }],
  ['Forecasters said 120mm of rain fell overnight.', { value: 120, unit: 'mm', topic: 'rain' }],
  ['Sanders was jailed for six years on Friday.', { value: 6, unit: 'years', topic: 'jailed duration' }],
  ['The mayor won the 1979 race by 58 votes.', { value: 58, topic: 'votes margin (1979)' }],
  // ages
  ['Jane Moreau, 23, was arrested at the scene.', { claimKind: 'age', value: 23, subjectName: 'Jane Moreau', topic: 'age of Jane Moreau', unit: 'years' }],
  ['The race was won by 21-year-old Pia Lindqvist, who led from the start.', { claimKind: 'age', value: 21, subjectName: 'Pia Lindqvist' }],
  ['Tomas Rebane, a 24-year-old striker from Tallinn, joined on Friday.', { claimKind: 'age', value: 24, subjectName: 'Tomas Rebane' }],
  ['Marta Lindgren was arrested at the port. The 31-year-old denies the charges.', { claimKind: 'age', value: 31, subjectName: 'Marta Lindgren' }],
  ['Owen Price, now 67, still runs the farm.', { claimKind: 'age', value: 67, subjectName: 'Owen Price' }],
  ['Ruth Okonjo, aged 58, thanked the rescue teams.', { claimKind: 'age', value: 58, subjectName: 'Ruth Okonjo' }],
  // an "N-year-old" whose head noun names a person is that person's age
  ['Lena Holm, a 52-year-old British-born nurse, was praised by the ward.', { claimKind: 'age', value: 52, subjectName: 'Lena Holm' }],
  ['Karin Dahl was arrested at the depot. The 44-year-old teacher denies the charges.', { claimKind: 'age', value: 44, subjectName: 'Karin Dahl' }],
  ['Ivo Sarr, a 30-year-old father of two, was freed on Monday.', { claimKind: 'age', value: 30, subjectName: 'Ivo Sarr' }],
  ['The 52-year-old pianist Karin Dahl played the closing recital.', { claimKind: 'age', value: 52, subjectName: 'Karin Dahl' }],
];

const mustNotMatch: [string, string][] = [
  ['The law was passed in 1998 and amended in 2004.', '1998'],
  ['The law was passed in 1998 and amended in 2004.', '2004'],
  ['Under Article 5 of the treaty, members must respond.', '5'],
  ['The figures are on page 12 of the report.', '12'],
  ['1. Preheat the oven before you start.', '1'],
  ['For tickets call 020 7946 0000 before noon.', '020'],
  ['For tickets call 020 7946 0000 before noon.', '7946'],
  ['The meeting starts at 3pm and ends at 5 p.m. sharp.', '5'],
  ['Twenty-four hours later, the river burst its banks.', 'Twenty'],
  ['She is one of the best players in the league.', 'one'],
  ['Covid-19 cases have fallen in the region.', '19'],
  ['Leaders met at the G7 summit in the spring.', '7'],
  ['Two F-16 jets escorted the plane.', '16'],
  ['A Boeing 737 landed safely after the scare.', '737'],
  ['“We lost 300 homes in one night,” the mayor said.', '300'],
  ['The club won the final 2-1 after extra time.', '2'],
  ['She gave three reasons for leaving.', 'three'],
  ['Hundreds of people gathered outside the court.', 'Hundreds'],
  ['The 100-year-old bridge was closed.', '100'],
  // a thing's age is nobody's, even right after a sentence that names one person
  ['Senator Ada Kimura defended the bill. The 40-year-old law has never been amended.', '40'],
  ['Chef Marco Bellini opened the doors. The 120-year-old building reopened on Friday.', '120'],
  ['Mayor Ilka Brandt toured the quay. The 57-year-old pier was the only landing.', '57'],
  ['Harlow Rovers, a 130-year-old football club, sacked its manager.', '130'],
  // a place name before the noun: the person is unnamed, the place has no age
  ['Police questioned a 26-year-old Leeds man about the fire.', '26'],
  ['Marta Lindgren met Owen Price at the port. The 31-year-old was arrested.', '31'],
  ['He called 911 from the roadside.', '911'],
  ['A two-term senator, she chairs the committee.', 'two'],
  ['Flight 370 vanished over the ocean.', '370'],
  ['The strike began on 12 March 2024 at the main depot.', '2024'],
  ['Critics praised “Twelve Angry Jurors” and “The 39 Steps” on stage.', '39'],
  ['Forecasters said 120mm of rain fell in 24 hours.', '24'],
  ['Gold was sold in 25 mg and 50 mg coins.', '25'],
  ['Police were called at 10:30 to the square.', '10'],
];

describe('quantities: what is found', () => {
  it.each(cases)('%s → %j', (text, want) => expectQuantity(text, want));
});

describe('quantities: must not match', () => {
  it.each(mustNotMatch)('%s (no "%s")', (text, figure) => expectNoQuantity(text, figure));
});

describe('quantities: edge input', () => {
  it('an empty text and a text without figures give nothing', () => {
    expect(quantitiesIn('')).toEqual([]);
    expect(quantitiesIn('The council met again and the debate went on late into the night.')).toEqual([]);
  });
  it('a long line of figures stays fast and every span reads as its text', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `${i + 3} people were hurt and about ${i + 40} homes were damaged.`).join(' ');
    const t = performance.now();
    const found = quantitiesIn(text);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(found.length).toBeGreaterThan(3000);
    for (const q of found) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
  });
  it('the same text twice gives byte-identical records', () => {
    const text = 'At least 12 people died, police said. Another 40 were injured and six remain missing.';
    expect(JSON.stringify(quantitiesIn(text))).toBe(JSON.stringify(quantitiesIn(text)));
  });
});

describe('quantities: adjectival figures and subject actions', () => {
  it.each([
    ['The union is seeking a 9% pay rise this year.', { value: 9, topic: 'pay rise' }],
    ['Inflation fell back towards its 2% target.', { value: 2, topic: 'target' }],
    ['The bid is a premium of 27% to the closing price.', { value: 27, topic: 'premium' }],
    ['Four slain soldiers were flown home.', { value: 4, topic: 'soldiers dead' }],
    ['The agency has received 14 reports of faulty brakes.', { value: 14, topic: 'brakes reported' }],
    ['The number of faulty brakes reported to the agency has risen to 20.', { value: 20, topic: 'brakes reported' }],
  ] as [string, Expected][])('%s → %j', (text, want) => expectQuantity(text, want));
  it('what the counted do is not their state ("spent the night")', () => {
    const q = quantitiesIn('About 1,500 people spent the night in tents.')[0];
    expect(q?.topic).toBe('people');
  });
});
