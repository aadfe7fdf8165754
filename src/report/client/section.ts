/** The frame shared by every report section. */

/**
 * A <section> with an id (for the navigation), a heading with its count (or `countText`, when a
 * bare number would hide what is counted), an intro line and a note when empty.
 */
export function ccSection(id: string, title: string, intro: string, count: number, empty: string, countText?: string): HTMLElement {
  const h = ccEl('h2', null, title, ccEl('span', 'count', ` ${countText ?? count}`));
  const s = ccEl('section', `section section-${id}`, h);
  s.id = id;
  s.setAttribute('aria-labelledby', `${id}-h`);
  h.id = `${id}-h`;
  if (intro) s.appendChild(ccEl('p', 'intro', intro));
  if (count === 0) s.appendChild(ccEl('p', 'empty', empty));
  return s;
}
