/** Conflicts, agreements and the coverage matrix. */
import type { ClaimView, Excerpt } from '../model/types.js';
import type { ClientState } from './state.js';

/** One disputed or updated fact: a value table with evidence, and the update sequence. */
export function ccConflictCard(st: ClientState, c: ClaimView): HTMLElement {
  const card = ccEl('article', `card claim status-${c.status}`);
  card.id = `claim-${c.id}`;
  card.appendChild(
    ccEl('h3', null, c.topic, c.subject ? ccEl('span', 'subject', ` — ${c.subject}`) : null, ' ', ccBadge(c.status === 'updated' ? 'updated' : 'disputed', `st-${c.status}`)),
  );
  const { table, body } = ccTable('values', ['Value', 'Reported by', 'Evidence']);
  for (const v of c.values) {
    const ev = ccEl('td', 'evidence');
    // the same sentence in several articles (syndicated copies) is one line with a chip for each
    const lines = new Map<string, Excerpt[]>();
    for (const ex of v.evidence) lines.set(ex.text, [...(lines.get(ex.text) ?? []), ex]);
    for (const exs of lines.values()) {
      const line = ccEl('div', 'ev-line', ccQuoteExcerpt(exs[0]!), ' ', ccChips(st, exs));
      const outlets = exs.flatMap((ex) => st.model.articles.filter((a) => a.id === ex.article).map((a) => a.outlet));
      ev.appendChild(outlets.length ? ccOutletPart(st, line, outlets) : line);
    }
    const who = ccEl('td', null, ccOutlets(v.outlets), ccEl('div', 'muted small', `${v.independent} independent`));
    if (v.attribution.length) who.appendChild(ccEl('div', 'muted small', `according to ${v.attribution.join(', ')}`));
    const val = ccEl('th', 'value', v.label);
    val.setAttribute('scope', 'row');
    body.appendChild(ccEl('tr', null, val, who, ev));
  }
  card.appendChild(ccScroll(table, `Values reported for ${c.topic}`));
  if (c.updates.length) {
    const seq = ccEl('ol', 'sequence');
    seq.setAttribute('aria-label', 'Values in publication order');
    for (const u of c.updates) seq.appendChild(ccEl('li', null, ccEl('strong', null, u.value), ccEl('span', 'muted small', ` ${u.outlet}, ${ccDate(u.published)}`)));
    card.appendChild(ccEl('div', 'updates', ccEl('h4', null, 'Sequence of reports'), seq));
  }
  return ccRegister(st, card, c.outlets);
}

/** Conflicts section. */
export function ccConflicts(st: ClientState): HTMLElement {
  const m = st.model;
  const s = ccSection('conflicts', 'Conflicts', 'Facts the outlets report differently, and figures that changed as the story developed.', m.conflicts.length, 'No disputed facts found.', m.stats.conflictCounts);
  for (const c of m.conflicts) s.appendChild(ccConflictCard(st, c));
  return s;
}

/** Rows of facts with their values, support and evidence chips. */
export function ccAgreementRows(st: ClientState, claims: readonly ClaimView[], label: string): HTMLElement {
  const { table, body } = ccTable('agreements', ['Fact', 'Value', 'Independent sources', 'Outlets', 'Evidence']);
  for (const c of claims) {
    const fact = ccEl('th', null, c.topic);
    fact.setAttribute('scope', 'row');
    const tr = ccEl(
      'tr',
      null,
      fact,
      ccEl('td', 'value', c.values.map((v) => v.label).join(' / ')),
      ccEl('td', 'num', String(c.independent)),
      ccEl('td', null, ccOutlets(c.outlets)),
      ccEl('td', null, ccChips(st, c.values.flatMap((v) => v.evidence))),
    );
    body.appendChild(ccRegister(st, tr, c.outlets));
  }
  const wrap = ccScroll(table, label);
  wrap.classList.add('cc-group');
  return wrap;
}

/** Agreements section (and facts from a single source). */
export function ccAgreements(st: ClientState): HTMLElement {
  const m = st.model;
  const s = ccSection('agreements', 'Agreements', 'Facts several outlets report the same way; syndicated copies count once.', m.agreements.length, 'No facts reported alike by several outlets.');
  if (m.agreements.length) s.appendChild(ccAgreementRows(st, m.agreements, 'Agreed facts'));
  // facts from one source are not agreements: listed under them, folded, with their count
  if (m.singles.length) {
    const singles = ccEl('details', 'cc-group fold-inner', ccEl('summary', null, ccEl('h3', null, 'Reported by a single source', ccEl('span', 'count', ` ${m.singles.length}`))), ccAgreementRows(st, m.singles, 'Single-source facts'));
    (singles as HTMLDetailsElement).open = m.singles.length <= 3;
    s.appendChild(singles);
  }
  return s;
}

/** Facts × outlets: who reports what, who leaves what out. */
export function ccCoverage(st: ClientState): HTMLElement {
  const cov = st.model.coverage;
  const s = ccSection('coverage', 'Coverage', 'Which outlet reports which fact (— means the outlet does not mention it).', cov.rows.length, 'No facts to compare.');
  if (!cov.rows.length) return s;
  const head = ccEl('tr', null, ccEl('th', null, 'Fact'));
  head.firstElementChild?.setAttribute('scope', 'col');
  cov.outlets.forEach((o) => {
    const th = ccEl('th', null, o);
    th.setAttribute('scope', 'col');
    head.appendChild(th);
    st.columns.set(o, [th]);
  });
  const body = ccEl('tbody');
  for (const r of cov.rows) {
    const fact = ccEl('th', null, r.topic, r.status === 'conflict' || r.status === 'updated' ? ccBadge(r.status === 'updated' ? 'updated' : 'disputed', `st-${r.status}`) : null);
    fact.setAttribute('scope', 'row');
    const tr = ccEl('tr', `status-${r.status}`, fact);
    r.cells.forEach((c, i) => {
      const td = c === null ? ccEl('td', 'missing', '—') : ccEl('td', null, c);
      if (c === null) td.setAttribute('aria-label', 'not reported');
      tr.appendChild(td);
      st.columns.get(cov.outlets[i] ?? '')?.push(td);
    });
    body.appendChild(ccRegister(st, tr, cov.outlets.filter((_, i) => r.cells[i] !== null)));
  }
  const wrap = ccScroll(ccEl('table', 'coverage', ccEl('thead', null, head), body), 'Coverage matrix');
  wrap.classList.add('cc-group');
  s.appendChild(wrap);
  return s;
}
