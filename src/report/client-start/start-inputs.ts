/**
 * The start page's list of inputs, drawn from GET /api/inputs. Shipped to the browser as source
 * text (see ../client-bundle.ts): self-contained function declarations only. Titles, outlets and
 * links are article data: they only ever become Text nodes, and a link is shown, never followed.
 */
import type { InputView } from './types.js';

/** "Harbour Gazette · 2026-02-10 · 412 words" for one article. */
export function ccStartArticleLine(a: InputView['articles'][number]): HTMLElement {
  const meta = [a.outlet ?? 'no outlet', a.published ? a.published.slice(0, 10) : 'undated', `${a.words} word${a.words === 1 ? '' : 's'}`].join(' · ');
  return ccEl('div', 'start-article', ccEl('span', 'start-title', a.title ?? '(no title)'), ' ', ccEl('span', 'muted', meta));
}

/** One input as a list item: state, name, its articles or the reason it gave none, and Remove. */
export function ccStartInput(input: InputView, remove: (id: string) => void): HTMLElement {
  const label = { loading: 'loading…', ready: input.articles.length > 1 ? `${input.articles.length} articles` : 'ready', failed: 'failed', duplicate: 'duplicate' }[input.status];
  const li = ccEl('li', `start-input ${input.status}`);
  li.dataset.id = input.id;
  li.dataset.status = input.status;
  const button = ccEl('button', 'start-remove', 'Remove');
  button.setAttribute('type', 'button');
  button.setAttribute('aria-label', `Remove ${input.label}`);
  button.addEventListener('click', () => remove(input.id));
  li.append(ccEl('div', 'start-input-head', ccBadge(label, `state-${input.status}`), ' ', ccEl('span', 'start-label', input.label), ' ', button));
  for (const a of input.articles) li.append(ccStartArticleLine(a));
  if (input.reason) {
    const why = ccEl('p', 'start-reason', input.reason);
    if (input.status === 'failed') why.setAttribute('role', 'note');
    li.append(why);
  }
  for (const n of input.notes) li.append(ccEl('p', 'start-note muted small', n));
  return li;
}

/** The list, with a heading counting inputs and ready articles. */
export function ccStartList(inputs: readonly InputView[], remove: (id: string) => void): HTMLElement {
  const articles = inputs.reduce((n, i) => n + i.articles.length, 0);
  const section = ccEl('section', 'start-list');
  section.setAttribute('aria-labelledby', 'cc-inputs-title');
  const h = ccEl('h2', null, inputs.length ? `Inputs (${inputs.length}) · ${articles} article${articles === 1 ? '' : 's'}` : 'No articles yet');
  h.id = 'cc-inputs-title';
  const ul = ccEl('ul', 'start-inputs');
  ul.id = 'cc-inputs';
  for (const i of inputs) ul.append(ccStartInput(i, remove));
  section.append(h, ul);
  if (!inputs.length) section.append(ccEl('p', 'muted', 'Paste links or drop files above; each article shows here as it arrives, and the analysis appears below once there is one.'));
  return section;
}
