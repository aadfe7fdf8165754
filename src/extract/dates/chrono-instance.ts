/**
 * The configured chrono: English casual parsers plus the bare-year and named-period parsers.
 * Built once, because cloning chrono's configuration is not free.
 */
// the English locale only: the package's root also loads its 15 other locales (about 0.07 s at start);
// its `casual` is the very object the root exports as `casual`.
import * as chrono from 'chrono-node/en';
import { periodParser } from './period-parser.js';
import { yearParser } from './year-parser.js';

let instance: chrono.Chrono | null = null;

/** The shared chrono instance used by the date stage. */
export function dateParser(): chrono.Chrono {
  if (instance === null) {
    instance = chrono.casual.clone();
    instance.parsers.push(yearParser);
    // first, so that on a tie chrono keeps ours: its "this quarter" has no month to give.
    instance.parsers.unshift(periodParser);
  }
  return instance;
}
