/**
 * Analyses for the report tests: the hand-written ferry story (4 outlets, one
 * syndicated copy; conflicts, an update, a date conflict, an altered quote), an
 * empty analysis, a hostile one (markup and script in every text field), and a
 * synthetic large one for timing.
 */
import { readFileSync } from 'node:fs';
import type { Analysis, Article } from '../../src/contract/analysis-schema.js';

/** The ferry story fixture (validates against the schema; see report-fixtures.test.ts). */
export function ferryAnalysis(): Analysis {
  return JSON.parse(readFileSync(new URL('../fixtures/report/ferry-analysis.json', import.meta.url), 'utf8')) as Analysis;
}

/** No articles, nothing found. */
export function emptyAnalysis(): Analysis {
  return { schemaVersion: 1, generator: { name: 'crosscheck', version: '0.0.0-test' }, articles: [], entities: [], quotes: [], events: [], claims: [], summary: [], diagnostics: [] };
}

/** Payloads that would run script if any renderer inserted them as markup. Each sets window.__pwned. */
export const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '</style><style>body{display:none}</style>',
  '</script><script>window.__pwned = "close-script"</script>',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<!-- <script>window.__pwned = "comment"</script> -->',
  'line\u2028separator\u2029paragraph',
] as const;

/** The ferry story with payloads in titles, outlet, body, quotes, entity names, claim values, summary and diagnostics. */
export function hostileAnalysis(): Analysis {
  const a = ferryAnalysis();
  const bad = PAYLOADS.join(' ');
  const prefix = `${bad}\n`;
  const shift = prefix.length;
  const articles: Article[] = a.articles.map((x, i) => ({
    ...x,
    title: i === 0 ? `${PAYLOADS[0]} ${x.title ?? ''}` : x.title,
    outlet: i === 0 ? `<b onmouseover="window.__pwned='outlet'">Evil Outlet</b>` : x.outlet,
    url: i === 0 ? 'javascript:window.__pwned="url"' : x.url,
    author: i === 0 ? PAYLOADS[1] : x.author,
    text: x.id === 'a1' ? prefix + x.text : x.text,
  }));
  // every span into a1 moves by the prefix length
  const mv = <T extends { article: string; start: number; end: number }>(s: T): T => (s.article === 'a1' ? { ...s, start: s.start + shift, end: s.end + shift } : s);
  return {
    ...a,
    ...(a.story ? { story: { ...a.story, title: `${PAYLOADS[3]} story` } } : {}),
    articles,
    entities: a.entities.map((e, i) => ({ ...e, name: i === 0 ? `${PAYLOADS[4]} ${e.name}` : e.name, mentions: e.mentions.map(mv) })),
    quotes: a.quotes.map((q, i) => ({ ...q, text: i === 0 ? `${PAYLOADS[1]} ${q.text}` : q.text, occurrences: q.occurrences.map(mv) })),
    events: a.events.map((ev, i) => ({ ...ev, description: i === 0 ? PAYLOADS[0] : ev.description, evidence: ev.evidence.map(mv) })),
    claims: a.claims.map((c, i) => ({
      ...c,
      topic: i === 0 ? `${PAYLOADS[2]} topic` : c.topic,
      values: c.values.map((v, j) => ({ ...v, value: i === 0 && j === 0 ? PAYLOADS[1] : v.value, evidence: v.evidence.map(mv) })),
    })),
    summary: a.summary.map((s, i) => ({ ...s, text: i === 0 ? `${PAYLOADS[0]} ${s.text}` : s.text, evidence: s.evidence.map(mv) })),
    diagnostics: [...a.diagnostics, { severity: 'error', rule: 'x`y|z', message: PAYLOADS[3], source: PAYLOADS[5] }],
  };
}

/** A deterministic large analysis: `n` articles from n/2 outlets with claims, quotes, entities and events. */
export function syntheticAnalysis(n: number): Analysis {
  const sentence = (i: number, k: number) => `Officials in district ${k} said ${100 + ((i * 7 + k) % 50)} homes were flooded and ${k + 2} bridges closed.`;
  const articles: Article[] = Array.from({ length: n }, (_, i) => {
    const text = Array.from({ length: 30 }, (_, k) => sentence(i, k)).join(k3(i));
    return {
      id: `s${String(i).padStart(4, '0')}`,
      source: `synthetic/${i}.txt`,
      url: `https://outlet${i % Math.max(1, n >> 1)}.example/story/${i}`,
      outlet: `Outlet ${i % Math.max(1, n >> 1)}`,
      outletFrom: 'metadata',
      title: `Flood update ${i}`,
      author: null,
      published: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      language: 'en',
      text,
      removed: [],
      wordCount: text.split(/\s+/).length,
    };
  });
  const sp = (i: number, k: number) => {
    const art = articles[i % n]!;
    const s = sentence(i % n, k);
    const start = art.text.indexOf(s);
    return { article: art.id, start, end: start + s.length };
  };
  const ids = (from: number, count: number) => Array.from({ length: count }, (_, j) => articles[(from + j) % n]!.id);
  return {
    ...emptyAnalysis(),
    articles,
    claims: Array.from({ length: 120 }, (_, c) => ({
      id: `c${c}`,
      kind: 'quantity' as const,
      topic: `homes flooded in district ${c % 30}`,
      status: (['agreed', 'conflict', 'single', 'updated'] as const)[c % 4]!,
      values: [0, 1].map((v) => ({ value: String(100 + c + v), normalized: 100 + c + v, qualifier: null, unit: 'homes', articles: ids(c * 3 + v, 5), evidence: ids(c * 3 + v, 5).map((_, j) => sp(c * 3 + v + j, c % 30)) })),
    })),
    entities: Array.from({ length: 300 }, (_, e) => ({ id: `e${e}`, name: `Person ${e}`, type: 'person' as const, aliases: [], roles: [], articles: ids(e, 3), mentions: ids(e, 3).map((_, j) => sp(e + j, 0)) })),
    quotes: Array.from({ length: 150 }, (_, q) => ({
      id: `q${q}`,
      text: `We are doing everything we can for district ${q}`,
      speaker: { name: `Person ${q}`, entity: `e${q}`, role: 'mayor' },
      occurrences: ids(q, 3).map((id, j) => ({ article: id, ...(({ start, end }) => ({ start, end }))(sp(q + j, 1)), text: j === 2 ? `We do everything we can for district ${q}` : `We are doing everything we can for district ${q}`, speakerName: `Person ${q}` })),
      altered: true,
      firstArticle: ids(q, 1)[0]!,
    })),
    events: Array.from({ length: 100 }, (_, ev) => ({ id: `ev${ev}`, date: `2025-01-${String(1 + (ev % 28)).padStart(2, '0')}`, description: `Bridge ${ev} closed`, entities: [], evidence: [sp(ev, 2)], articles: ids(ev, 2), dateConflict: ev % 10 === 0 })),
    summary: Array.from({ length: 12 }, (_, s) => ({ text: `Summary sentence ${s}.`, articles: ids(s, 3), evidence: ids(s, 3).map((_, j) => sp(s + j, 3)) })),
  };
}

function k3(i: number): string {
  return i % 2 ? '\n' : ' ';
}
