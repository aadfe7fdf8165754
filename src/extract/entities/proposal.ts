/** The entity stage's working record: one candidate mention with its evidence, before aliasing. */
import type { TypeScores } from './05-type-evidence.js';
import type { RoleFound } from './04-roles.js';

export interface Proposal {
  /** name tokens [first, end) */
  readonly first: number;
  readonly end: number;
  readonly start: number;
  readonly stop: number;
  /** the name as written (title stripped). */
  readonly text: string;
  readonly sentence: number;
  readonly role: RoleFound | null;
  readonly scores: TypeScores;
}
