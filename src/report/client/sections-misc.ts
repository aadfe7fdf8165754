/** Header, toolbar, cited summary, article list and diagnostics. */
import type { Excerpt } from '../model/types.js';
import type { ClientState } from './state.js';

/** The story title and counts, and the section navigation. */
export function ccHeader(st: ClientState): HTMLElement {
  const m = st.model;
  const stats = ccEl('p', 'stats', m.stats.headline);
  const nav = ccEl('nav', 'toc');
  nav.setAttribute('aria-label', 'Sections');
  // in the order of the sections, each with its count: the first screen tells what is below
  const events = m.timeline.reduce((k, d) => k + d.events.length, 0);
  const links: [string, string, number][] = [
    ['conflicts', 'Conflicts', m.conflicts.length],
    ['agreements', 'Agreements', m.agreements.length],
    ['summary', 'Summary', m.summary.length],
    ['timeline', 'Timeline', events],
    ['quotes', 'Quotes', m.quotes.length],
    ['entities', 'People', m.entities.length],
    ['coverage', 'Coverage', m.coverage.rows.length],
    ['framing', 'Framing', m.framing.reduce((k, p) => k + p.outlets.reduce((j, o) => j + o.items.length, 0), 0)],
    ['articles', 'Articles', m.articles.length],
    ['diagnostics', 'Diagnostics', m.diagnostics.length],
  ];
  for (const [id, label, n] of links) {
    const a = ccEl('a', null, label, ccEl('span', 'count', ` ${n}`));
    a.setAttribute('href', `#${id}`);
    nav.appendChild(a);
  }
  const h1 = ccEl('h1', null, m.title);
  return ccEl('header', 'report-header', ccEl('p', 'brand', 'crosscheck report'), h1, stats, nav);
}

/** Outlet toggles and a search box. */
export function ccToolbar(st: ClientState): HTMLElement {
  const bar = ccEl('div', 'toolbar');
  bar.setAttribute('role', 'search');
  const input = ccEl('input') as HTMLInputElement;
  input.type = 'search';
  input.id = 'cc-search';
  input.placeholder = 'Search names, facts, quotes…';
  input.value = st.query;
  input.addEventListener('input', () => {
    st.query = input.value;
    ccApplyFilters(st);
  });
  const label = ccEl('label', 'visually-hidden', 'Search the report');
  label.setAttribute('for', 'cc-search');
  const outlets = ccEl('div', 'outlet-toggles');
  outlets.setAttribute('role', 'group');
  outlets.setAttribute('aria-label', 'Show outlets');
  for (const o of st.model.outlets) {
    const b = ccEl('button', 'toggle', o.name);
    b.setAttribute('type', 'button');
    b.setAttribute('aria-pressed', String(st.active.has(o.name)));
    b.addEventListener('click', () => {
      if (st.active.has(o.name)) st.active.delete(o.name);
      else st.active.add(o.name);
      b.setAttribute('aria-pressed', String(st.active.has(o.name)));
      ccApplyFilters(st);
    });
    outlets.appendChild(b);
  }
  const status = ccEl('p', 'muted small');
  status.id = 'cc-filter-status';
  status.setAttribute('aria-live', 'polite');
  return ccEl('div', 'toolbar-wrap', ccEl('div', 'toolbar-inner', label, input, outlets, status), bar);
}

