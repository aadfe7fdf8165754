/**
 * Held-out hand-written texts: written after the rules were tuned on accuracy-corpus.ts
 * and never used for tuning, so their figures estimate accuracy on unseen text.
 */
import type { GoldText } from './accuracy-corpus.js';

export const HELD_OUT: readonly GoldText[] = [
  {
    topic: 'wildfire',
    text: [
      'Wildfire Forces Evacuations Near Redding',
      'A fast-moving wildfire in Shasta County destroyed at least 40 homes overnight, the California Department of Forestry and Fire Protection said on Saturday.',
      'Fire chief Dana Whitfield told reporters that crews from Oregon and Nevada had joined the fight. "The wind is our enemy," Whitfield said.',
      'The blaze started near Whiskeytown Lake and spread east toward Redding, a city of about 90,000 people. Pacific Gas and Electric said it had cut power to 12,000 customers.',
      'Governor Gavin Newsom requested federal aid from the Federal Emergency Management Agency. Officials in Sacramento said schools would stay closed.',
      'Meanwhile, the National Weather Service warned of dry lightning on Monday.',
    ].join('\n'),
    person: ['Dana Whitfield', 'Gavin Newsom'],
    organization: ['California Department of Forestry and Fire Protection', 'Pacific Gas and Electric', 'Federal Emergency Management Agency', 'National Weather Service'],
    place: ['Redding', 'Shasta County', 'Oregon', 'Nevada', 'Whiskeytown Lake', 'Sacramento'],
  },
  {
    topic: 'tennis',
    text: [
      'Rosa Almeida beat defending champion Katya Ivanova 6-4 7-5 to reach the final of the Madrid Open on Friday.',
      'The Brazilian, ranked 14th, will face Mei Lin of China, who needed three sets to get past Sofia Brandt. Almeida said she had "never played better".',
      'Ivanova, a two-time winner in Spain, blamed a wrist injury. The Women\'s Tennis Association said it would review the heat policy after temperatures reached 38C at the Caja Magica.',
      'Tournament director Feliciano Lopez said ticket sales had broken records.',
    ].join('\n'),
    person: ['Rosa Almeida', 'Katya Ivanova', 'Mei Lin', 'Sofia Brandt', 'Feliciano Lopez'],
    organization: ["Women's Tennis Association"],
    place: ['China', 'Spain', 'Caja Magica'],
  },
  {
    topic: 'court',
    text: [
      'A federal judge in Delaware on Tuesday blocked the planned takeover of Brightline Foods by Carver Holdings, siding with the Federal Trade Commission.',
      'Judge Miriam Feld wrote that the deal would "substantially lessen competition" in frozen vegetables across the Midwest.',
      'Carver Holdings said it would appeal. Its chief executive, Tom Okonjo, called the ruling "deeply disappointing" in a statement.',
      'Brightline shares fell 18% in New York. Analysts at Morgan Stanley said the company might now look for a buyer in Europe.',
      'The FTC chair, Lina Ortega, welcomed the decision.',
    ].join('\n'),
    person: ['Miriam Feld', 'Tom Okonjo', 'Lina Ortega'],
    organization: ['Brightline Foods', 'Carver Holdings', 'Federal Trade Commission', 'Morgan Stanley'],
    place: ['Delaware', 'Midwest', 'New York', 'Europe'],
  },
];

/**
 * A second held-out batch, written at the end and measured once without any tuning
 * afterwards: the least biased estimate of the figures.
 */
export const HELD_OUT_2: readonly GoldText[] = [
  {
    topic: 'recount',
    text: [
      'Recount Ordered In Valdora Mayoral Race',
      'A court in Valdora ordered a full recount on Thursday after the Civic Alliance challenged the result of the mayoral election.',
      'The incumbent, Mayor Tomas Reyes, won by 312 votes according to the Municipal Electoral Board. His challenger, Lucia Ferrante of the Civic Alliance, said ballots from the Puerto Alto district had been lost.',
      'Judge Elena Marsh gave officials ten days. "Every vote will be counted again," Marsh said outside the courthouse in San Teodoro.',
      'Reyes called the challenge "a stunt". Observers from the Organization of American States said they would attend.',
    ].join('\n'),
    person: ['Tomas Reyes', 'Lucia Ferrante', 'Elena Marsh'],
    organization: ['Civic Alliance', 'Municipal Electoral Board', 'Organization of American States'],
    place: ['Valdora', 'Puerto Alto', 'San Teodoro'],
  },
  {
    topic: 'chipmaker',
    text: [
      'Shares in Korvant Semiconductor jumped 11% on Wednesday after the chipmaker raised its forecast, citing demand from data centres in Texas and Ireland.',
      'Chief financial officer Neha Kapoor told investors on a call that a new plant near Dresden would open in 2026.',
      'Analysts at Barclays raised their target price. Korvant competes with Samsung and TSMC, and counts Apple among its biggest customers.',
      'The company also said founder Piet de Vries would step down as chairman in June.',
    ].join('\n'),
    person: ['Neha Kapoor', 'Piet de Vries'],
    organization: ['Korvant Semiconductor', 'Barclays', 'Samsung', 'TSMC', 'Apple'],
    place: ['Texas', 'Ireland', 'Dresden'],
  },
];
