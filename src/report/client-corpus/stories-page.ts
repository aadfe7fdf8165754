/** The stories list: newest first, filtered by text and `since` (kept in the page URL). */

interface CorpusStory {
  id: number;
  title: string | null;
  articleCount: number;
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  conflicts: number | null;
  updates: number | null;
}

/**
 * Why a story shows "–" for conflicts, by how the store analyses: on PostgreSQL the workers do
 * (until they run, every new story is "–"); on SQLite ingest does, unless run with --no-analyse.
 * Either way, opening the story analyses it there and then.
 */
export function ccNotAnalysedHint(storeKind: string): string {
  const how = storeKind === 'postgres' ? 'run crosscheck worker --db <this database> to analyse every story' : 'crosscheck ingest analyses stories when it finishes, unless run with --no-analyse';
  return `not analysed yet — ${how}; opening a story analyses it now`;
}

/**
 * The conflicts and updates cell of a story not analysed yet (one cell over both columns): "–" to
 * the eye, the reason to screen readers and on hover.
 */
export function ccNotAnalysedCell(hint: string): HTMLElement {
  const dash = ccEl('span', null, '–');
  dash.setAttribute('aria-hidden', 'true');
  const td = ccCell('num not-analysed', 'Conflicts', dash, ccEl('span', 'visually-hidden', 'not analysed yet'));
  td.setAttribute('title', hint);
  td.setAttribute('colspan', '2');
  return td;
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
  const { table, body } = ccTable('stories', ['Story', 'Articles', 'Outlets', 'Dates', 'Conflicts', 'Updates']);
  // shown under the table while some listed story is not analysed: what "–" means and what to do
  const legend = ccEl('p', 'muted small legend');
  legend.id = 'cc-legend';
  legend.hidden = true;
  const load = async () => {
    const p = new URLSearchParams();
    if (q.input.value.trim()) p.set('q', q.input.value.trim());
    if (since.input.value) p.set('since', since.input.value);
    history.replaceState(null, '', p.toString() ? `/?${p}` : '/');
    p.set('limit', '200');
    root.setAttribute('aria-busy', 'true');
    const r = await ccGetJson<{ counts: { articles: number; stories: number }; storeKind: string; stories: CorpusStory[] }>(`/api/stories?${p}`);
    const hint = ccNotAnalysedHint(r.storeKind);
    body.replaceChildren(
      ...r.stories.map((s) =>
        ccEl(
          'tr',
          'story-row',
          ccEl('td', null, ccStoryLink(s.id, s.title ?? `Story ${s.id}`)),
          ccCell('num', 'Articles', String(s.articleCount)),
          ccCell(null, 'Outlets', ccOutlets(s.outlets)),
          ccCell('dates', 'Dates', ccDateRange(s.firstPublished, s.lastPublished)),
          // the report's "3 conflicts, 2 updates" as two columns: its Conflicts section lists both
          ...(s.conflicts === null ? [ccNotAnalysedCell(hint)] : [ccCell('num', 'Conflicts', String(s.conflicts)), ccCell('num', 'Updates', String(s.updates ?? 0))]),
        ),
      ),
    );
    const pending = r.stories.filter((s) => s.conflicts === null).length;
    legend.textContent = `– in Conflicts (${pending} of ${r.stories.length} stor${r.stories.length === 1 ? 'y' : 'ies'}): ${hint}.`;
    legend.hidden = pending === 0;
    status.textContent = `${r.stories.length} stor${r.stories.length === 1 ? 'y' : 'ies'} shown · the store holds ${r.counts.articles} article(s) in ${r.counts.stories} stor${r.counts.stories === 1 ? 'y' : 'ies'}`;
    root.setAttribute('aria-busy', 'false');
  };
  const run = () => void load().catch((e: unknown) => ccFail(root, e));
  go.addEventListener('click', run);
  for (const f of [q.input, since.input]) f.addEventListener('keydown', (e) => e.key === 'Enter' && run());
  root.replaceChildren(ccEl('h1', null, 'Stories'), ccEl('div', 'toolbar', q.wrap, since.wrap, go), status, ccScroll(table, 'Stories'), legend);
  run();
}
