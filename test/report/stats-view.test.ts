import { describe, expect, it } from 'vitest';
import { conflictCountText, headerText } from '../../src/report/model/stats-view.js';

const base = { articles: 5, outlets: 5, independent: 5, dateRange: null, undated: 0, conflicts: 0, updates: 0 };

describe('report header: publication dates only, and how many articles have none', () => {
  it.each([
    ['all dated, one day', { ...base, dateRange: { from: '2025-09-17', to: '2025-09-17' } }, '5 articles from 5 outlets (5 independent), published 2025-09-17'],
    ['all dated, a range', { ...base, articles: 4, outlets: 4, independent: 3, dateRange: { from: '2025-06-10', to: '2025-06-11' } }, '4 articles from 4 outlets (3 independent), published 2025-06-10 to 2025-06-11'],
    ['one dated of five', { ...base, dateRange: { from: '2025-03-05', to: '2025-03-05' }, undated: 4 }, '5 articles from 5 outlets (5 independent), published 2025-03-05; 4 of 5 articles undated'],
    ['two dated of three', { ...base, articles: 3, outlets: 2, independent: 2, dateRange: { from: '2024-11-02', to: '2024-11-04' }, undated: 1 }, '3 articles from 2 outlets (2 independent), published 2024-11-02 to 2024-11-04; 1 of 3 articles undated'],
    ['none dated', { ...base, articles: 2, outlets: 2, independent: 2, undated: 2 }, '2 articles from 2 outlets (2 independent); no publication dates'],
    ['one article, undated', { ...base, articles: 1, outlets: 1, independent: 1, undated: 1 }, '1 article from 1 outlet (1 independent); no publication dates'],
  ] as const)('%s', (_name, stats, want) => expect(headerText(stats)).toBe(want));
  it('must not: a date without "published", or undated articles left unsaid', () => {
    const t = headerText({ ...base, dateRange: { from: '2025-03-05', to: '2025-03-05' }, undated: 4 });
    expect(t).not.toMatch(/\), 2025/);
    expect(t).toContain('undated');
  });
});

describe('conflict counts: disputed facts and updated figures named apart', () => {
  it.each([
    [3, 2, '3 conflicts, 2 updates'],
    [1, 0, '1 conflict, 0 updates'],
    [0, 1, '0 conflicts, 1 update'],
  ])('%i conflicts, %i updates → %s', (c, u, want) => expect(conflictCountText(c, u)).toBe(want));
});
