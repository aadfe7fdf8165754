/** The Framing section: one sub-section per lens, its method in one line, evidence chips per figure. */
import type { ClientState } from './state.js';

/** How each outlet tells the story: terms, labels, scare quotes, voices, tone, omissions. */
export function ccFraming(st: ClientState): HTMLElement {
  const m = st.model;
  const s = ccSection('framing', 'Framing', 'How each outlet tells the story, next to the others; every figure opens its evidence.', m.framing.length, 'No framing figures.');
  for (const p of m.framing) {
    const part = ccEl('div', `framing-part framing-${p.key}`, ccEl('h3', null, p.title), ccEl('p', 'how muted small', `How: ${p.how}`));
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