/** One summary sentence: its chips show the supporting sentence inline; from there, open the article. */
export function ccSummarySentence(st: ClientState, text: string, outlets: readonly string[], evidence: readonly Excerpt[], index: number): HTMLElement {
  const support = ccEl('div', 'support');
  support.id = `cc-support-${index}`;
  support.hidden = true;
  const chips = ccEl('span', 'chips');
  for (const ex of evidence) {
    const art = st.model.articles.find((a) => a.id === ex.article);
    const chip = ccEl('button', 'chip', art ? art.outlet : ex.article);
    chip.setAttribute('type', 'button');
    chip.setAttribute('title', ex.text);
    chip.setAttribute('aria-expanded', 'false');
    chip.setAttribute('aria-controls', support.id);
    chip.dataset.article = ex.article;
    const show = () => {
      const open = ccEl('button', 'link', 'Open in article');
      open.setAttribute('type', 'button');
      open.addEventListener('click', () => ccOpenArticle(st, ex.article, ex.start, ex.end, chip, ex.contextStart, ex.contextStart + ex.text.length));
      support.replaceChildren(ccQuoteExcerpt(ex), ' ', ccEl('span', 'muted small', `${art ? art.outlet : ''} · ${ex.article} · ${ex.start}–${ex.end} `), open);
      support.hidden = false;
      for (const c of Array.from(chips.children)) c.setAttribute('aria-expanded', String(c === chip));
    };
    // hover previews; a click pins the preview (a second click on the same chip closes it)
    chip.addEventListener('click', () => {
      if (support.dataset.pinned === ex.article + ex.start && !support.hidden) {
        support.hidden = true;
        delete support.dataset.pinned;
        chip.setAttribute('aria-expanded', 'false');
        return;
      }
      show();
      support.dataset.pinned = ex.article + ex.start;
    });
    chip.addEventListener('mouseenter', () => {
      if (!support.dataset.pinned) show();
    });
    chip.addEventListener('mouseleave', () => {
      if (!support.dataset.pinned) support.hidden = true;
    });
    chips.appendChild(chip);
  }
  if (!evidence.length && outlets.length) chips.appendChild(ccOutlets(outlets));
  return ccRegister(st, ccEl('li', 'summary-sentence', ccEl('span', 'sentence', text), ' ', chips, support), outlets);
}

/** The cited summary. */
export function ccSummary(st: ClientState): HTMLElement {
  const m = st.model;
  const s = ccSection('summary', 'Cited summary', 'Every sentence names its sources; a source chip shows the supporting sentence.', m.summary.length, 'No summary.');
  const ol = ccEl('ol', 'summary');
  m.summary.forEach((x, i) => ol.appendChild(ccSummarySentence(st, x.text, x.outlets, x.evidence, i)));
  if (m.summary.length) s.appendChild(ol);
  return s;
}

/** The articles read, each openable in the viewer. */
export function ccArticles(st: ClientState): HTMLElement {
  const m = st.model;
  const s = ccSection('articles', 'Articles', 'Everything the report was built from.', m.articles.length, 'No articles.');
  const ul = ccEl('ul', 'article-list');
  for (const a of m.articles) {
    const read = ccEl('button', 'link', a.title);
    read.setAttribute('type', 'button');
    read.addEventListener('click', () => ccOpenArticle(st, a.id, 0, 0, read));
    const li = ccEl('li', null, read, ccEl('span', 'muted small', ` ${a.outlet} · ${ccDate(a.published)} · ${a.id} · ${a.wordCount} words`), a.group ? ccBadge(`copy group ${a.group}`, 'st-updated') : null);
    ul.appendChild(ccRegister(st, li, [a.outlet]));
  }
  if (m.articles.length) s.appendChild(ul);
  return s;
}

/** Diagnostics and skipped inputs. */
export function ccDiagnostics(st: ClientState): HTMLElement {
  const m = st.model;
  const s = ccSection('diagnostics', 'Diagnostics', `Skipped ${m.skipped.inputs} input(s) and ${m.skipped.records} record(s).`, m.diagnostics.length, 'No diagnostics.');
  const ul = ccEl('ul', 'diagnostics');
  for (const d of m.diagnostics) {
    ul.appendChild(ccEl('li', 'diag', ccBadge(d.severity, `sev sev-${d.severity}`), ' ', ccEl('code', null, d.rule), ` ${d.source}${d.line ? `:${d.line}` : ''} — ${d.message}`));
  }
  if (m.diagnostics.length) s.appendChild(ul);
  return s;
}
