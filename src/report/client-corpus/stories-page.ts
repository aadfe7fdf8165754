/** The stories list: newest first, filtered by text and `since` (kept in the page URL). */

interface CorpusStory {
  id: number;
  title: string | null;
  articleCount: number;
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  conflicts: number | null;
}

/** Draw the stories page into `root`. */
export function ccStoriesPage(root: HTMLElement): void {
  const params = new URLSearchParams(location.search);
  const q = ccField('Filter', 'cc-q', 'search', params.get('q') ?? '');
  const since = ccField('Since', 'cc-since', 'date', params.get('since') ?? '');
  q.input.setAttribute('maxlength', '200');
  const go = ccEl('button', null, 'Apply');
  go.setAttribute('type', 'button');
  const status = ccEl('p', 'muted small');
  status.id = 'cc-counts';
  status.setAttribute('aria-live', 'polite');
  const { table, body } = ccTable('stories', ['Story', 'Articles', 'Outlets', 'Dates', 'Conflicts']);
  const load = async () => {
    const p = new URLSearchParams();
    if (q.input.value.trim()) p.set('q', q.input.value.trim());
    if (since.input.value) p.set('since', since.input.value);
    history.replaceState(null, '', p.toString() ? `/?${p}` : '/');
    p.set('limit', '200');
    root.setAttribute('aria-busy', 'true');
    const r = await ccGetJson<{ counts: { articles: number; stories: number }; stories: CorpusStory[] }>(`/api/stories?${p}`);
    body.replaceChildren(
      ...r.stories.map((s) =>
        ccEl(
          'tr',
          'story-row',
          ccEl('td', null, ccStoryLink(s.id, s.title ?? `Story ${s.id}`)),
          ccEl('td', 'num', String(s.articleCount)),
          ccEl('td', null, ccOutlets(s.outlets)),
          ccEl('td', null, ccDateRange(s.firstPublished, s.lastPublished)),
          ccEl('td', 'num', s.conflicts === null ? '–' : String(s.conflicts)),
        ),
      ),
    );
    status.textContent = `${r.stories.length} stor${r.stories.length === 1 ? 'y' : 'ies'} shown · the store holds ${r.counts.articles} article(s) in ${r.counts.stories} stor${r.counts.stories === 1 ? 'y' : 'ies'}`;
    root.setAttribute('aria-busy', 'false');
  };
  const run = () => void load().catch((e: unknown) => ccFail(root, e));
  go.addEventListener('click', run);
  for (const f of [q.input, since.input]) f.addEventListener('keydown', (e) => e.key === 'Enter' && run());
  root.replaceChildren(ccEl('h1', null, 'Stories'), ccEl('div', 'toolbar', q.wrap, since.wrap, go), status, ccScroll(table, 'Stories'));
  run();
}
