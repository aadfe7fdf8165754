/**
 * The Markdown report: the same sections as the HTML report, for pasting into
 * notes and issues. Every piece of article-derived text goes through `mdText`/`mdCell`.
 */
import type { Analysis } from '../contract/analysis-schema.js';
import { clip, mdCell, mdText } from './markdown-escape.js';
import { buildReportModel } from './model/index.js';
import type { ClaimView, DiffPart, Excerpt, ReportModel } from './model/types.js';

const EXCERPT_MAX = 160;

/** An evidence excerpt: the quoted text (value in bold) with article id and offsets. */
function mdExcerpt(e: Excerpt): string {
  const t = `${e.clipped[0] ? '…' : ''}${clip(e.text, EXCERPT_MAX, e.mark)}${e.clipped[1] ? '…' : ''}`.replace(/……/g, '…');
  let body = mdText(t);
  if (e.mark) {
    const marked = e.text.slice(e.mark[0], e.mark[1]);
    const at = t.indexOf(marked);
    if (at >= 0 && marked.trim()) body = `${mdText(t.slice(0, at))}**${mdText(marked)}**${mdText(t.slice(at + marked.length))}`;
  }
  return `“${body}” (${mdText(e.article)} ${e.start}–${e.end})`;
}

/** Removed words struck through, added words in bold; spacing stays outside the markers. */
function diffMd(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      if (p.op === 'eq' || p.text.trim() === '') return mdText(p.text);
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text) ?? [];
      return `${lead}${p.op === 'del' ? `~~${mdText(core)}~~` : `**${mdText(core)}**`}${trail}`;
    })
    .join('');
}

const list = (xs: readonly string[]) => (xs.length ? xs.map(mdText).join(', ') : '—');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function header(m: ReportModel, out: string[]): void {
  out.push(`# ${mdText(m.title)}`, '');
  out.push(`${mdText(m.stats.headline)}.`, '');
}

function conflicts(m: ReportModel, out: string[]): void {
  out.push('## Conflicts', '');
  if (!m.conflicts.length) out.push('No disputed facts found.', '');
  else out.push(`${m.stats.conflictCounts}.`, '');
  for (const c of m.conflicts) {
    out.push(`### ${mdText(c.topic)}${c.subject ? ` (${mdText(c.subject)})` : ''} — ${c.status === 'updated' ? 'updated' : 'disputed'}`, '');
    out.push('| Value | Outlets | Independent | Attributed to |', '|---|---|---|---|');
    for (const v of c.values) out.push(`| ${mdCell(v.label)} | ${mdCell(v.outlets.join(', '))} | ${v.independent} | ${mdCell(v.attribution.join(', '))} |`);
    out.push('');
    for (const v of c.values) for (const e of v.evidence) out.push(`- ${mdText(v.value)}: ${mdExcerpt(e)}`);
    if (c.updates.length) {
      out.push('', 'Sequence: ' + c.updates.map((u) => `${mdText(u.value)} (${mdText(u.outlet)}, ${u.published ?? 'undated'})`).join(' → '));
    }
    out.push('');
  }
}

function agreements(m: ReportModel, out: string[]): void {
  out.push('## Agreements', '');
  if (!m.agreements.length && !m.singles.length) out.push('No facts reported by several outlets.', '');
  const rows = (cs: readonly ClaimView[]) => {
    out.push('| Fact | Value | Independent sources | Outlets |', '|---|---|---|---|');
    for (const c of cs) out.push(`| ${mdCell(c.topic)} | ${mdCell(c.values.map((v) => v.label).join(' / '))} | ${c.independent} | ${mdCell(c.outlets.join(', '))} |`);
    out.push('');
  };
  // facts (who, what, where) lead as plain sentences with their outlet and independent-source counts
  for (const c of m.agreements) {
    if (c.sentence) out.push(`- ${mdText(c.sentence)} — ${plural(c.outlets.length, 'outlet')}, ${c.independent} independent (${list(c.outlets)})`);
  }
  if (m.agreements.some((c) => c.sentence)) out.push('');
  if (m.agreements.length) rows(m.agreements);
  if (m.singles.length) {
    out.push('Reported by a single source:', '');
    rows(m.singles);
  }
}

function timeline(m: ReportModel, out: string[]): void {
  out.push('## Timeline', '');
  if (!m.timeline.length) out.push('No dated events found.', '');
  for (const d of m.timeline) {
    out.push(`- **${d.date}**`);
    for (const e of d.events) {
      out.push(`  - ${e.dateConflict ? '⚠ date disputed: ' : ''}${mdText(e.description)} — ${list(e.outlets)}`);
      for (const x of e.evidence.slice(0, 3)) out.push(`    - ${mdExcerpt(x)}`);
    }
  }
  out.push('');
}

