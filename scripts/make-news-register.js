#!/usr/bin/env node
// Writes src/lexicon/news-register.ts: the words news prose uses everywhere, whatever the outlet,
// its politics or the topic — the shared register the framing lens leaves out of distinctive
// terms (src/compare/framing/02-log-odds.ts says why the log-odds prior cannot do it alone).
// Sources, from the local evaluation cache: the PolNeAR training articles (840 US political
// articles, 120 from each of 7 outlets from left to right, 2015–2016), and the TimeBank and
// AQUAINT articles of TempEval-3 (general news, 1990s). A word is in the register when, in each
// of these 9 groups (7 outlets, TimeBank, AQUAINT), at least MIN_DOC_SHARE of the articles use
// it in lower case. Only the words leave the cache, never a sentence.
//   node scripts/make-news-register.js
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CACHE = join(homedir(), '.cache/crosscheck-eval');
const OUT = new URL('../src/lexicon/news-register.ts', import.meta.url);
const MIN_DOC_SHARE = 0.06;
// the tokens src/compare/framing/01-terms.ts counts: lower-case words, possessive 's dropped
const TOKEN = /[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu;

const { STOPWORDS } = await import(new URL('../dist/src/lexicon/stopwords.js', import.meta.url).href);
const list = (dir, ext) => readdirSync(dir).filter((f) => f.endsWith(ext) && !f.startsWith('.')).sort();
/** [group, text] per article. */
const docs = [];
const polnear = join(CACHE, 'polnear/data/train/text');
for (const f of list(polnear, '.txt')) docs.push([`polnear:${f.split('_')[0]}`, readFileSync(join(polnear, f), 'utf8')]);
for (const g of ['TimeBank', 'AQUAINT']) {
  const dir = join(CACHE, 'tempeval3/data/TBAQ-cleaned', g);
  for (const f of list(dir, '.tml')) docs.push([g, (/<TEXT>([\s\S]*)<\/TEXT>/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '').replace(/<[^>]+>/g, '')]);
}
if (!docs.length) {
  console.error(`no articles under ${CACHE}`);
  process.exit(2);
}
const size = new Map();
const df = new Map();
for (const [g, text] of docs) {
  size.set(g, (size.get(g) ?? 0) + 1);
  const seen = new Set();
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    if (raw[0] !== raw[0].toLowerCase()) continue;
    let w = raw.replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.length >= 3 && !STOPWORDS.has(w)) seen.add(w);
  }
  for (const w of seen) {
    let by = df.get(w);
    if (!by) df.set(w, (by = new Map()));
    by.set(g, (by.get(g) ?? 0) + 1);
  }
}
const groups = [...size.keys()];
const outlets = groups.filter((g) => g.startsWith('polnear:')).length;
const words = [...df.entries()].filter(([, by]) => groups.every((g) => (by.get(g) ?? 0) / size.get(g) >= MIN_DOC_SHARE)).map(([w]) => w).sort();
const lines = [];
for (const w of words) {
  const item = `'${w.replace(/'/g, "\\'")}',`;
  if (lines.length && lines[lines.length - 1].length + item.length < 110) lines[lines.length - 1] += ` ${item}`;
  else lines.push(`  ${item}`);
}
writeFileSync(
  OUT,
  `/**
 * The shared register of news prose: ${words.length} lower-case words that each of ${groups.length} groups of articles
 * uses in at least ${MIN_DOC_SHARE * 100}% of its articles (${docs.length} articles: the ${outlets} PolNeAR outlets,
 * TimeBank, AQUAINT).
 * Written by scripts/make-news-register.js from the evaluation cache (words only, no text).
 * Every outlet, whatever its politics, and every topic uses these words routinely, so one outlet
 * using one of them more often in a story is not a word choice: the framing lens leaves them out
 * of distinctive terms. Not stopwords: central-sentence choice still counts them.
 */
export const NEWS_REGISTER: ReadonlySet<string> = new Set([
${lines.join('\n')}
]);
`,
);
console.log(`${words.length} words from ${docs.length} articles in ${groups.length} groups → ${OUT.pathname}`);
