/**
 * Property test: random text and random HTML, as JSONL records through the public ingest API,
 * then `analyze`. Invariants: it returns; every span (any object with article/start/end) lies
 * inside its article's text; the JSON validates against the schema; the same input twice gives
 * byte-identical JSON. Fixed seed, printed, so a failure can be replayed.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, ingestJsonl, renderJson } from '../../src/index.js';
import { schemaErrors } from '../helpers/validate.js';

const SEED = 20261121;
const RUNS = 100;
console.log(`property test: seed ${SEED}, ${RUNS} runs per property`);

const words = ['Maria', 'Ostrov', 'Harbour', 'City', 'River', 'Alder', 'said', 'the', 'council', 'January', 'March', 'Tuesday', '2026', '340', '2-1', '61,000', 'per', 'cent', 'flood', 'final', 'Mr', 'Dr.'];
const punct = ['“', '”', '‘', '’', '«', '»', '"', "'", '.', ',', '\n', '\n\n', ' ', ' — ', ':', '\u00a0', '&amp;', '\u200b'];
const token = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...punct), fc.string({ maxLength: 6, unit: 'grapheme' }));
const text = fc.array(token, { minLength: 1, maxLength: 120 }).map((t) => t.join(' '));

const tags = ['p', 'div', 'span', 'b', 'article', 'blockquote', 'h1', 'li', 'script', 'a', 'td'];
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t) => t.replace(/[<>]/g, ' ')),
    fc.tuple(fc.constantFrom(...tags), fc.constantFrom('', ' class="x"', ' href="https://a.example/?q=1&amp;b"', ' title="“x”"'), fc.array(tie('node'), { maxLength: 4 })).map(([t, a, kids]) =>
      t === 'script' ? `<script>var s = "${kids.length}";</script>` : `<${t}${a}>${kids.join('')}</${t}>`,
    ),
  ),
})).node;

/** Walk the JSON for span-like objects and check each against its article's text. */
function spanProblems(a: { articles: { id: string; text: string }[] }): string[] {
  const len = new Map(a.articles.map((x) => [x.id, x.text.length]));
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}/${i}`));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.article === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
      const n = len.get(o.article);
      if (n === undefined || !(o.start >= 0 && o.start <= o.end && o.end <= n)) out.push(`${path}: ${o.article} ${o.start}-${o.end} (text ${String(n)})`);
    }
    for (const [k, x] of Object.entries(o)) walk(x, `${path}/${k}`);
  };
  walk(a, '');
  return out;
}

async function run(records: readonly Record<string, string>[]): Promise<string> {
  const jsonl = records.map((r) => JSON.stringify(r)).join('\n');
  const ingested = await ingestJsonl(Readable.from([jsonl]), 'prop.jsonl');
  return renderJson(analyze(ingested));
}

/** Runs that produced at least one article: the invariants must be checked on real analyses. */
let withArticles = 0;

async function checkInvariants(records: readonly Record<string, string>[]): Promise<void> {
  const first = await run(records);
  const parsed = JSON.parse(first) as { articles: { id: string; text: string }[] };
  if (parsed.articles.length > 0) withArticles++;
  expect(schemaErrors(parsed)).toEqual([]);
  expect(spanProblems(parsed)).toEqual([]);
  expect(await run(records)).toBe(first);
}

describe('analyze on random input (fast-check)', () => {
  it('random text: returns, spans inside texts, schema-valid, deterministic', async () => {
    withArticles = 0;
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 3 }), async (arts) => {
      await checkInvariants(arts.map(([title, body], i) => ({ id: `t${i}`, title, text: body })));
    }), { seed: SEED, numRuns: RUNS });
    console.log(`  ${withArticles} of ${RUNS} runs produced articles`);
    expect(withArticles).toBeGreaterThan(RUNS / 2);
  }, 300_000);

  it('random HTML: returns, spans inside texts, schema-valid, deterministic', async () => {
    withArticles = 0;
    await fc.assert(fc.asyncProperty(fc.array(html, { minLength: 1, maxLength: 3 }), async (pages) => {
      await checkInvariants(pages.map((h, i) => ({ id: `h${i}`, html: `<html><body>${h}</body></html>` })));
    }), { seed: SEED, numRuns: RUNS });
    console.log(`  ${withArticles} of ${RUNS} runs produced articles`);
    expect(withArticles).toBeGreaterThan(RUNS / 2);
  }, 300_000);

  it('the span walker catches a span past the end (must-not-match)', () => {
    expect(spanProblems({ articles: [{ id: 'a', text: 'abc' }], x: [{ article: 'a', start: 1, end: 4 }] } as never)).toHaveLength(1);
    expect(spanProblems({ articles: [{ id: 'a', text: 'abc' }], x: [{ article: 'a', start: 1, end: 3 }] } as never)).toHaveLength(0);
  });
});
