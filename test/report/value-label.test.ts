import { describe, expect, it } from 'vitest';
import { valueLabel, writesUnit } from '../../src/report/model/value-label.js';

describe('valueLabel: a value once, as written, its unit added only when not written', () => {
  it.each([
    // the unit is written inside the value: not added again
    ['42-day', 'days', '42-day'],
    ['60-day', 'days', '60-day'],
    ['21-year-old', 'years', '21-year-old'],
    ['aged 58', 'years', 'aged 58'],
    ['no more than six months', 'months', 'no more than six months'],
    ['about 40 minutes', 'minutes', 'about 40 minutes'],
    ['£45m', 'GBP', '£45m'],
    ['US$3bn', 'USD', 'US$3bn'],
    ['€300 million', 'EUR', '€300 million'],
    ['40 million euros', 'EUR', '40 million euros'],
    ['7 per cent', '%', '7 per cent'],
    ['3.4%', '%', '3.4%'],
    ['120mm', 'mm', '120mm'],
    ['70 miles per hour', 'miles/h', '70 miles per hour'],
    ['10,000-seat', 'seats', '10,000-seat'],
    // the qualifier is in the written value: never put in front of it again
    ['approximately 2,000', 'prisoners', 'approximately 2,000 prisoners'],
    ['Some 12', 'climbers', 'Some 12 climbers'],
    // the unit lies outside the written value: added once
    ['54', 'years', '54 years'],
    ['two', 'cables', 'two cables'],
    ['Nineteen', 'people', 'Nineteen people'],
    ['1968', null, '1968'],
  ] as const)('%s (%s) → %s', (value, unit, want) => expect(valueLabel({ value, unit })).toBe(want));

  it('must not: hide a unit the value does not write, or show a normalised code next to a written currency', () => {
    expect(writesUnit('45 million', 'm')).toBe(false);
    expect(valueLabel({ value: '12 million', unit: 'miles' })).toBe('12 million miles');
    expect(valueLabel({ value: 'six', unit: 'months' })).toBe('six months');
    expect(valueLabel({ value: 'a dozen', unit: 'boats' })).toBe('a dozen boats');
    expect(valueLabel({ value: '£45m', unit: 'GBP' })).not.toContain('GBP');
    expect(valueLabel({ value: '21-year-old', unit: 'years' })).not.toContain('years');
  });
});
