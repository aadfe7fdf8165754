/** Client entry point: read the embedded data (report file) or fetch it (serve), then render. */
import type { ReportModel } from '../model/types.js';
import type { ClientState } from './state.js';

/** Build the whole page from the model, keeping the current filters. */
export function ccRender(st: ClientState): void {
  const t0 = performance.now();
  st.items = [];
  st.outletParts = [];
  st.columns = new Map();
  const known = new Set(st.model.outlets.map((o) => o.name));
  for (const o of Array.from(st.active)) if (!known.has(o)) st.active.delete(o);
  const main = ccEl('main', 'report');
  main.id = 'cc-main';
  const viewer = ccEl('aside', 'viewer');
  viewer.id = 'cc-viewer';
  viewer.hidden = true;
  viewer.setAttribute('aria-label', 'Article text');
  // a redraw (live mode) keeps the folds the reader opened or closed
  const was = new Map(Array.from(st.root.querySelectorAll<HTMLDetailsElement>('section > details.fold'), (d) => [d.parentElement?.id ?? '', d.open]));
  // the first screen is for what the outlets dispute, agree on, and the cited summary: those stay
  // open; every later section folds to its heading (with its count) once it holds more than 5 items
  for (const s of [ccConflicts(st), ccAgreements(st), ccSummary(st)]) main.append(ccFold(s, was.get(s.id) ?? true));
  for (const s of [ccTimeline(st), ccQuotes(st), ccEntities(st), ccCoverage(st), ccFraming(st), ccArticles(st), ccDiagnostics(st)]) main.append(ccFold(s, was.get(s.id) ?? Number(s.dataset.count) <= 5));
  const footer = ccEl('footer', 'muted small', `crosscheck ${st.model.version}${st.mode === 'live' ? ' · live: updates when the articles change' : ''}`);
  // big reports lay out off-screen sections lazily (content-visibility), small ones render whole
  st.root.classList.toggle('large', st.items.length > 400);
  st.root.replaceChildren(ccHeader(st), ccToolbar(st), main, viewer, footer);
  ccApplyFilters(st);
  if (location.hash) ccUnfold(document.getElementById(location.hash.slice(1)));
  st.root.dataset.renderMs = String(Math.round(performance.now() - t0));
  st.root.setAttribute('aria-busy', 'false');
}

/** Start the client: file mode reads #cc-data, live mode fetches /api/report and polls /api/revision. */
export function crosscheckMain(): void {
  const root = document.getElementById('cc-app');
  if (!root) return;
  const make = (model: ReportModel, mode: 'live' | 'file'): ClientState => ({
    model,
    root,
    active: new Set(model.outlets.map((o) => o.name)),
    query: '',
    items: [],
    outletParts: [],
    columns: new Map(),
    opener: null,
    mode,
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state) ccCloseViewer(state);
  });
  ccFoldEvents();
  let state: ClientState | null = null;
  const data = document.getElementById('cc-data');
  if (data) {
    state = make(JSON.parse(data.textContent ?? '{}') as ReportModel, 'file');
    ccRender(state);
    return;
  }
  let revision = '';
  const load = async () => {
    const rev = await fetch('/api/revision').then((r) => r.json() as Promise<{ revision: string }>);
    if (rev.revision === revision) return;
    const model = (await fetch('/api/report').then((r) => r.json())) as ReportModel;
    revision = rev.revision;
    if (state) {
      const known = new Set(state.model.outlets.map((o) => o.name));
      state.model = model;
      // outlets that appeared since the last render start visible
      for (const o of model.outlets) if (!known.has(o.name)) state.active.add(o.name);
      ccCloseViewer(state);
    } else state = make(model, 'live');
    ccRender(state);
  };
  const tick = () => {
    load()
      .catch(() => {
        root.dataset.offline = 'true';
      })
      .finally(() => setTimeout(tick, 2000));
  };
  tick();
}

/**
 * Folds and navigation: a link to a section opens its fold (a #fragment on load: ccRender; our
 * ids are plain ASCII, so the fragment is not decoded);
 * printing opens every fold and closes the ones it opened afterwards.
 */
export function ccFoldEvents(): void {
  window.addEventListener('hashchange', () => ccUnfold(document.getElementById(location.hash.slice(1))));
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (a) ccUnfold(document.getElementById((a.getAttribute('href') ?? '#').slice(1)));
  });
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = Array.from(document.querySelectorAll<HTMLDetailsElement>('details:not([open])'));
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}
