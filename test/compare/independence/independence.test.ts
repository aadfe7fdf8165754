import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectIndependence, independentCount } from '../../../src/compare/independence/index.js';
import type { IndependenceGroup } from '../../../src/contract/analysis-schema.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';
import * as S from './fixtures.js';

/** An outlet's stock footer, as scraped along with every article it publishes. */
const FOOTER =
  'Sign up to our morning briefing to get the day’s top stories from around the region delivered to your inbox before breakfast, with analysis from our correspondents, the best of our photography and a daily puzzle. You can unsubscribe at any time, and we will never share your email address with third parties without your permission.';

const BRIEF_A = 'Firefighters spent most of Sunday night tackling a blaze at a disused textile mill on the edge of Marlow, and nearby residents were told to keep their windows closed because of the smoke drifting across the valley.';
const BRIEF_B = 'The city council has approved plans for a new cycle lane along the seafront promenade, which will be built over the winter and is expected to open to riders and pedestrians before the start of the summer season.';

const pair = (a: string, b: string) => detectIndependence([S.article('a', a), S.article('b', b)]);

describe('detectIndependence: pairs', () => {
  const copies: [string, string, string, string][] = [
    ['port: re-headed wire copy with a sign-off', S.PORT_WIRE, S.PORT_COPY, 'near-duplicate'],
    ['port: lightly edited rewrite', S.PORT_WIRE, S.PORT_EDITED, 'edited-copy'],
    ['port: trimmed to three paragraphs', S.PORT_WIRE, S.PORT_TRIMMED, 'contained-copy'],
    ['port: only the last three paragraphs kept', S.PORT_WIRE, S.PORT_WIRE.split('\n').slice(3).join('\n'), 'contained-copy'],
    ['port: copy where both carry the same footer', `${S.PORT_WIRE}\n${FOOTER}`, `${S.PORT_EDITED}\n${FOOTER}`, 'edited-copy'],
    ['recall: wire copy with one phrase changed', S.RECALL_WIRE, S.RECALL_COPY, 'near-duplicate'],
    [
      'port: wire copy whose whole opening paragraph was rewritten (the shared ending is the story, not a footer)',
      S.PORT_WIRE,
      ['Dock workers walked out across the region this week in a long-running fight over pay, leaving container ships queuing offshore and hauliers idle at the gates while both sides traded blame over who had walked away from the table first.', ...S.PORT_WIRE.split('\n').slice(1)].join('\n'),
      'edited-copy',
    ],
    ['port: copy re-typeset with straight and single quotation marks', S.PORT_WIRE, S.PORT_COPY.replace(/[“”]/g, "'").replace(/’/g, "'"), 'near-duplicate'],
  ];
  it.each(copies)('%s → grouped', (_name, a, b, reason) => {
    const groups = pair(a, b);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.articles).toEqual(['a', 'b']);
    expect(groups[0]!.reason).toBe(reason);
    expect(groups[0]!.similarity).toBeGreaterThan(0);
    expect(groups[0]!.similarity).toBeLessThanOrEqual(1);
  });

  const independent: [string, string, string][] = [
    ['port: independent account sharing the union quote', S.PORT_WIRE, S.PORT_INDEPENDENT],
    ['port: independent account vs edited rewrite', S.PORT_EDITED, S.PORT_INDEPENDENT],
    ['recall: independent account sharing the CEO quote', S.RECALL_WIRE, S.RECALL_INDEPENDENT],
    ['different stories', S.PORT_WIRE, S.RECALL_WIRE],
    ['only a shared quote and sign-off', 'Officials gave no details.\n“We have been patient for eleven months and our members have run out of patience,” said Tomas Reyes.\n(Reporting by the Coastline Herald news desk)', '“We have been patient for eleven months and our members have run out of patience,” said Tomas Reyes.\n(Reporting by the Coastline Herald news desk)\nThe talks resume on Wednesday.'],
    ['empty text', '', S.PORT_WIRE],
    ['different stories ending in the same long newsletter footer', `${S.PORT_INDEPENDENT}\n${FOOTER}`, `${S.RECALL_INDEPENDENT}\n${FOOTER}`],
    ['two short briefs of one outlet, the footer longer than either', `${BRIEF_A}\n${FOOTER}`, `${BRIEF_B}\n${FOOTER}`],
    ['independent accounts sharing a quote in British single marks', S.PORT_WIRE.replace(/[“”]/g, (q) => (q === '“' ? '‘' : '’')), S.PORT_INDEPENDENT.replace(/[“”]/g, (q) => (q === '“' ? '‘' : '’'))],
  ];
  it.each(independent)('%s → not grouped', (_name, a, b) => {
    expect(pair(a, b)).toEqual([]);
  });
});

describe('detectIndependence: groups', () => {
  const articles = [
    S.article('p1', S.PORT_WIRE),
    S.article('p2', S.PORT_INDEPENDENT),
    S.article('p3', S.PORT_COPY),
    S.article('p4', S.PORT_TRIMMED),
    S.article('r1', S.RECALL_INDEPENDENT),
    S.article('r2', S.RECALL_COPY),
    S.article('r3', S.RECALL_WIRE),
  ];

  it('groups copies transitively, numbers groups in article-id order, leaves independents out', () => {
    const groups = detectIndependence(articles);
    expect(groups.map((g) => [g.id, g.articles])).toEqual([
      ['g1', ['p1', 'p3', 'p4']],
      ['g2', ['r2', 'r3']],
    ]);
  });

  it('is independent of input order (deterministic)', () => {
    const a = JSON.stringify(detectIndependence(articles));
    const b = JSON.stringify(detectIndependence([...articles].reverse()));
    expect(b).toBe(a);
  });

  it('independentCount counts each group once', () => {
    const groups = detectIndependence(articles);
    const cases: [string[], number][] = [
      [['p1', 'p3', 'p4'], 1],
      [['p1', 'p2', 'p3'], 2],
      [['p1', 'p2', 'p3', 'p4', 'r1', 'r2', 'r3'], 4],
      [['unknown'], 1],
      [[], 0],
    ];
    for (const [ids, n] of cases) expect(independentCount(ids, groups), ids.join(',')).toBe(n);
  });

  it('independentCount handles groups given as literals', () => {
    const groups: IndependenceGroup[] = [{ id: 'g1', articles: ['x', 'y'], similarity: 1, reason: 'near-duplicate' }];
    expect(independentCount(['x', 'y', 'z'], groups)).toBe(2);
    expect(independentCount(['x', 'y', 'z'], [])).toBe(3);
  });
});

describe.skipIf(!HAVE_SEEDS)('detectIndependence on the seed corpus', () => {
  it('finds no copies among the five seeds (five independent sources)', () => {
    const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
    const articles = files.map((f) => S.article(f, readFileSync(join(SEEDS_DIR, f), 'utf8')));
    expect(articles).toHaveLength(5);
    const groups = detectIndependence(articles);
    expect(groups).toEqual([]);
    expect(independentCount(articles.map((a) => a.id), groups)).toBe(5);
  });
});
