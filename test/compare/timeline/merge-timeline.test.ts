/** The merged timeline across articles: merging, precision, conflicts, order, ids. */
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../src/compare/timeline/blocking.js';
import { timeline } from './timeline-helpers.js';

describe('merging the same event', () => {
  it('merges one event told by two articles with different date wordings', () => {
    const t = timeline(
      ['quake-a', 'On Monday, rescuers pulled 12 people from a collapsed hotel in Antakya.', '2023-02-10'],
      ['quake-b', 'Rescuers pulled 12 people from a collapsed hotel in Antakya on February 6.', '2023-02-11'],
    );
    const ev = t.events.filter((e) => e.date === '2023-02-06');
    expect(ev, JSON.stringify(t.events)).toHaveLength(1);
    expect(ev[0]!.articles).toEqual(['quake-a', 'quake-b']);
    expect(ev[0]!.evidence.map((s) => s.article)).toEqual(['quake-a', 'quake-b']);
    expect(ev[0]!.dateConflict).toBeUndefined();
    expect(t.claims).toEqual([]);
  });

  it('keeps different events on the same day apart', () => {
    const t = timeline(
      ['flood-a', 'The mayor of Riverton resigned on Monday after the vote.', '2024-05-08'],
      ['flood-b', 'Floodwaters reached the old bridge in Riverton on Monday night.', '2024-05-08'],
    );
    expect(t.events.map((e) => e.date)).toEqual(['2024-05-06', '2024-05-06']);
    expect(t.events.every((e) => e.articles!.length === 1)).toBe(true);
  });

  it('merges a month with a day inside it, taking the day', () => {
    const t = timeline(
      ['deal-a', 'Northwind Foods agreed to buy Harbor Dairy in June 2022.', '2022-07-02'],
      ['deal-b', 'Northwind Foods agreed to buy Harbor Dairy on June 28, 2022.', '2022-07-01'],
    );
    expect(t.events.map((e) => [e.date, e.articles])).toEqual([['2022-06-28', ['deal-a', 'deal-b']]]);
  });

  it('does not merge a month with two different days at once', () => {
    const t = timeline(
      ['deal-a', 'Northwind Foods agreed to buy Harbor Dairy in June 2022.', '2022-07-02'],
      ['deal-b', 'Northwind Foods agreed to buy Harbor Dairy on June 28, 2022.', '2022-07-01'],
      ['deal-c', 'Northwind Foods agreed to buy Harbor Dairy on June 29, 2022.', '2022-07-01'],
    );
    const days = t.events.map((e) => e.date).sort();
    expect(days).toEqual(['2022-06-28', '2022-06-29']);
    expect(t.events.flatMap((e) => e.articles!).sort()).toEqual(['deal-a', 'deal-b', 'deal-c']);
  });
});

describe('date conflicts', () => {
  it('reports the same event on different days as a date claim', () => {
    const t = timeline(
      ['count-a', 'The electoral board certified the county results on Tuesday.', '2024-11-08'],
      ['count-b', 'The electoral board certified the county results on Wednesday, officials said.', '2024-11-08'],
    );
    expect(t.events.map((e) => [e.date, e.dateConflict])).toEqual([['2024-11-05', true], ['2024-11-06', true]]);
    expect(t.claims).toHaveLength(1);
    const c = t.claims[0]!;
    expect(c.kind).toBe('date');
    expect(c.status).toBe('conflict');
    expect(c.topic).toContain('certified the county results');
    expect(c.values.map((v) => [v.normalized, v.value, v.articles])).toEqual([
      ['2024-11-05', 'Tuesday', ['count-a']],
      ['2024-11-06', 'Wednesday', ['count-b']],
    ]);
    expect(c.values.every((v) => v.evidence.length === 1)).toBe(true);
  });

  it('one article giving two dates is two events, not a conflict', () => {
    const t = timeline(['count-a', 'The board certified the county results on Tuesday. The board certified the county results again on Thursday.', '2024-11-08']);
    expect(t.claims).toEqual([]);
    expect(t.events).toHaveLength(2);
  });

  it('similar wording months apart is not a conflict', () => {
    const t = timeline(
      ['bank-a', 'The central bank raised interest rates by half a point in March 2022.', '2022-12-01'],
      ['bank-b', 'The central bank raised interest rates by half a point in November 2022.', '2022-12-01'],
    );
    expect(t.claims).toEqual([]);
  });
});

