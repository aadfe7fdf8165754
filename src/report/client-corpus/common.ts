/**
 * Corpus UI helpers shipped to the browser as source text (see ../client-bundle.ts): each is a
 * self-contained function declaration using only its parameters, browser globals and other
 * client functions. Untrusted text only ever becomes Text nodes.
 */

/** GET a JSON API path; a non-2xx answer throws with the server's one-line error. */
export async function ccGetJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = (await res.json().catch(() => ({}))) as { error?: unknown };
  if (!res.ok) throw new Error(typeof body.error === 'string' ? body.error : `HTTP ${res.status}`);
  return body as T;
}

/** A link to story `id`; the href is built from a checked integer only, never from text. */
export function ccStoryLink(id: unknown, label: string): HTMLElement {
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return ccEl('span', null, label);
  const a = ccEl('a', 'story-link', label);
  a.setAttribute('href', `/stories/${id}`);
  return a;
}

/**
 * A search snippet with the matches between `open` and `close` as <mark> elements, built from
 * Text nodes: the snippet is article text and must never be parsed as HTML.
 */
export function ccSnippet(snippet: string, open: string, close: string): HTMLElement {
  const wrap = ccEl('span', 'snippet');
  let rest = snippet;
  while (rest.length) {
    const a = rest.indexOf(open);
    if (a < 0) break;
    const b = rest.indexOf(close, a + open.length);
    if (b < 0) break;
    if (a > 0) wrap.appendChild(document.createTextNode(rest.slice(0, a)));
    wrap.appendChild(ccEl('mark', null, rest.slice(a + open.length, b)));
    rest = rest.slice(b + close.length);
  }
  // unpaired markers left over are dropped, not shown as odd characters
  const tail = rest.split(open).join('').split(close).join('');
  if (tail) wrap.appendChild(document.createTextNode(tail));
  return wrap;
}

/** "first – last" publication dates of a story. */
export function ccDateRange(first: string | null, last: string | null): string {
  const a = first ? first.slice(0, 10) : null;
  const b = last ? last.slice(0, 10) : null;
  if (!a && !b) return 'undated';
  return a === b || !b ? (a ?? '') : !a ? b : `${a} – ${b}`;
}

/** Show an error in place of the page content. */
export function ccFail(root: HTMLElement, e: unknown): void {
  const p = ccEl('p', 'error', `Could not load: ${e instanceof Error ? e.message : String(e)}`);
  p.setAttribute('role', 'alert');
  root.replaceChildren(p);
  root.setAttribute('aria-busy', 'false');
}

/** A labelled text input. */
export function ccField(label: string, id: string, type: string, value: string): { wrap: HTMLElement; input: HTMLInputElement } {
  const input = document.createElement('input');
  input.id = id;
  input.type = type;
  input.value = value;
  const l = ccEl('label', null, label);
  l.setAttribute('for', id);
  return { wrap: ccEl('span', 'field', l, input), input };
}

/** A table cell that names its column (`label`) for the stacked phone layout (CSS shows it before the value). */
export function ccCell(cls: string | null, label: string, ...kids: (Node | string)[]): HTMLElement {
  const td = ccEl('td', cls, ...kids);
  td.dataset.label = `${label}: `;
  return td;
}
