/** A story page: the single-story viewer over the story's analysis, then why its articles are together. */
import type { ReportModel } from '../model/types.js';
import type { ClientState } from '../client/state.js';

interface Reason {
  score: number;
  sharedTerms: string[];
  sharedEntities: string[];
  basis?: 'story';
}
interface Members {
  members: { articleId: string; reason: Reason | null }[];
  merges: { from: number; articleId: string; reason: Reason }[];
}

/** "terms: a, b" or "none". */
export function ccList(xs: readonly string[]): string {
  return xs.length ? xs.join(', ') : 'none';
}

/** The "why these articles are together" panel: how each article joined, and the merges. */
export function ccWhyPanel(model: ReportModel, m: Members): HTMLElement {
  const titles = new Map(model.articles.map((a) => [a.id, `${a.title} (${a.outlet})`]));
  const { table, body } = ccTable('why', ['Article', 'Joined', 'Score', 'Shared terms', 'Shared entities']);
  for (const x of m.members) {
    const r = x.reason;
    body.appendChild(
      ccEl(
        'tr',
        'why-row',
        ccEl('td', null, titles.get(x.articleId) ?? x.articleId),
        ccCell(null, 'Joined', r ? 'joined' : 'opened the story'),
        ccCell('num', 'Score', r ? r.score.toFixed(2) : '–'),
        ccCell(null, 'Shared terms', r ? ccList(r.sharedTerms) : '–'),
        ccCell(null, 'Shared entities', r ? ccList(r.sharedEntities) : '–'),
      ),
    );
  }
  const merges = ccEl('ul', 'merges');
  for (const g of m.merges) {
    const how = g.reason.basis === 'story' ? `converged with this story when ${titles.get(g.articleId) ?? g.articleId} joined` : `bridged by ${titles.get(g.articleId) ?? g.articleId}`;
    merges.appendChild(ccEl('li', null, `Story ${g.from} merged in, ${how} (score ${g.reason.score.toFixed(2)}; entities: ${ccList(g.reason.sharedEntities)}; terms: ${ccList(g.reason.sharedTerms)})`));
  }
  const intro = ccEl('p', 'muted small', 'The first article opened the story; each later one joined because it shares these terms and entities with the story so far (score: the clusterer’s similarity).');
  const s = ccEl('section', 'why-panel', ccEl('h2', null, 'Why these articles are together'), intro, ccScroll(table, 'Join reasons'), m.merges.length ? merges : null);
  s.id = 'why';
  return s;
}

/** Draw story `id` into `root`: the analysis sections (as in the report) and the why panel. */
export function ccStoryPage(root: HTMLElement, id: number): void {
  const load = async () => {
    const [r, m] = await Promise.all([ccGetJson<{ model: ReportModel }>(`/api/stories/${id}/report`), ccGetJson<Members>(`/api/stories/${id}/members`)]);
    const app = ccEl('div');
    app.id = 'cc-app';
    // ?from=N: the server sent a link to story N here because N was merged into this story
    const from = /^[1-9]\d{0,14}$/.exec(new URLSearchParams(location.search).get('from') ?? '')?.[0];
    const moved = from ? ccEl('p', 'merged-note', `Story ${from} was merged into this story; its articles are listed below with why they are together.`) : null;
    moved?.setAttribute('role', 'status');
    root.replaceChildren(...(moved ? [moved] : []), app, ccWhyPanel(r.model, m));
    const st: ClientState = { model: r.model, root: app, active: new Set(r.model.outlets.map((o) => o.name)), query: '', items: [], outletParts: [], columns: new Map(), opener: null, mode: 'file' };
    document.addEventListener('keydown', (e) => e.key === 'Escape' && ccCloseViewer(st));
    ccFoldEvents();
    ccRender(st);
    root.setAttribute('aria-busy', 'false');
  };
  void load().catch((e: unknown) => ccFail(root, e));
}
