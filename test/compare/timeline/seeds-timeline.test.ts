/** The date stage and merged timeline on the seed corpus (skipped when the seeds are absent). */
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeTimeline, type TimelineMerge } from '../../../src/compare/timeline/index.js';
import type { ExtractContext } from '../../../src/extract/context.js';
import { buildEvents, extractDates } from '../../../src/extract/dates/index.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { ingestPaths } from '../../../src/ingest/index.js';
import type { ArticleExtraction } from '../../../src/model/records.js';
import type { Diagnostic } from '../../../src/contract/analysis-schema.js';
import { analyseText } from '../../../src/nlp/nlp-doc.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';
import { sameKeyResolver } from './timeline-helpers.js';

describe.skipIf(!HAVE_SEEDS)('seed corpus: dates and timeline', () => {
  let xs: (ArticleExtraction & { diags: Diagnostic[] })[] = [];
  let merged: TimelineMerge;

  beforeAll(async () => {
    const { articles } = await ingestPaths([SEEDS_DIR]);
    xs = articles.map((a) => {
      const diags: Diagnostic[] = [];
      const ctx: ExtractContext = { article: a, doc: analyseText(a.text), diagnose: (d) => diags.push({ ...d, source: a.source }) };
      const entities = extractEntities(ctx);
      const dates = extractDates(ctx);
      return { article: a, entities, quotes: [], dates, events: buildEvents(ctx, dates, entities), quantities: [], diagnostics: [], diags };
    });
    merged = mergeTimeline(xs, sameKeyResolver);
  });

  const seed = (prefix: string) => xs.find((x) => x.article.id.startsWith(prefix))!;

  it('puts the dated events of March 2025 (4th, 5th, 6th, 14th, 18th) on the merged timeline', () => {
    const days = new Set(merged.events.map((e) => e.date));
    for (const d of ['2025-03-04', '2025-03-05', '2025-03-06', '2025-03-14', '2025-03-18']) expect(days.has(d), d).toBe(true);
    const ids = merged.events.map((e) => e.id);
    expect(ids).toEqual(ids.map((_, k) => `t${k + 1}`));
    const sorted = [...merged.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    expect(merged.events.map((e) => e.date)).toEqual(sorted.map((e) => e.date));
  });

  it('resolves the weekdays of the dated seed against its publication day', () => {
    const x = seed('002');
    expect(x.article.published).toBe('2025-03-05');
    const by = (t: string) => x.dates.find((d) => d.text.includes(t));
    expect(by('Tuesday night')?.date).toBe('2025-03-04');
    expect(by('Saturday')?.date).toBe('2025-03-01');
  });

  it('finds 1997 as a year', () => {
    const years = xs.flatMap((x) => x.dates.filter((d) => d.date === '1997').map((d) => [x.article.id, d.precision]));
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect(years.every(([, p]) => p === 'year')).toBe(true);
  });

  it('gives undated seeds absolute dates only, reporting relative ones as unanchored', () => {
    const undated = xs.filter((x) => x.article.published === null);
    expect(undated.length).toBeGreaterThan(0);
    let unanchored = 0;
    for (const x of undated) {
      for (const d of x.dates) {
        if (d.relative) {
          expect(d.anchored, `${x.article.id} "${d.text}"`).toBe(false);
          expect(d.date).toBeNull();
          expect(x.diags.some((g) => g.rule === 'date-unanchored' && g.message.includes(d.text))).toBe(true);
          unanchored++;
        } else {
          expect(d.date, `${x.article.id} "${d.text}"`).not.toBeNull();
        }
      }
      expect(x.events.every((e) => !x.dates.some((d) => d.relative && d.span.start === e.dateSpan.start))).toBe(true);
    }
    expect(unanchored).toBeGreaterThan(0);
  });

  it('reads no count or duration in the seeds as a date', () => {
    for (const x of xs) {
      for (const d of x.dates) expect(/^\d{1,3}(?:,\d{3})*$|-day|hours?/.test(d.text), `${x.article.id} "${d.text}"`).toBe(false);
    }
  });
});
