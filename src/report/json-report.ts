import type { Analysis } from '../contract/analysis-schema.js';

/**
 * Serialise an Analysis as JSON. Object keys keep the contract's declared order
 * (records are built in a fixed field order), arrays are already sorted by the
 * stages, so the same input gives byte-identical output.
 */
export function renderJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
