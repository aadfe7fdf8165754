/**
 * Browser-side DOM helpers. Every function in src/report/client/ is shipped to
 * the browser as source text (see client-bundle.ts): each must be a
 * self-contained function declaration that refers only to its parameters,
 * browser globals and other exported client functions — no module-level values.
 * Untrusted text only ever becomes a Text node; never innerHTML.
 */
import type { Excerpt } from '../model/types.js';

type Kid = Node | string | null | undefined | false;

/** Create an element with an optional class and children (strings become text nodes). */
export function ccEl(tag: string, cls?: string | null, ...kids: Kid[]): HTMLElement {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  for (const k of kids) {
    if (k === null || k === undefined || k === false) continue;
    el.appendChild(typeof k === 'string' ? document.createTextNode(k) : k);
  }
  return el;
}

/** A short label badge. */
export function ccBadge(text: string, cls?: string): HTMLElement {
  return ccEl('span', `badge${cls ? ` ${cls}` : ''}`, text);
}

/** A row of outlet badges. */
export function ccOutlets(outlets: readonly string[]): HTMLElement {
  const wrap = ccEl('span', 'outlets');
  for (const o of outlets) wrap.appendChild(ccBadge(o, 'outlet'));
  if (!outlets.length) wrap.appendChild(ccEl('span', 'muted', 'no outlet'));
  return wrap;
}

/** Text with one range wrapped in <mark>. */
export function ccMarked(text: string, mark: readonly [number, number] | null, cls?: string): HTMLElement {
  const wrap = ccEl('span', cls ?? 'excerpt-text');
  if (!mark) {
    wrap.appendChild(document.createTextNode(text));
    return wrap;
  }
  wrap.appendChild(document.createTextNode(text.slice(0, mark[0])));
  wrap.appendChild(ccEl('mark', null, text.slice(mark[0], mark[1])));
  wrap.appendChild(document.createTextNode(text.slice(mark[1])));
  return wrap;
}

/** "2025-06-10T08:00:00Z" → "2025-06-10 08:00 UTC"; dates stay as they are. */
export function ccDate(iso: string | null): string {
  if (!iso) return 'undated';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (!m) return iso;
  return `${m[1]} ${m[2]}${m[3] === 'Z' ? ' UTC' : m[3] ? ` ${m[3]}` : ''}`;
}

/** An excerpt as a quotation with the marked part highlighted. */
export function ccQuoteExcerpt(ex: Excerpt): HTMLElement {
  return ccEl('q', 'excerpt', ex.clipped[0] ? '…' : null, ccMarked(ex.text, ex.mark), ex.clipped[1] ? '…' : null);
}

/** A table with a header row; returns the table and its body. */
export function ccTable(cls: string, headers: readonly string[]): { table: HTMLElement; body: HTMLElement } {
  const head = ccEl('tr');
  for (const h of headers) {
    const th = ccEl('th', null, h);
    th.setAttribute('scope', 'col');
    head.appendChild(th);
  }
  const body = ccEl('tbody');
  const table = ccEl('table', cls, ccEl('thead', null, head), body);
  return { table, body };
}

/** Wrap a wide table so it scrolls sideways on narrow screens instead of widening the page. */
export function ccScroll(table: HTMLElement, label: string): HTMLElement {
  const wrap = ccEl('div', 'table-scroll', table);
  wrap.setAttribute('tabindex', '0');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', label);
  return wrap;
}
