/** Loads a planted-framing story from test/fixtures/framing/<story>/: one file per outlet, named for it. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../src/analyze.js';
import type { Analysis, Framing, Span } from '../../../src/contract/analysis-schema.js';
import { article } from '../independence/fixtures.js';

const ROOT = fileURLToPath(new URL('../../fixtures/framing/', import.meta.url));

/** The story's analysis; each article's outlet is its file name without `.txt`. */
export function analyseStory(story: string): Analysis {
  const dir = `${ROOT}${story}/`;
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const outlet = f.replace(/\.txt$/, '');
      return article(outlet, readFileSync(dir + f, 'utf8').trim(), { outlet });
    });
  return analyze({ articles });
}

/** The framing of one outlet; throws (failing the test) when it is missing. */
export function framingOf(a: Analysis, outlet: string): Framing {
  const f = a.framing?.find((x) => x.outlet === outlet);
  if (!f) throw new Error(`no framing for ${outlet}`);
  return f;
}

/** The characters a span points at. */
export function spanText(a: Analysis, s: Span): string {
  return a.articles.find((x) => x.id === s.article)!.text.slice(s.start, s.end);
}
