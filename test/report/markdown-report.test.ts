import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { mdCell, mdText } from '../../src/report/markdown-escape.js';
import { renderMarkdown } from '../../src/report/markdown-report.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../helpers/seeds.js';
import { emptyAnalysis, ferryAnalysis, hostileAnalysis } from './fixtures.js';

const md = renderMarkdown(ferryAnalysis());
const section = (name: string) => {
  const start = md.indexOf(`\n## ${name}\n`);
  expect(start, `section ${name}`).toBeGreaterThan(0);
  const next = md.indexOf('\n## ', start + 4);
  return md.slice(start, next < 0 ? undefined : next);
};

describe('Markdown report on the ferry story', () => {
  it('header names the story and the counts', () => {
    expect(md.startsWith('# Death toll in Aurora Bell sinking rises to 15\n')).toBe(true);
    expect(md).toContain('4 articles from 4 outlets (3 independent), published 2025-06-10 to 2025-06-11.');
  });
  it('sections come in report order: conflicts, agreements and the summary first', () => {
    const order = ['Conflicts', 'Agreements', 'Summary', 'Timeline', 'Quote ledger', 'People and organisations', 'Coverage', 'Articles', 'Diagnostics'].map((s) => md.indexOf(`\n## ${s}\n`));
    expect(order.every((x) => x > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('conflict table rows and evidence with the value in bold, article id and offsets', () => {
    const c = section('Conflicts');
    expect(c).toContain('| 152 passengers | Daily Ledger, Island Wire | 1 | port authority |');
    expect(c).toMatch(/- 152: “The ferry was carrying \*\*152\*\* passengers, .*” \(a2 95–207\)/);
    expect(c).toContain('Sequence: 12 (Coastal Herald, 2025-06-10T08:00:00Z) → 15 (Island Wire, 2025-06-10T14:00:00Z)');
  });
  it('agreements with independent counts', () => {
    expect(section('Agreements')).toContain('| operator of the ferry | Lindqvist Lines | 3 | Coastal Herald, Daily Ledger, Island Wire, North Sea Times |');
  });
  it('timeline marks the disputed date', () => {
    expect(section('Timeline')).toMatch(/\*\*2025-06-08\*\*\n {2}- ⚠ date disputed: Aurora Bell capsizes near Marrow Point — North Sea Times/);
  });
  it('quote ledger shows the altered wording as a word diff', () => {
    expect(section('Quote ledger')).toContain('Altered in Daily Ledger, Island Wire: We are still searching the **whole** area and **we** will not stop');
  });
  it('quote ledger names each speaker once, with their quotes under them', () => {
    const a = ferryAnalysis();
    const extra = { ...a.quotes[0]!, id: 'q-extra', text: 'Divers will go down again at first light.', occurrences: a.quotes[0]!.occurrences.slice(0, 1).map((o) => ({ ...o, text: 'Divers will go down again at first light.' })) };
    const two = renderMarkdown({ ...a, quotes: [...a.quotes, extra] });
    const ledger = two.slice(two.indexOf('\n## Quote ledger\n'), two.indexOf('\n## People'));
    expect(ledger).toContain('3 quotes from 2 speakers.');
    expect(ledger.match(/^- \*\*Ana Ferreira/gm)).toHaveLength(1);
    expect(ledger).toMatch(/^- \*\*Ana Ferreira \(coastguard commander\)\*\* — 2 quotes\n {2}- “.*\n(?: {4}- .*\n)* {2}- “Divers will go down again at first light\.”/m);
  });
  it('coverage matrix shows who leaves a fact out', () => {
    expect(section('Coverage')).toContain('| people rescued | 118 | — | — | — |');
  });
  it('diagnostics and skipped inputs at the end', () => {
    expect(section('Diagnostics')).toContain('Skipped 1 input(s) and 0 record(s).');
    expect(section('Diagnostics')).toContain('warning `unknown-format` stories/ferry/statement.pdf');
  });
  it('is deterministic', () => expect(renderMarkdown(ferryAnalysis())).toBe(md));
});

describe('Markdown escaping', () => {
  const cases: [string, string, string][] = [
    ['pipe in a cell', 'a|b', 'a\\|b'],
    ['emphasis marks', '*x* _y_', '\\*x\\* \\_y\\_'],
    ['backticks', 'use `rm`', 'use \\`rm\\`'],
    ['html', '<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['link syntax', '[a](javascript:x)', '\\[a\\](javascript:x)'],
    ['newline becomes space', 'a\nb', 'a b'],
  ];
  for (const [name, input, out] of cases) it(name, () => expect(mdText(input), name).toBe(out));
  it('a qualifier or unit already inside the value is not repeated (election count)', () => {
    const a = ferryAnalysis();
    const claims = a.claims.map((c) => (c.id === 'claim-rescued' ? { ...c, values: c.values.map((v) => ({ ...v, value: 'at least 118 people', qualifier: 'at least', unit: 'people' })) } : c));
    expect(renderMarkdown({ ...a, claims })).toContain('| people rescued | at least 118 people | 1 | Coastal Herald |');
  });
  it('empty cells show a dash', () => expect(mdCell('  ')).toBe('—'));
  it('hostile analysis: no raw tag or unescaped pipe from article text reaches the output', () => {
    const h = renderMarkdown(hostileAnalysis());
    expect(h).not.toMatch(/(?<!\\)<\/?(script|img|svg|style|b)\b/i);
    expect(h).toContain('\\<script\\>');
    const tableRows = h.split('\n').filter((l) => l.startsWith('| '));
    // every row of a table has the same number of unescaped pipes as its header
    for (const row of tableRows) expect(row.replace(/\\\|/g, '').split('|').length).toBeGreaterThan(2);
    const conflictHeader = '| Value | Outlets | Independent | Attributed to |';
    const idx = h.split('\n').indexOf(conflictHeader);
    const firstRow = h.split('\n')[idx + 2]!;
    expect(firstRow.replace(/\\\|/g, '').split('|').length).toBe(conflictHeader.split('|').length);
  });
});

describe('Markdown report on other inputs', () => {
  it('empty analysis renders every section with a note', () => {
    const e = renderMarkdown(emptyAnalysis());
    for (const note of ['No disputed facts found.', 'No dated events found.', 'No quotes found.', 'No people or organisations found.', 'No facts to compare.', 'No summary.', 'No articles.']) expect(e).toContain(note);
  });
  it.skipIf(!HAVE_SEEDS)('real pipeline output renders deterministically', async () => {
    const a = analyze(await ingestPaths([SEEDS_DIR]));
    const out = renderMarkdown(a);
    expect(out).toContain(`${a.articles.length} articles from`);
    for (const art of a.articles) expect(out).toContain(`**${art.id.replace(/_/g, '\\_')}**`);
    expect(renderMarkdown(analyze(await ingestPaths([SEEDS_DIR])))).toBe(out);
  });
});
