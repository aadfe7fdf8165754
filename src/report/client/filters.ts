/** Browser-side filtering by outlet and by search text. */
import type { ClientState } from './state.js';

/** Make an element filterable: hidden when none of its outlets is active or its text misses the query. */
export function ccRegister(st: ClientState, el: HTMLElement, outlets: readonly string[]): HTMLElement {
  el.classList.add('cc-item');
  st.items.push({ el, outlets, text: '' });
  return el;
}

/** Tie a part of an item to its outlets: it hides when all of them are switched off. */
export function ccOutletPart(st: ClientState, el: HTMLElement, outlets: string | readonly string[]): HTMLElement {
  st.outletParts.push({ el, outlets: typeof outlets === 'string' ? [outlets] : outlets });
  return el;
}

/** Show and hide registered items and coverage columns; update the status line. */
export function ccApplyFilters(st: ClientState): void {
  const q = st.query.trim().toLowerCase();
  let shown = 0;
  for (let i = 0; i < st.items.length; i++) {
    const it = st.items[i]!;
    // search text is read lazily once: textContent of a built subtree is stable
    const text = it.text || (st.items[i] = { ...it, text: (it.el.textContent ?? '').toLowerCase() }).text;
    const outletOk = it.outlets.length === 0 || it.outlets.some((o) => st.active.has(o));
    const visible = outletOk && (q === '' || text.includes(q));
    it.el.hidden = !visible;
    if (visible) shown++;
  }
  for (const p of st.outletParts) p.el.hidden = !p.outlets.some((o) => st.active.has(o));
  // a table or group whose items are all hidden disappears with its headers
  for (const g of Array.from(st.root.querySelectorAll<HTMLElement>('.cc-group'))) g.hidden = !g.querySelector('.cc-item:not([hidden])');
  for (const [outlet, cells] of st.columns) for (const c of cells) c.hidden = !st.active.has(outlet);
  // a search opens the folded sections it finds something in; clearing it folds them again
  for (const d of Array.from(st.root.querySelectorAll<HTMLDetailsElement>('details.fold, details.fold-inner'))) {
    if (q && !d.open && d.querySelector('.cc-item:not([hidden])')) {
      d.open = true;
      d.dataset.searchOpened = 'true';
    } else if (!q && d.dataset.searchOpened) {
      d.open = false;
      delete d.dataset.searchOpened;
    }
  }
  const status = st.root.querySelector('#cc-filter-status');
  if (status) status.textContent = shown === st.items.length ? `Showing all ${shown} items` : `Showing ${shown} of ${st.items.length} items`;
}
