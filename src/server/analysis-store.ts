/**
 * The analysed set the server shows, with a revision id the page polls to
 * notice changes. A failed re-analysis keeps the last good result and reports
 * the error instead of blanking the page.
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../contract/analysis-schema.js';
import { buildReportModel, type ReportModel } from '../report/index.js';

export interface Snapshot {
  readonly analysis: Analysis;
  readonly model: ReportModel;
  /** JSON texts, serialised once per analysis. */
  readonly analysisJson: string;
  readonly modelJson: string;
  readonly revision: string;
}

export interface AnalysisStore {
  current(): Snapshot;
  lastError(): string | null;
  reload(): Promise<Snapshot>;
}

/** Take a snapshot of an analysis: the model, the JSON texts, a content hash as revision. */
export function snapshot(analysis: Analysis): Snapshot {
  const model = buildReportModel(analysis);
  const analysisJson = JSON.stringify(analysis);
  const modelJson = JSON.stringify(model);
  const revision = createHash('sha256').update(analysisJson).digest('hex').slice(0, 16);
  return { analysis, model, analysisJson, modelJson, revision };
}

/** Load once now; `reload()` re-runs `load`, one run at a time (calls during a run share it). */
export async function createStore(load: () => Promise<Analysis>): Promise<AnalysisStore> {
  let snap = snapshot(await load());
  let error: string | null = null;
  let running: Promise<Snapshot> | null = null;
  let again = false;
  const run = async (): Promise<Snapshot> => {
    do {
      again = false;
      try {
        snap = snapshot(await load());
        error = null;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    } while (again);
    running = null;
    return snap;
  };
  return {
    current: () => snap,
    lastError: () => error,
    reload() {
      // a change that arrives mid-run must be read too: run once more afterwards
      if (running) {
        again = true;
        return running;
      }
      running = run();
      return running;
    },
  };
}
