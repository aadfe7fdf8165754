import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { ingestPaths } from '../../../src/ingest/index.js';
import type { Analysis, Span } from '../../../src/contract/analysis-schema.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';
import { spanErrors } from '../../helpers/validate.js';

/** Figures a sentence states, leaving out what the template adds: source labels, the event date, update times. */
function statedFigures(text: string): string[] {
  const body = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^(\d{1,2} )?([A-Z][a-z]+ )?\d{4}: /, '')
    .replace(/ between .*$/, '');
  return body.match(/\d[\d,.]*\d|\d/g) ?? [];
}

describe.skipIf(!HAVE_SEEDS)('summary of the seed corpus (real pipeline)', async () => {
  const ingested = HAVE_SEEDS ? await ingestPaths([SEEDS_DIR]) : null;
  const analysis: Analysis | null = ingested ? analyze({ articles: ingested.articles }) : null;
  const textOf = (s: Span) => analysis!.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);

  it('has five to twelve sentences', () => {
    expect(analysis!.summary.length).toBeGreaterThanOrEqual(5);
    expect(analysis!.summary.length).toBeLessThanOrEqual(12);
  });

  it('cites spans inside the article texts for every sentence', () => {
    expect(spanErrors(analysis!).filter((e) => e.startsWith('summary'))).toEqual([]);
    for (const s of analysis!.summary) {
      expect(s.evidence.length, s.text).toBeGreaterThan(0);
      for (const id of s.articles) expect(s.evidence.some((sp) => sp.article === id), `${s.text}: ${id}`).toBe(true);
    }
  });

  it('states only figures its evidence contains', () => {
    for (const s of analysis!.summary) {
      const cited = s.evidence.map(textOf).join(' | ');
      for (const f of statedFigures(s.text)) expect(cited, `"${s.text}" states ${f}`).toContain(f);
    }
  });

  it('quotes verbatim what its evidence contains, and extracts sentences verbatim', () => {
    for (const s of analysis!.summary) {
      const cited = s.evidence.map(textOf).join(' | ');
      const quoted = /said: “(.*?)(?: …)?”/.exec(s.text)?.[1];
      if (quoted) {
        expect(cited, s.text).toContain(quoted.replace(/ …$/, ''));
        const speaker = /^(.*?)(?:,.*?,)? said: “/.exec(s.text)![1]!;
        expect(cited.toLowerCase(), `${s.text}: speaker`).toContain(speaker.split(' ').pop()!.toLowerCase());
      }
      else if (!/^(Sources|The reported|[A-Z][a-z]+ (independent )?sources|\d)/.test(s.text)) expect(textOf(s.evidence[0]!), 'extracted sentence').toBe(s.text);
    }
  });

  it('is byte-identical on a second run', () => {
    const again = analyze({ articles: ingested!.articles });
    expect(JSON.stringify(again.summary)).toBe(JSON.stringify(analysis!.summary));
  });
});
