/** Evidence chips: buttons that open the article at the supporting span. */
import type { Excerpt } from '../model/types.js';
import type { ClientState } from './state.js';

/** A chip naming the outlet; hover shows the sentence, click opens the article at the span. */
export function ccChip(st: ClientState, ex: Excerpt): HTMLElement {
  const art = st.model.articles.find((a) => a.id === ex.article);
  const outlet = art ? art.outlet : ex.article;
  const b = ccEl('button', 'chip', outlet);
  b.setAttribute('type', 'button');
  b.setAttribute('title', ex.text);
  b.setAttribute('aria-label', `Open evidence in ${outlet} (${ex.article}, characters ${ex.start}–${ex.end})`);
  b.dataset.article = ex.article;
  b.dataset.start = String(ex.start);
  b.dataset.end = String(ex.end);
  b.addEventListener('click', () => ccOpenArticle(st, ex.article, ex.start, ex.end, b, ex.contextStart, ex.contextStart + ex.text.length));
  return b;
}

/** Chips for some excerpts, at most one per article (the first), in a wrapping row. */
export function ccChips(st: ClientState, exs: readonly Excerpt[]): HTMLElement {
  const wrap = ccEl('span', 'chips');
  const seen = new Set<string>();
  for (const ex of exs) {
    if (seen.has(ex.article)) continue;
    seen.add(ex.article);
    const chip = ccChip(st, ex);
    const art = st.model.articles.find((a) => a.id === ex.article);
    wrap.appendChild(art ? ccOutletPart(st, chip, art.outlet) : chip);
  }
  return wrap;
}
