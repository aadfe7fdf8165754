/** The Framing section: one sub-section per lens, its method in one line, evidence chips per figure. */
import type { ClientState } from './state.js';

/** How each outlet tells the story: terms, labels, scare quotes, voices, tone, omissions. */
export function ccFraming(st: ClientState): HTMLElement {
  const m = st.model;
  const n = m.framing.reduce((k, p) => k + p.outlets.reduce((j, o) => j + o.items.length, 0), 0);
  const label = `${n} figure${n === 1 ? '' : 's'} in ${m.framing.length} lens${m.framing.length === 1 ? '' : 'es'}`;
  const s = ccSection('framing', 'Framing', 'How each outlet tells the story, next to the others; every figure opens its evidence.', n, 'No framing figures.', label);
  for (const p of m.framing) {
    // each lens folds to its title and count; a lens with more than 5 figures starts folded
    const k = p.outlets.reduce((j, o) => j + o.items.length, 0);
    const head = ccEl('summary', null, ccEl('h3', null, p.title), ccEl('span', 'count', ` ${k} figure${k === 1 ? '' : 's'}, ${p.outlets.length} outlet${p.outlets.length === 1 ? '' : 's'}`));
    const part = ccEl('details', `fold-inner framing-part framing-${p.key}`, head, ccEl('p', 'how muted small', `How: ${p.how}`));
    (part as HTMLDetailsElement).open = k <= 5;
    const outlets = ccEl('ul', 'framing');
    for (const o of p.outlets) {
      const items = ccEl('ul', 'framing-items');
      for (const it of o.items) {
        items.appendChild(ccEl('li', 'framing-item', ccEl('span', 'figure-text', it.text), it.figure ? ccEl('span', 'muted small', ` ${it.figure} `) : null, it.evidence.length ? ccChips(st, it.evidence) : null));
      }
      outlets.appendChild(ccRegister(st, ccEl('li', 'framing-outlet', ccEl('strong', null, o.outlet), items), [o.outlet]));
    }
    part.appendChild(outlets);
    s.appendChild(part);
  }
  return s;
}
