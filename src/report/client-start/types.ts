/** What GET /api/inputs answers: the start page's inputs and limits (server: src/server/start). */

/** One article as the input list shows it. */
export interface ArticleView {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly words: number;
  readonly url: string | null;
}

/** One input (a pasted link or a dropped file). */
export interface InputView {
  readonly id: string;
  readonly kind: 'link' | 'file';
  /** the link, or the file name. */
  readonly label: string;
  readonly status: 'loading' | 'ready' | 'failed' | 'duplicate';
  /** why it gave no article (failed), or which input has the same article (duplicate). */
  readonly reason: string | null;
  readonly articles: readonly ArticleView[];
  /** warnings about a ready input (a skipped record, an encoding fallback). */
  readonly notes: readonly string[];
}

/** The whole answer. */
export interface InputsReply {
  /** bumped on every change to the inputs. */
  readonly version: number;
  /** the analysis revision (as /api/revision). */
  readonly revision: string;
  /** articles in the current analysis. */
  readonly articles: number;
  readonly inputs: readonly InputView[];
  readonly limits: { readonly maxInputs: number; readonly maxFileBytes: number; readonly maxLinksPerPaste: number };
}
