/**
 * The configured chrono: English casual parsers plus the bare-year parser.
 * Built once, because cloning chrono's configuration is not free.
 */
import * as chrono from 'chrono-node';
import { yearParser } from './year-parser.js';

let instance: chrono.Chrono | null = null;

/** The shared chrono instance used by the date stage. */
export function dateParser(): chrono.Chrono {
  if (instance === null) {
    instance = chrono.casual.clone();
    instance.parsers.push(yearParser);
  }
  return instance;
}
