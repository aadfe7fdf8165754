/** The frame shared by every report section, and its fold (a <details> that works without script). */

/**
 * A <section> with an id (for the navigation), a heading with its count, an intro line and a
 * note when empty. `countLabel` replaces the bare number in the heading ("35 quotes, 16 speakers").
 */
export function ccSection(id: string, title: string, intro: string, count: number, empty: string, countLabel?: string): HTMLElement {
  const h = ccEl('h2', null, title, ccEl('span', 'count', ` ${countLabel ?? count}`));
  const s = ccEl('section', `section section-${id}`, h);
  s.id = id;
  s.dataset.count = String(count);
  // big reports lay such sections out lazily (CSS: .large .many)
  if (count > 20) s.classList.add('many');
  s.setAttribute('aria-labelledby', `${id}-h`);
  h.id = `${id}-h`;
  if (intro) s.appendChild(ccEl('p', 'intro', intro));
  if (count === 0) s.appendChild(ccEl('p', 'empty', empty));
  return s;
}

/**
 * Put a section's content under its heading in a <details>: the heading (with its count) is the
 * <summary>, so a closed section is one line. Native, so it opens without script and by keyboard.
 */
export function ccFold(s: HTMLElement, open: boolean): HTMLElement {
  const h = s.querySelector('h2');
  if (!h) return s;
  const rest = Array.from(s.childNodes).filter((n) => n !== h);
  const d = ccEl('details', 'fold', ccEl('summary', null, h), ...rest);
  (d as HTMLDetailsElement).open = open;
  s.replaceChildren(d);
  return s;
}

/** Open the fold holding `el` (a navigation target, a search hit); says whether one was closed. */
export function ccUnfold(el: Element | null): boolean {
  const d = el?.closest('section')?.querySelector<HTMLDetailsElement>('details.fold');
  if (!d || d.open) return false;
  d.open = true;
  return true;
}
