/**
 * The seed corpus (read at run time, never copied): every named speaker's quotations
 * are found and attributed. Skipped when the seeds are absent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../src/model/records.js';
import { ingestPaths } from '../../../src/ingest/index.js';
import { extractArticle } from '../../../src/extract/index.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';
import type { QuoteExpectation } from './helpers.js';
import { checkQuote, findQuote } from './helpers.js';

interface SeedQuote extends QuoteExpectation {
  readonly seed: string;
  readonly opening: string;
  /** the quoted text must also contain this */
  readonly contains?: string;
}

const EXPECTED: readonly SeedQuote[] = [
  { seed: '000', opening: 'very productive talks', speaker: 'Boehler', partial: true },
  { seed: '000', opening: 'provided some very interesting views', speaker: 'Boehler', partial: true },
  { seed: '000', opening: 'discussed what the end', speaker: 'Boehler', partial: true },
  { seed: '000', opening: 'leaned toward', speaker: 'Boehler', partial: true },
  { seed: '000', opening: 'These kinds of dialogues', speaker: 'Boehler', partial: false },
  { seed: '000', opening: 'War is a last resort', speaker: 'Boehler', partial: false, contains: 'peaceful world' },
  { seed: '000', opening: 'Several meetings', speaker: 'Nunu', partial: false, contains: 'Palestinian people' },
  { seed: '000', opening: 'That doesn’t mean he was wrong to try', speaker: 'Rubio', partial: false },
  { seed: '000', opening: 'But our primary focus', speaker: 'Rubio' },
  { seed: '000', opening: 'achieve war objectives', speaker: 'Netanyahu', partial: true },
  { seed: '000', opening: 'Not a single Hamas member', speaker: 'Trump', partial: false },
  { seed: '001', opening: 'It\'s time to stop this madness', speaker: 'Trump', contains: 'talk to both sides' },
  { seed: '001', opening: 'Trump doesn\'t want Netanyahu', speaker: 'a source from Hamas', anonymous: true },
  { seed: '001', opening: 'The direct meeting would correct', speaker: 'Ziad' },
  { seed: '001', opening: 'Shalom Hamas', speaker: 'Trump' },
  { seed: '001', opening: 'I\'m sending Israel', speaker: 'Trump', contains: 'last warning' },
  { seed: '001', opening: 'there is a shift', speaker: 'Nunu', partial: true },
  { seed: '001', opening: 'Unfortunately, what we learned', speaker: 'Witkoff', contains: 'came the tweet from the president' },
  { seed: '003', opening: 'Direct engagement with Hamas', speaker: 'Panikoff', partial: false },
  { seed: '003', opening: 'However, negotiating', speaker: 'Panikoff' },
];

const SCARE: readonly { seed: string; opening: string }[] = [
  { seed: '001', opening: 'green light' },
  { seed: '001', opening: 'cross' },
  { seed: '001', opening: 'Israel' },
];

describe.skipIf(!HAVE_SEEDS)('quotes in the seed corpus', () => {
  const bySeed = new Map<string, ArticleExtraction>();
  beforeAll(async () => {
    const { articles } = await ingestPaths([SEEDS_DIR]);
    for (const a of articles) bySeed.set(a.id.slice(0, 3), extractArticle(a));
  });

  it.each(EXPECTED)('$seed: “$opening” by $speaker', (want) => {
    const x = bySeed.get(want.seed);
    expect(x, `seed ${want.seed} not ingested`).toBeDefined();
    const q = findQuote(x!.quotes, want.opening);
    expect(q, `no quote “${want.opening}” in ${want.seed}`).toBeDefined();
    checkQuote(q!, `${want.seed} ${want.opening}`, want);
    if (want.contains) expect(q!.text).toContain(want.contains);
    expect(q!.text, 'text is the span').toBe(x!.article.text.slice(q!.span.start, q!.span.end));
  });

  it.each(SCARE)('$seed: “$opening” is a scare quote', ({ seed, opening }) => {
    const q = bySeed.get(seed)!.quotes.find((x) => x.text.replace(/[,.]$/, '') === opening);
    expect(q, `no “${opening}” in ${seed}`).toBeDefined();
    expect(q!.scare).toBe(true);
    expect(q!.speaker).toBeNull();
  });
});
