#!/usr/bin/env node
// Turns a draft annotation of a real story (kept in the cache, it quotes short substrings of the
// articles to locate spans) into the committed annotation (offsets and values only, no text).
//
//   node scripts/eval-real/annotate.js <slug> [--print]
//
// Reads  <cache>/stories/<slug>/draft.json and <cache>/stories/<slug>/<article>.txt
// Writes eval/real-stories/<slug>.json; --print shows every located span for checking by eye
// (the printout contains article text: never paste it into the repository).
//
// Draft format = the committed format (eval/real-stories/README.md), except that spans are given
// as substrings: a quote or event is { article, q, n? } and an evidence item is [article, q, n?],
// where q is the exact text (or "start|end": from the first occurrence of start to the end of the
// first occurrence of end after it) and n picks the n-th occurrence (0-based). An article may give
// bodyFrom (a substring where the article body starts) to leave out a leading line of page junk.
// Entities without "articles" get the articles where their name or an alias occurs.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE } from './lib/cache.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Offsets [start, end) of `q` in `text` (see the header for the q syntax); throws when absent. */
export function locate(text, q, n = 0, where = '') {
  const [head, tail] = q.includes('|') ? q.split('|') : [q, null];
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(head, at + 1);
    if (at < 0) throw new Error(`${where}: "${head}" (occurrence ${n}) not found`);
  }
  if (tail === null) return { start: at, end: at + head.length };
  const t = text.indexOf(tail, at + head.length);
  if (t < 0) throw new Error(`${where}: end "${tail}" not found after "${head}"`);
  return { start: at, end: t + tail.length };
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const occurs = (text, name) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);

/** The committed annotation built from a draft and the article texts ({ id: text }). */
export function convert(draft, texts, meta) {
  const span = (article, q, n, where) => {
    const text = texts[article];
    if (text === undefined) throw new Error(`${where}: no article ${article}`);
    return { article, ...locate(text, q, n ?? 0, `${where} ${article}`) };
  };
  const ev = (items, where) => items.map(([a, q, n]) => span(a, q, n, where));
  const articlesOf = (evidence) => [...new Set(evidence.map((e) => e.article))].sort();
  const articles = draft.articles.map((a) => {
    const text = texts[a.id];
    const m = meta.find((x) => x.id === a.id);
    const out = {
      id: a.id, url: m.url, outlet: a.outlet, domain: a.domain, published: a.published ?? null,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'), chars: text.length,
    };
    if (a.bodyFrom) out.body = { start: locate(text, a.bodyFrom, 0, a.id).start, end: text.length };
    return out;
  });
  const entities = draft.entities.map((e) => ({
    id: e.id, name: e.name, type: e.type, ...(e.types ? { types: e.types } : {}), aliases: e.aliases ?? [],
    articles: e.articles ?? Object.keys(texts).filter((id) => [e.name, ...(e.aliases ?? [])].some((n) => occurs(texts[id], n))).sort(),
  }));
  const quotes = draft.quotes.map((q, i) => ({
    ...span(q.article, q.q, q.n, `quote ${i}`), speaker: q.speaker, direct: q.direct ?? true, doubt: q.doubt ?? '',
  }));
  const events = draft.events.map((e, i) => ({ ...span(e.article, e.q, e.n, `event ${i}`), value: e.value, label: e.label }));
  const agreements = draft.agreements.map((g) => {
    const evidence = ev(g.ev, `agreement ${g.label}`);
    return { label: g.label, kind: g.kind, value: g.value, unit: g.unit ?? null, articles: articlesOf(evidence), evidence };
  });
  const conflicts = draft.conflicts.map((c) => ({
    label: c.label, kind: c.kind, update: c.update, why: c.why ?? '',
    values: c.values.map((v) => {
      const evidence = ev(v.ev, `conflict ${c.label}`);
      return { value: v.value, unit: v.unit ?? null, articles: articlesOf(evidence), evidence };
    }),
  }));
  return {
    slug: draft.slug, kind: draft.kind, holdout: draft.holdout, summary: draft.summary,
    articles, entities, quotes, events, agreements, conflicts, doubts: draft.doubts ?? [],
  };
}

async function main(argv) {
  const slug = argv.find((a) => !a.startsWith('--'));
  if (!slug) {
    process.stderr.write('usage: node scripts/eval-real/annotate.js <slug> [--print]\n');
    process.exit(2);
  }
  const dir = join(CACHE, 'stories', slug);
  const draft = JSON.parse(readFileSync(join(dir, 'draft.json'), 'utf8'));
  const meta = JSON.parse(readFileSync(join(dir, '_meta.json'), 'utf8'));
  const texts = Object.fromEntries(draft.articles.map((a) => [a.id, readFileSync(join(dir, `${a.id}.txt`), 'utf8')]));
  const out = convert(draft, texts, meta);
  writeFileSync(join(REPO, 'eval/real-stories', `${slug}.json`), `${JSON.stringify(out, null, 1)}\n`);
  if (argv.includes('--print')) {
    const show = (s) => `${s.article}[${s.start},${s.end}) «${texts[s.article].slice(s.start, s.end)}»`;
    for (const e of out.entities) console.log(`entity ${e.id} ${e.name} (${e.type}) ${e.articles.join(',')}`);
    for (const q of out.quotes) console.log(`quote ${q.speaker} ${show(q)}`);
    for (const e of out.events) console.log(`event ${e.value} ${show(e)}`);
    for (const g of out.agreements) console.log(`agree ${g.label} = ${g.value}: ${g.evidence.map(show).join(' | ')}`);
    for (const c of out.conflicts) for (const v of c.values) console.log(`conflict ${c.label} = ${v.value}: ${v.evidence.map(show).join(' | ')}`);
    for (const a of out.articles) if (a.body) console.log(`body ${a.id} from ${a.body.start}: «${texts[a.id].slice(a.body.start, a.body.start + 30)}»`);
  }
  console.log(`wrote eval/real-stories/${slug}.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
