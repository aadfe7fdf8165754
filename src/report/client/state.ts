/** The browser-side state shared by the client functions (types only: erased before shipping). */
import type { ReportModel } from '../model/types.js';

export interface FilterItem {
  readonly el: HTMLElement;
  readonly outlets: readonly string[];
  /** lower-cased searchable text. */
  readonly text: string;
}

export interface ClientState {
  model: ReportModel;
  readonly root: HTMLElement;
  /** outlets currently shown (all by default). */
  active: Set<string>;
  query: string;
  items: FilterItem[];
  /** parts inside an item that belong to some outlets (evidence lines, chips), hidden when all of them are. */
  outletParts: { readonly el: HTMLElement; readonly outlets: readonly string[] }[];
  /** coverage-matrix cells by outlet, hidden with their column. */
  columns: Map<string, HTMLElement[]>;
  /** the control that opened the article viewer, to return focus to. */
  opener: HTMLElement | null;
  /** "live" when served by `crosscheck serve`, "file" for the standalone report. */
  readonly mode: 'live' | 'file';
}
