/**
 * Step 0 of the timeline: an undated article's relative dates are resolved against the
 * story's median publication day, for the comparison only, and marked inferred.
 */
import { describe, expect, it } from 'vitest';
import { storyReferenceDay } from '../../../src/compare/timeline/00-story-reference.js';
import { extraction, timeline } from './timeline-helpers.js';

const agreedDates = (m: ReturnType<typeof timeline>) =>
  m.claims.filter((c) => c.kind === 'date' && c.status === 'agreed').map((c) => [c.values[0]!.normalized ?? c.values[0]!.value, c.values[0]!.articles.join(',')]);

describe('story reference day', () => {
  it.each([
    { name: 'median of three', published: ['2024-05-10', null, '2024-05-02', '2024-05-20'], day: '2024-05-10' },
    { name: 'lower median of two', published: ['2024-05-12', '2024-05-10', null], day: '2024-05-10' },
    { name: 'a month-only date is no reference', published: ['2024-05', null], day: null },
    { name: 'no dated article', published: [null, null], day: null },
  ])('$name', ({ published, day }) => {
    const xs = published.map((p, k) => extraction(`a${k + 1}`, 'Nothing happened.', p));
    expect(storyReferenceDay(xs)).toBe(day);
  });
});

describe('undated articles in a dated story', () => {
  it.each([
    {
      topic: 'a strike',
      dated: 'The strike at the Tolland plant began on Tuesday after talks with the company failed.',
      undated: 'Union members said the strike at the Tolland plant began on Tuesday, once talks with the company failed.',
      published: '2024-03-14', // a Thursday: Tuesday is 2024-03-12
      day: '2024-03-12',
    },
    {
      topic: 'a bridge reopening',
      dated: 'The Harlow bridge reopened to traffic on Monday after six months of repairs.',
      undated: 'Traffic returned to the Harlow bridge on Monday, when it reopened after repairs.',
      published: '2023-09-06', // a Wednesday: Monday is 2023-09-04
      day: '2023-09-04',
    },
  ])('$topic: the undated "weekday" agrees with the dated one, marked inferred', ({ dated, undated, published, day }) => {
    const m = timeline(['a1', dated, published], ['a2', undated, null]);
    expect(agreedDates(m)).toContainEqual([day, 'a1,a2']);
    const event = m.events.find((e) => e.date === day && e.articles?.includes('a2'));
    expect(event?.inferredIn).toEqual(['a2']);
    expect(m.diagnostics.map((d) => [d.rule, d.article])).toEqual([['timeline/story-reference-date', 'a2']]);
  });

  it.each([
    { topic: 'a strike', text: 'The walkout at the Tolland plant began on Tuesday, when talks with the company failed.' },
    { topic: 'a bridge reopening', text: 'Traffic returned to the Harlow bridge on Monday, when it reopened after repairs.' },
  ])('$topic: must not resolve a weekday when no article of the story is dated', ({ text }) => {
    const m = timeline(['a1', text, null], ['a2', text.replace('The', 'A'), null]);
    expect(m.events).toEqual([]);
    expect(m.diagnostics).toEqual([]);
  });

  it('must not mark an absolute date of an undated article as inferred', () => {
    const m = timeline(['a1', 'The Harlow bridge was built in 1961, officials said on Monday.', '2023-09-06'], ['a2', 'The Harlow bridge opened in 1961.', null]);
    for (const e of m.events) expect(e.inferredIn).toBeUndefined();
  });

  it("leaves a dated article's events as they were", () => {
    const alone = timeline(['a1', 'The Harlow bridge reopened to traffic on Monday after repairs.', '2023-09-06']);
    const withUndated = timeline(['a1', 'The Harlow bridge reopened to traffic on Monday after repairs.', '2023-09-06'], ['a2', 'Rain fell on Friday.', null]);
    const noId = ({ id: _id, ...e }: (typeof alone.events)[number]) => e;
    expect(withUndated.events.filter((e) => e.articles?.includes("a1")).map(noId)).toEqual(alone.events.map(noId));
  });
});
