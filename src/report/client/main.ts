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
  main.append(ccConflicts(st), ccAgreements(st), ccTimeline(st), ccQuotes(st), ccEntities(st), ccCoverage(st), ccSummary(st), ccFraming(st), ccArticles(st), ccDiagnostics(st));
  const footer = ccEl('footer', 'muted small', `crosscheck ${st.model.version}${st.mode === 'live' ? ' · live: updates when the articles change' : ''}`);
  // big reports lay out off-screen sections lazily (content-visibility), small ones render whole
  st.root.classList.toggle('large', st.items.length > 400);
  st.root.replaceChildren(ccHeader(st), ccToolbar(st), main, viewer, footer);
  ccApplyFilters(st);
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
