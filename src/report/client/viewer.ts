/** The article viewer: the full normalised text with one span highlighted. */
import type { ClientState } from './state.js';

/**
 * Open article `id` with characters [start, end) highlighted and scrolled into view; the
 * surrounding sentence [ctxStart, ctxEnd), when given, is shaded so a one-word span reads in context.
 */
export function ccOpenArticle(st: ClientState, id: string, start: number, end: number, opener: HTMLElement | null, ctxStart?: number, ctxEnd?: number): void {
  const art = st.model.articles.find((a) => a.id === id);
  const viewer = st.root.querySelector<HTMLElement>('#cc-viewer');
  if (!art || !viewer) return;
  st.opener = opener;
  viewer.replaceChildren();
  const close = ccEl('button', 'close', 'Close');
  close.setAttribute('type', 'button');
  close.setAttribute('aria-label', 'Close article and return to the evidence');
  close.addEventListener('click', () => ccCloseViewer(st));
  const heading = ccEl('h2', null, art.title);
  heading.id = 'cc-viewer-title';
  const meta = ccEl('p', 'meta', `${art.outlet} · ${ccDate(art.published)} · ${art.id}`);
  if (art.author) meta.appendChild(document.createTextNode(` · ${art.author}`));
  if (art.url && /^https?:\/\//i.test(art.url)) {
    const link = ccEl('a', null, 'original');
    link.setAttribute('href', art.url);
    link.setAttribute('rel', 'noopener noreferrer');
    link.setAttribute('target', '_blank');
    meta.append(' · ', link);
  }
  const s = Math.max(0, Math.min(start, art.text.length));
  const e = Math.max(s, Math.min(end, art.text.length));
  const body = ccEl('div', 'article-text');
  const hit = ccEl('mark', 'hit', art.text.slice(s, e));
  hit.id = 'cc-hit';
  hit.setAttribute('tabindex', '-1');
  const cs = ctxStart !== undefined && ctxStart <= s ? Math.max(0, ctxStart) : s;
  const ce = ctxEnd !== undefined && ctxEnd >= e ? Math.min(art.text.length, ctxEnd) : e;
  if (cs < s || ce > e) {
    const ctx = ccEl('span', 'hit-context', art.text.slice(cs, s), hit, art.text.slice(e, ce));
    body.append(art.text.slice(0, cs), ctx, art.text.slice(ce));
  } else body.append(art.text.slice(0, s), hit, art.text.slice(e));
  const where = ccEl('p', 'meta', `Characters ${s}–${e} of ${art.text.length}`);
  viewer.append(ccEl('div', 'viewer-bar', close), heading, meta, where, body);
  viewer.hidden = false;
  viewer.setAttribute('aria-labelledby', 'cc-viewer-title');
  document.body.classList.add('viewer-open');
  if (e > s) {
    hit.scrollIntoView({ block: 'center' });
    hit.focus({ preventScroll: true });
  } else close.focus();
}

/** Close the viewer and give focus back to the chip that opened it. */
export function ccCloseViewer(st: ClientState): void {
  const viewer = st.root.querySelector<HTMLElement>('#cc-viewer');
  if (!viewer || viewer.hidden) return;
  viewer.hidden = true;
  viewer.replaceChildren();
  document.body.classList.remove('viewer-open');
  if (st.opener && st.opener.isConnected) st.opener.focus();
  st.opener = null;
}
