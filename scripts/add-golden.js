#!/usr/bin/env node
// Scaffold a golden single-article case from an article file: prints what crosscheck currently
// extracts, in expected.json form, for a human to correct (STYLE §10: a script that adds a case).
//   node scripts/add-golden.js <article.txt>                 print a draft expected.json
//   node scripts/add-golden.js <article.txt> --write <slug>  create test/fixtures/golden/<slug>/
// Needs `npm run build` first. The draft is the tool's opinion, not the truth: read the article,
// fix every field, add what was missed, mark doubtful items "optional": true.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GOLDEN_DIR, ingestFixture, loadLibrary } from './lib/corpus.js';

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'));
const w = argv.indexOf('--write');
const slug = w >= 0 ? argv[w + 1] : undefined;
if (!file || (w >= 0 && !slug)) {
  console.error('usage: node scripts/add-golden.js <article.txt> [--write <slug>]');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`no such file: ${file}`);
  process.exit(2);
}

const lib = await loadLibrary();
const res = await ingestFixture(lib, [resolve(file)]);
const analysis = lib.analyze({ articles: res.articles });
const article = analysis.articles[0];
if (!article) {
  console.error(`${file} produced no article: ${res.diagnostics.map((d) => d.message).join('; ')}`);
  process.exit(1);
}

const words = (s, n) => s.split(/\s+/).slice(0, n).join(' ');
const names = (id) => analysis.entities.find((e) => e.id === id)?.name ?? id;
const draft = {
  case: slug ?? null,
  published: article.published,
  entities: analysis.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases.filter((a) => a !== e.name), roles: e.roles.map((r) => r.text) })),
  quotes: analysis.quotes.flatMap((q) => q.occurrences.map((o) => ({ text: words(o.text, 8), speaker: o.speakerName ?? q.speaker?.name ?? null, partial: Boolean(o.partial) }))),
  dates: analysis.events.map((e) => ({ text: '', date: e.date, keywords: words(e.description, 4).toLowerCase().split(' ') })),
  quantities: analysis.claims.filter((c) => c.kind === 'quantity').flatMap((c) =>
    c.values.map((v) => ({ text: v.value, value: typeof v.normalized === 'number' ? v.normalized : Number(v.value), qualifier: v.qualifier, unit: v.unit, topic: c.topic.split(/\s+/) })),
  ),
  ages: analysis.claims.filter((c) => c.kind === 'age').flatMap((c) => c.values.map((v) => ({ person: c.subject ? names(c.subject) : c.topic, age: v.normalized }))),
};
const json = `${JSON.stringify(draft, null, 2)}\n`;

if (slug) {
  const dir = join(GOLDEN_DIR, slug);
  if (existsSync(dir)) {
    console.error(`${dir} already exists; choose another slug`);
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  copyFileSync(file, join(dir, 'article.txt'));
  writeFileSync(join(dir, 'expected.json'), json);
  console.error(`wrote ${dir}/article.txt and a DRAFT expected.json: correct it by hand before committing`);
} else process.stdout.write(json);
