/** Readable labels for articles with no outlet (file names as ids: hashes dropped, never a hash in a badge). */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/contract/analysis-schema.js';
import { outletLabel } from '../../src/report/model/context.js';
import { articleLabel, articleLabels } from '../../src/util/article-label.js';

describe('articleLabel', () => {
  it.each([
    ['000_32219904202aabac', 'article 000'],
    ['12_9f3a1c77e2b4', 'article 12'],
    ['flood-report_9f3a1c77e2', 'flood-report'],
    ['d41d8cd98f00b204e9800998ecf8427e', 'article d41d8c'],
    // must not change: nothing hash-like in the id
    ['valley-courier', 'valley-courier'],
    ['harbour-bridge-2', 'harbour-bridge-2'],
    ['budget_2025_03_05', 'budget_2025_03_05'],
    ['cafe', 'cafe'],
    ['decade', 'decade'],
  ])('%s → %s', (id, label) => expect(articleLabel(id)).toBe(label));

  it('two ids that would share a label keep their full ids', () => {
    const m = articleLabels(['a/000_32219904202aabac', '000_32219904202aabac', '000_ffeeddcc11223344', '001_0084c3c8aa87486c']);
    expect(m.get('000_32219904202aabac')).toBe('000_32219904202aabac');
    expect(m.get('000_ffeeddcc11223344')).toBe('000_ffeeddcc11223344');
    expect(m.get('001_0084c3c8aa87486c')).toBe('article 001');
  });

  const art = (id: string, outlet: string | null, url: string | null): Article => ({ id, source: id, url, outlet, outletFrom: null, title: null, author: null, published: null, language: null, text: 'x', removed: [], wordCount: 1 });
  it('an outlet or a URL host wins over the label', () => {
    expect(outletLabel(art('000_32219904202aabac', 'Ridge Daily', null))).toBe('Ridge Daily');
    expect(outletLabel(art('000_32219904202aabac', null, 'https://www.ridge.example/a'))).toBe('ridge.example');
    expect(outletLabel(art('000_32219904202aabac', null, null))).toBe('article 000');
  });
});
