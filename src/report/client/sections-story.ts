/** Timeline, quote ledger and the roster of people and organisations. */
import type { DiffPart, QuoteView } from '../model/types.js';
import type { ClientState } from './state.js';

/** Vertical timeline by date; conflicting dates are flagged. */
export function ccTimeline(st: ClientState): HTMLElement {
  const m = st.model;
  const n = m.timeline.reduce((k, d) => k + d.events.length, 0);
  const s = ccSection('timeline', 'Timeline', 'Events by date, with the outlets that report them.', n, 'No dated events found.');
  const ol = ccEl('ol', 'timeline');
  for (const day of m.timeline) {
    const events = ccEl('ul', 'events');
    for (const ev of day.events) {
      const li = ccEl(
        'li',
        `event${ev.dateConflict ? ' date-conflict' : ''}`,
        ccEl('p', 'desc', ev.description, ev.dateConflict ? ccBadge('date disputed', 'st-conflict') : null),
        ccEl('div', 'event-meta', ccOutlets(ev.outlets), ' ', ccChips(st, ev.evidence)),
      );
      if (ev.entities.length) li.appendChild(ccEl('p', 'muted small', ev.entities.join(', ')));
      events.appendChild(ccRegister(st, li, ev.outlets));
    }
    const time = ccEl('time', 'day', day.date);
    time.setAttribute('datetime', day.date);
    ol.appendChild(ccEl('li', 'timeline-day', time, events));
  }
  if (n) s.appendChild(ol);
  return s;
}

/** A word diff: removed words struck through, added words underlined. */
export function ccDiff(parts: readonly DiffPart[]): HTMLElement {
  const wrap = ccEl('span', 'diff');
  for (const p of parts) wrap.appendChild(p.op === 'eq' ? document.createTextNode(p.text) : ccEl(p.op === 'del' ? 'del' : 'ins', null, p.text));
  return wrap;
}

/** One quote in a speaker's list: the words, who carries it, first appearance, altered wordings. */
export function ccQuoteItem(st: ClientState, q: QuoteView): HTMLElement {
  const li = ccEl('li', 'quote', ccEl('blockquote', null, q.text));
  // one line: a chip per carrying article (it names the outlet and opens the quote there)
  const meta = ccEl('p', 'meta', 'Carried by ', ccChips(st, q.variants.flatMap((v) => v.evidence)));
  if (q.first) meta.append(ccEl('span', 'first', ` · first in ${q.first.outlet}, ${ccDate(q.first.published)}`));
  if (q.speakerConflict) meta.append(ccBadge('speaker disputed', 'st-conflict'));
  if (q.altered) meta.append(ccBadge('wording altered', 'st-updated'));
  li.appendChild(meta);
  if (q.speakerConflict) {
    const who2 = ccEl('p', 'meta', 'Attributed to ');
    q.attributions.forEach((x, i) => who2.append(i ? '; ' : '', ccEl('strong', null, x.speaker), ` by ${x.outlets.join(', ')}`));
    li.appendChild(who2);
  }
  for (const v of q.variants) {
    if (v.diff.length) li.appendChild(ccEl('div', 'variant', ccEl('span', 'muted small', 'Altered wording in '), ccChips(st, v.evidence), ccEl('p', 'diff-line', ccDiff(v.diff))));
  }
  return ccRegister(st, li, q.outlets);
}

/** Quote ledger: one card per speaker with their quotes, each with its outlets and altered wordings. */
export function ccQuotes(st: ClientState): HTMLElement {
  const m = st.model;
  const n = m.quotes.length;
  const label = `${n} quote${n === 1 ? '' : 's'}, ${m.speakers.length} speaker${m.speakers.length === 1 ? '' : 's'}`;
  const s = ccSection('quotes', 'Quote ledger', 'Who said what, every outlet carrying it, and where the wording differs.', n, 'No quotes found.', label);
  for (const g of m.speakers) {
    const count = ccEl('span', 'muted small', ` · ${g.quotes.length} quote${g.quotes.length === 1 ? '' : 's'}`);
    const who = ccEl('h3', 'speaker', g.speaker ?? 'Unattributed', g.role ? ccEl('span', 'role', ` (${g.role})`) : null, count);
    // a speaker's first three quotes (the most carried) show; the rest fold under a count
    const items = g.quotes.flatMap((i) => (m.quotes[i] ? [ccQuoteItem(st, m.quotes[i])] : []));
    const card = ccEl('article', 'card speaker-group cc-group', who, ccEl('ul', 'quote-list', ...items.slice(0, 3)));
    if (items.length > 3) {
      const more = items.length - 3;
      card.appendChild(ccEl('details', 'fold-inner more-quotes', ccEl('summary', null, `${more} more quote${more === 1 ? '' : 's'} from ${g.speaker ?? 'unattributed speakers'}`), ccEl('ul', 'quote-list', ...items.slice(3))));
    }
    s.appendChild(card);
  }
  return s;
}

/** People, organisations and places with aliases, roles and mentions per outlet. */
export function ccEntities(st: ClientState): HTMLElement {
  const m = st.model;
  const s = ccSection('entities', 'People and organisations', 'Names merged across outlets, with roles and how often each outlet mentions them.', m.entities.length, 'No people or organisations found.');
  if (!m.entities.length) return s;
  const { table, body } = ccTable('roster', ['Name', 'Type', 'Also called', 'Roles', 'Mentions']);
  for (const e of m.entities) {
    const roles = ccEl('td');
    for (const r of e.roles) roles.appendChild(ccEl('div', null, r.text, ccEl('span', 'muted small', ` (${r.outlets.join(', ')})`)));
    const mentions = ccEl('td', 'mentions');
    for (const o of e.outlets) mentions.appendChild(ccEl('span', 'badge outlet', `${o.outlet} ${o.count}`));
    const name = ccEl('th', null, e.name);
    name.setAttribute('scope', 'row');
    const aliases = ccEl('td', null, e.aliases.join(', '));
    aliases.dataset.label = 'Also called: ';
    if (!e.aliases.length) aliases.classList.add('blank');
    roles.dataset.label = 'Roles: ';
    if (!e.roles.length) roles.classList.add('blank');
    mentions.dataset.label = 'Mentions: ';
    const tr = ccEl('tr', null, name, ccEl('td', 'muted', e.type), aliases, roles, mentions);
    body.appendChild(ccRegister(st, tr, e.outlets.map((o) => o.outlet)));
  }
  const wrap = ccScroll(table, 'People and organisations');
  wrap.classList.add('cc-group');
  s.appendChild(wrap);
  return s;
}