/** The ledger by speaker: each speaker once, with their quotes under them (not one entry per fragment). */
function quotes(m: ReportModel, out: string[]): void {
  out.push('## Quote ledger', '');
  if (!m.quotes.length) out.push('No quotes found.', '');
  else out.push(`${plural(m.quotes.length, 'quote')} from ${plural(m.speakers.length, 'speaker')}.`, '');
  for (const g of m.speakers) {
    const who = g.speaker ? `${mdText(g.speaker)}${g.role ? ` (${mdText(g.role)})` : ''}` : 'Unattributed';
    out.push(`- **${who}** — ${plural(g.quotes.length, 'quote')}`);
    for (const i of g.quotes) {
      const q = m.quotes[i];
      if (!q) continue;
      const first = q.first ? `; first in ${mdText(q.first.outlet)} (${mdText(q.first.article)}${q.first.published ? `, ${q.first.published}` : ''})` : '';
      out.push(`  - “${mdText(q.text)}” — ${list(q.outlets)}${first}${q.speakerConflict ? '; outlets disagree on the speaker' : ''}`);
      if (q.speakerConflict) out.push(`    - Attributed to: ${q.attributions.map((x) => `${mdText(x.speaker)} (${list(x.outlets)})`).join('; ')}`);
      for (const v of q.variants) if (v.diff.length) out.push(`    - Altered in ${list(v.outlets)}: ${diffMd(v.diff)}`);
    }
  }
  out.push('');
}

function entities(m: ReportModel, out: string[]): void {
  out.push('## People and organisations', '');
  if (!m.entities.length) {
    out.push('No people or organisations found.', '');
    return;
  }
  out.push('| Name | Type | Aliases | Roles | Mentions by outlet |', '|---|---|---|---|---|');
  for (const e of m.entities) {
    const roles = e.roles.map((r) => `${r.text} (${r.outlets.join(', ')})`).join('; ');
    out.push(`| ${mdCell(e.name)} | ${e.type} | ${mdCell(e.aliases.join(', '))} | ${mdCell(roles)} | ${mdCell(e.outlets.map((o) => `${o.outlet} ${o.count}`).join(', '))} |`);
  }
  out.push('');
}

function coverage(m: ReportModel, out: string[]): void {
  out.push('## Coverage', '');
  if (!m.coverage.rows.length) {
    out.push('No facts to compare.', '');
    return;
  }
  out.push(`| Fact | ${m.coverage.outlets.map(mdCell).join(' | ')} |`, `|---|${m.coverage.outlets.map(() => '---|').join('')}`);
  for (const r of m.coverage.rows) out.push(`| ${mdCell(r.topic)} | ${r.cells.map((c) => (c === null ? '—' : mdCell(c))).join(' | ')} |`);
  out.push('');
}

function summary(m: ReportModel, out: string[]): void {
  out.push('## Summary', '');
  if (!m.summary.length) out.push('No summary.', '');
  for (const s of m.summary) {
    out.push(`- ${mdText(s.text)} [${s.outlets.map(mdText).join('; ')}]`);
    for (const e of s.evidence) out.push(`  - ${mdExcerpt(e)}`);
  }
  out.push('');
}

/** Framing: one sub-section per lens with its method line; each figure cites its first span. */
function framing(m: ReportModel, out: string[]): void {
  if (!m.framing.length) return;
  out.push('## Framing', '');
  for (const p of m.framing) {
    out.push(`### ${p.title}`, '', `_How: ${mdText(p.how)}_`, '');
    for (const o of p.outlets) {
      out.push(`- **${mdText(o.outlet)}**`);
      for (const it of o.items) out.push(`  - ${mdText(it.text)}${it.figure ? ` — ${mdText(it.figure)}` : ''}${it.evidence[0] ? ` — ${mdExcerpt(it.evidence[0])}` : ''}`);
    }
    out.push('');
  }
}

function articlesAndDiagnostics(m: ReportModel, out: string[]): void {
  out.push('## Articles', '');
  if (!m.articles.length) out.push('No articles.', '');
  for (const a of m.articles) out.push(`- **${mdText(a.id)}** ${mdText(a.outlet)}, ${a.published ?? 'undated'} — ${mdText(a.title)}${a.group ? ` (copy group ${mdText(a.group)})` : ''}`);
  out.push('');
  framing(m, out);
  out.push('## Diagnostics', '');
  out.push(`Skipped ${m.skipped.inputs} input(s) and ${m.skipped.records} record(s).`, '');
  for (const d of m.diagnostics) out.push(`- ${d.severity} \`${d.rule.replace(/`/g, "'")}\` ${mdText(d.source)}${d.line ? `:${d.line}` : ''} — ${mdText(d.message)}`);
  if (m.diagnostics.length) out.push('');
}

/** Render an analysis as Markdown. Deterministic: the same analysis gives the same bytes. */
export function renderMarkdown(a: Analysis): string {
  const m = buildReportModel(a);
  const out: string[] = [];
  // the same order as the HTML report: what is disputed, agreed and the cited summary first
  for (const section of [header, conflicts, agreements, summary, timeline, quotes, entities, coverage, articlesAndDiagnostics]) section(m, out);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