describe('a three-article story (flood)', () => {
  const t = timeline(
    ['flood-a', 'Floodwaters breached the levee at Millbrook on Saturday night, forcing 3,000 residents to flee. The regional governor declared a state of emergency on Sunday. The river last flooded the town in 1998. Army engineers will arrive on Thursday to repair the levee.', '2024-05-13'],
    ['flood-b', 'The levee at Millbrook was breached by floodwaters late on Saturday, and about 3,000 residents fled their homes. Governor Ana Ruiz declared a state of emergency on Monday. Insurers expect claims to top $200m, the industry body said on Monday.', '2024-05-14'],
    ['flood-c', 'On May 11, floodwaters breached the Millbrook levee. A state of emergency was declared by Governor Ana Ruiz on May 12. In 1998, the last major flood killed four people.', '2024-05-15'],
  );

  it('merges the breach told three ways on one day', () => {
    const breach = t.events.filter((e) => e.date === '2024-05-11');
    expect(breach).toHaveLength(1);
    expect(breach[0]!.articles).toEqual(['flood-a', 'flood-b', 'flood-c']);
    expect(breach[0]!.evidence).toHaveLength(3);
    expect(breach[0]!.description).toMatch(/breach/i);
  });

  it('reports the emergency declaration dated Sunday and Monday as a conflict', () => {
    expect(t.claims).toHaveLength(1);
    const c = t.claims[0]!;
    expect(c.topic).toMatch(/state of emergency/);
    expect(c.values.map((v) => [v.normalized, v.articles])).toEqual([
      ['2024-05-12', ['flood-a', 'flood-c']],
      ['2024-05-13', ['flood-b']],
    ]);
    const flagged = t.events.filter((e) => e.dateConflict).map((e) => e.date);
    expect(flagged).toEqual(['2024-05-12', '2024-05-13']);
  });

  it('marks background years as weak, news as not', () => {
    expect(t.events.filter((e) => e.date === '1998').every((e) => e.weak === true)).toBe(true);
    expect(t.events.filter((e) => e.date === '2024-05-11').every((e) => e.weak === undefined)).toBe(true);
  });

  it('keeps other events of the same days apart, and dates the future one ahead', () => {
    expect(t.events.some((e) => e.date === '2024-05-13' && /insurers/i.test(e.description) && !e.dateConflict)).toBe(true);
    expect(t.events.some((e) => e.date === '2024-05-16' && /engineers will arrive/i.test(e.description))).toBe(true);
  });
});

describe('order and determinism', () => {
  const inputs: [string, string, string | null][] = [
    ['b', 'The striker signed for the club on Friday. The club was founded in 1899.', '2024-08-31'],
    ['a', 'The striker passed his medical on Thursday, the club said.', '2024-08-31'],
  ];

  it('sorts by date then description with ids t1…', () => {
    const t = timeline(...inputs);
    expect(t.events.map((e) => [e.id, e.date])).toEqual([['t1', '1899'], ['t2', '2024-08-29'], ['t3', '2024-08-30']]);
  });

  it('gives byte-identical output whatever the input order', () => {
    const one = JSON.stringify(timeline(...inputs));
    const two = JSON.stringify(timeline(...[...inputs].reverse()));
    expect(two).toBe(one);
  });
});

describe('blocking', () => {
  it('pairs items sharing a rare key, skips common keys, and pairs sort-order neighbours', () => {
    // 100 items; "common" is on all of them, "k<n>" on pairs 2n, 2n+1; sort order reverses index order.
    const items = Array.from({ length: 100 }, (_, i) => ({ i, keys: ['common', `k${Math.floor(i / 2)}`], sort: String(999 - i) }));
    const pairs = candidatePairs(items, 50, 2);
    const rare = pairs.filter(([i, j]) => j === i + 1 && i % 2 === 0);
    expect(rare).toHaveLength(50);
    // window 2: each item also meets the next two in sort order (i-1, i-2)
    expect(pairs.some(([i, j]) => i === 1 && j === 3)).toBe(true);
    expect(pairs.some(([i, j]) => j - i > 2)).toBe(false);
    expect(pairs).toHaveLength(99 + 98);
  });

  it('merges many copies of one event even when every key is common', () => {
    const copies = Array.from({ length: 120 }, (_, k) => [`c${String(k).padStart(3, '0')}`, 'The electoral board certified the county results on Tuesday.', '2024-11-08'] as [string, string, string]);
    const t = timeline(...copies);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.articles).toHaveLength(120);
  });
});
