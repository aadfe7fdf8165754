/**
 * Per-link progress: one line per link on a TTY (fetched / cache / revalidated / duplicate /
 * failed with the reason), nothing when stderr is not a TTY or with --quiet.
 */
import { describe, expect, it } from 'vitest';
import { urlLine } from '../../src/cli/commands/analyze-inputs.js';
import { createProgress } from '../../src/cli/progress.js';
import type { Article, UrlEvent } from '../../src/index.js';

function sink(isTTY: boolean) {
  let text = '';
  const stream = { isTTY, write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream & { isTTY: boolean };
  return { stream, text: () => text };
}

const article = { id: 'budget', wordCount: 212, outlet: 'Dellbridge Courier' } as Article;
const at = { index: 1, total: 3, url: 'https://courier.example/budget' };
const diag = (rule: string, message: string) => ({ severity: 'error' as const, rule, message, source: at.url, stage: 'ingest' });

describe('per-link progress', () => {
  it.each<[UrlEvent, string]>([
    [{ ...at, kind: 'article', from: 'network', article, diagnostics: [], cacheNote: null }, '[2/3] fetched https://courier.example/budget — 212 words, Dellbridge Courier'],
    [{ ...at, kind: 'article', from: 'cache', article, diagnostics: [], cacheNote: null }, '[2/3] cache https://courier.example/budget — 212 words, Dellbridge Courier'],
    [{ ...at, kind: 'duplicate', sameAs: 'https://courier.example/budget/amp', diagnostic: diag('duplicate-article', 'same') }, '[2/3] duplicate https://courier.example/budget — same as https://courier.example/budget/amp'],
    [{ ...at, kind: 'failed', diagnostic: diag('http-error', 'HTTP 404 from https://courier.example/budget') }, '[2/3] failed https://courier.example/budget — http-error: HTTP 404 from https://courier.example/budget'],
  ])('%#: %s', (event, line) => expect(urlLine(event)).toBe(line));

  it('writes a line per link on a TTY, in colour unless NO_COLOR; nothing off a TTY or when quiet', () => {
    const tty = sink(true);
    createProgress(tty.stream, { quiet: false, env: { NO_COLOR: '1' } }).line('[1/2] failed x — http-error: HTTP 404');
    expect(tty.text()).toBe('[1/2] failed x — http-error: HTTP 404\n');
    const colour = sink(true);
    createProgress(colour.stream, { quiet: false, env: {} }).line('[1/2] failed x');
    expect(colour.text()).toBe('[1/2] \x1b[31mfailed\x1b[0m x\n');
    for (const [s, quiet] of [[sink(false), false], [sink(true), true]] as const) {
      createProgress(s.stream, { quiet, env: {} }).line('[1/2] fetched x');
      expect(s.text()).toBe('');
    }
  });
});
