// Shared by the fact-extraction tables: one invented sentence in, the facts read from it out.
import { extractArticle } from '../../../src/extract/index.js';
import type { FactModality, FactRecord } from '../../../src/model/records.js';
import { article } from '../quantities/helpers.js';

/** The facts read from one sentence, as one article. */
export const factsIn = (text: string): readonly FactRecord[] => extractArticle(article(text)).facts ?? [];

/** The facts read, one line each, for a failure message. */
export const show = (fs: readonly FactRecord[]): string => fs.map((f) => `${f.subjectName} ${f.predicate} ${f.object} (${f.modality})`).join('; ') || 'nothing';

/** One table row: a sentence and the fact that must (or must not) be read from it. */
export interface FactRow {
  readonly text: string;
  readonly predicate: string;
  readonly object: string;
  readonly modality?: FactModality;
  /** the subject's name for attributes */
  readonly subject?: string;
}

/** The fact a row names, among the facts read from its text (undefined when none). */
export const rowHit = (row: FactRow): FactRecord | undefined => factsIn(row.text).find((f) => f.predicate === row.predicate && f.object === row.object);
