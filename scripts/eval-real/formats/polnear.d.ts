// Types for scripts/eval-real/formats/polnear.js (plain ESM run by node; typed here for test/eval).
import type { Ann, Fragment } from './brat.js';
import type { GoldQuotation } from '../score/quotes.js';
export { sourceKind, trailingName } from './source-kind.js';
export function goldQuotations(text: string, ann: Ann): { gold: GoldQuotation[]; regions: Fragment[] };
