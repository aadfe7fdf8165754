import { describe, expect, it } from 'vitest';
import { entitiesOf, findEntity, surfaceNames } from './helpers.js';

const FLOOD = [
  'Marlow County Declares Emergency As River Rises',
  'Heavy rain pushed the Kessel River over its banks on Tuesday, flooding parts of Marlow County and the town of Tarwick.',
  'Governor Helen Okafor said the state would send 200 rescuers. Okafor, a former engineer, toured Tarwick on Wednesday.',
  'The Regional Flood Agency (RFA) warned that levels could rise further. "We are not out of danger," said Peter Lindqvist, the head of the agency.',
  'Despite the warnings, residents stayed. Sources in the county said the Red Cross had opened two shelters in Lindale.',
  'Marlow officials met Kenyan engineers in April. Tragically, a 67-year-old Tom Harker drowned near the Kessel River.',
].join('\n');

const TRANSFER = [
  'Bayern Munich have signed striker Ola Kane from Vellmar FC for a club-record fee.',
  'Coach Rita Alvarez told reporters on Monday that Kane, 24, would start against Eastwick United. "He is ready," Alvarez said.',
  "Vellmar's chief executive, Jonas Brandt, said the club had accepted the offer. Brandt, now with the Northern League board, praised Kane.",
  'However, Mr. Brandt declined to give the fee. The Northern League confirmed the deal with Bayern in a statement.',
  'Historically, Vellmar have sold their best players. Conclusion',
].join('\n');

type Case = readonly [text: string, name: string, type: string, role?: RegExp];

const FOUND: readonly Case[] = [
  [FLOOD, 'Helen Okafor', 'person', /Governor/],
  [FLOOD, 'Kessel River', 'place'],
  [FLOOD, 'Marlow County', 'place'],
  [FLOOD, 'Tarwick', 'place'],
  [FLOOD, 'Regional Flood Agency', 'organization'],
  [FLOOD, 'Peter Lindqvist', 'person', /head of the agency/],
  [FLOOD, 'Red Cross', 'organization'],
  [FLOOD, 'Tom Harker', 'person'],
  [TRANSFER, 'Bayern Munich', 'organization'],
  [TRANSFER, 'Ola Kane', 'person', /striker/],
  [TRANSFER, 'Vellmar FC', 'organization'],
  [TRANSFER, 'Rita Alvarez', 'person', /Coach/],
  [TRANSFER, 'Eastwick United', 'organization'],
  [TRANSFER, 'Jonas Brandt', 'person', /chief executive/],
  [TRANSFER, 'Northern League', 'organization'],
];

describe('entities found and typed', () => {
  it.each(FOUND.map(([text, name, type, role]) => ({ text, name, type, role })))('$name is a $type', ({ text, name, type, role }) => {
    const layer = entitiesOf(text);
    const e = findEntity(layer, name);
    expect(e, `${name} not found; names: ${surfaceNames(layer).join(', ')}`).toBeDefined();
    expect(e!.type).toBe(type);
    if (role) expect(e!.roles.map((r) => r.text).join(' | ')).toMatch(role);
  });
});

const NOT_ENTITIES: readonly [text: string, word: string][] = [
  [FLOOD, 'Despite'],
  [FLOOD, 'Sources'],
  [FLOOD, 'Tragically'],
  [FLOOD, 'April'],
  [FLOOD, 'Tuesday'],
  [FLOOD, 'Kenyan'],
  [FLOOD, 'Declares'],
  [FLOOD, 'Emergency'],
  [FLOOD, 'Rises'],
  [FLOOD, 'Governor'],
  [TRANSFER, 'However'],
  [TRANSFER, 'Historically'],
  [TRANSFER, 'Conclusion'],
  [TRANSFER, 'Monday'],
  [TRANSFER, 'Coach'],
  [TRANSFER, 'Mr. Brandt'],
  ['Israeli officials met Palestinian prisoners in March.', 'Israeli'],
  ['Israeli officials met Palestinian prisoners in March.', 'Palestinian'],
  ['Israeli officials met Palestinian prisoners in March.', 'March'],
  ['Farmers in Tarwick expect a beautiful Harvest this year.', 'Harvest'],
  ['Divers reached the submerged car near Tarwick on Friday.', 'Divers'],
  ['BREAKING: FLOODS HIT TARWICK AS RIVER BURSTS.\nThe river rose overnight in Tarwick.', 'FLOODS'],
  ['Viewers of Channel 4 in Tarwick complained.', 'Channel'],
  ['Sources\nThe council met on Monday. Sources said the vote was close.', 'Sources'],
];

describe('capitalised words that are not entities', () => {
  it.each(NOT_ENTITIES.map(([text, word]) => ({ text, word })))('"$word" is not a mention', ({ text, word }) => {
    expect(surfaceNames(entitiesOf(text))).not.toContain(word);
  });
});
