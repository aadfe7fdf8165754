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
const TOTALS = 'After a rain delay in the county championship match, Leeds reached 372 in their first innings, and by stumps Derby had reached 108 for three.';
const BASEBALL = 'In the playoff opener on Friday night, Boston scored 7 runs in the ninth inning, and the coach praised the pitcher.';
const PRICES = 'Despite the season of strikes, Leeds reached 372 homes with the new power line, the council said.';
const POLITICS = 'Marvale beat Tolsby in the race for the new factory, the council said. Officials in Tolsby said they would appeal.';

describe('sides of a contest in a sports report are teams', () => {
  const TEAMS: readonly { case: string; text: string; name: string }[] = [
    { case: 'subject of "beat" (cricket)', text: CRICKET, name: 'Marvale' },
    { case: 'object of "beat" (cricket)', text: CRICKET, name: 'Tolsby' },
    { case: '"lost to X" (football)', text: FOOTBALL, name: 'Dunmore' },
    { case: '"match against X" (football)', text: FOOTBALL, name: 'Corvale' },
    { case: 'object of "edged" (ice hockey)', text: HOCKEY, name: 'Norland' },
    { case: 'a known town and its total (cricket)', text: TOTALS, name: 'Leeds' },
    { case: 'a known town and its total after "had" (cricket)', text: TOTALS, name: 'Derby' },
    { case: 'a known town and its score (baseball)', text: BASEBALL, name: 'Boston' },
  ];
  it.each(TEAMS)('$case', ({ text, name }) => {
    expect(findEntity(entitiesOf(text), name)?.type).toBe('organization');
  });

  it('must not: a town and a number outside a sports report stays a place', () => {
    expect(findEntity(entitiesOf(PRICES), 'Leeds')?.type).toBe('place');
  });

  it('must not: a tennis player named by surname after his full name', () => {
    expect(findEntity(entitiesOf(TENNIS), 'Volkov')?.type).toBe('person');
    expect(findEntity(entitiesOf(TENNIS), 'Reyna')?.type).toBe('person');
  });

  it('must not: the same verbs outside a sports report', () => {
    expect(findEntity(entitiesOf(POLITICS), 'Tolsby')?.type).not.toBe('organization');
  });
});
