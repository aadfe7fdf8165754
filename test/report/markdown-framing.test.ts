import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown-report.js';
import { analyseStory } from '../compare/framing/story-loader.js';

describe('Markdown report: Framing', () => {
  const a = analyseStory('border-conflict');
  const md = renderMarkdown(a);
  const section = md.slice(md.indexOf('## Framing'), md.indexOf('## Diagnostics'));

  it('has one sub-section per lens, each with a one-line method note', () => {
    const titles = [...section.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(['Distinctive terms', 'Labels for actors', 'Scare quotes', 'Voices', 'Tone', 'Omissions']);
    for (const t of titles) expect(section).toMatch(new RegExp(`### ${t}\\n\\n_How: [^\\n]+_\\n`));
  });

  it.each([
    ['a label with the entity it names and its evidence', /- terrorist organization — ×\d+ for Sarn Brigade \((appositive|copula)\), only here — “[^”]*\*\*[^”]*” \(capital-herald \d+–\d+\)/],
    ['a scare quote held only by one outlet', /- “Morvania” — ×2, only here — “.*” \(hill-dispatch \d+–\d+\)/],
    ['the tone lexicon', /Lexicon: wink-eng-lite-web-model sentiment/],
  ])('shows %s', (_name, re) => {
    expect(section).toMatch(re);
  });

  it('shows no Framing section when the analysis has none', () => {
    expect(renderMarkdown({ ...a, framing: [] })).not.toContain('## Framing');
  });
});
