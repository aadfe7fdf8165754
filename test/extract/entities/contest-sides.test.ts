/**
 * Teams named after their town or county (issue 16, "Names and types": clubs and sides
 * typed as places): in a sports report, the sides of "X beat Y", "a match against X",
 * "lost to X" are teams. Invented texts on cricket, football and ice hockey; must-not
 * cases: a player's surname in tennis, the same verbs outside a sports report.
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf, findEntity } from './helpers.js';

const CRICKET = 'Marvale beat Tolsby by an innings and 39 runs on Friday to go top of the county championship. Marvale bowled well all season.';
const FOOTBALL = 'Harwick lost to Dunmore in the cup on Saturday. The striker scored twice in their match against Corvale last season.';
const HOCKEY = 'Kestrel Bay edged Norland 3-2 in the playoff opener, and the coach praised the goalkeeper after the match.';
const TENNIS = 'Anders Volkov beat Tomas Reyna in the final. Volkov had lost to Reyna in the semi-final last season, and the match lasted three hours.';
const POLITICS = 'Marvale beat Tolsby in the race for the new factory, the council said. Officials in Tolsby said they would appeal.';

describe('sides of a contest in a sports report are teams', () => {
  const TEAMS: readonly { case: string; text: string; name: string }[] = [
    { case: 'subject of "beat" (cricket)', text: CRICKET, name: 'Marvale' },
    { case: 'object of "beat" (cricket)', text: CRICKET, name: 'Tolsby' },
    { case: '"lost to X" (football)', text: FOOTBALL, name: 'Dunmore' },
    { case: '"match against X" (football)', text: FOOTBALL, name: 'Corvale' },
    { case: 'object of "edged" (ice hockey)', text: HOCKEY, name: 'Norland' },
  ];
  it.each(TEAMS)('$case', ({ text, name }) => {
    expect(findEntity(entitiesOf(text), name)?.type).toBe('organization');
  });

  it('must not: a tennis player named by surname after his full name', () => {
    expect(findEntity(entitiesOf(TENNIS), 'Volkov')?.type).toBe('person');
    expect(findEntity(entitiesOf(TENNIS), 'Reyna')?.type).toBe('person');
  });

  it('must not: the same verbs outside a sports report', () => {
    expect(findEntity(entitiesOf(POLITICS), 'Tolsby')?.type).not.toBe('organization');
  });
});
