/** Search: words → article hits with the matches highlighted, each linking to its story. */

interface CorpusHit {
  articleId: string;
  storyId: number | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string;
}

/** Draw the search page into `root`; `?q=` in the URL searches at once. */
export function ccSearchPage(root: HTMLElement): void {
  const q = ccField('Search articles', 'cc-search', 'search', new URLSearchParams(location.search).get('q') ?? '');
  q.input.setAttribute('maxlength', '200');
  const go = ccEl('button', null, 'Search');
  go.setAttribute('type', 'button');
  const status = ccEl('p', 'muted small');
  status.setAttribute('aria-live', 'polite');
  const list = ccEl('ol', 'hits');
  const load = async () => {
    const term = q.input.value.trim();
    history.replaceState(null, '', term ? `/search?${new URLSearchParams({ q: term })}` : '/search');
    if (!term) return void list.replaceChildren();
    root.setAttribute('aria-busy', 'true');
    const r = await ccGetJson<{ markers: [string, string]; hits: CorpusHit[] }>(`/api/search?${new URLSearchParams({ q: term, limit: '50' })}`);
    list.replaceChildren(
      ...r.hits.map((h) =>
        ccEl(
          'li',
          'hit-row',
          ccStoryLink(h.storyId, h.title ?? h.articleId),
          ccEl('p', 'meta', `${h.outlet ?? 'no outlet'} · ${ccDate(h.published)} · ${h.storyId === null ? 'no story' : `story ${h.storyId}`}`),
          ccEl('p', null, ccSnippet(h.snippet, r.markers[0], r.markers[1])),
        ),
      ),
    );
    status.textContent = `${r.hits.length} hit(s)`;
    root.setAttribute('aria-busy', 'false');
  };
  const run = () => void load().catch((e: unknown) => ccFail(root, e));
  go.addEventListener('click', run);
  q.input.addEventListener('keydown', (e) => e.key === 'Enter' && run());
  root.replaceChildren(ccEl('h1', null, 'Search'), ccEl('div', 'toolbar', q.wrap, go), status, list);
  root.setAttribute('aria-busy', 'false');
  if (q.input.value.trim()) run();
}
