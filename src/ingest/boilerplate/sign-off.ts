/**
 * An outlet's sign-off in parentheses on the last line, "(Example Daily Newsroom – Paris)" or
 * "(Example Wire)": the outlet name is taken from it and the line is removed as reason `sign-off`.
 * Also reads an agency dateline at the start ("LONDON, March 5 (Example Wire) –"), which names the
 * outlet but stays in the text because it opens the first sentence.
 */
import { NOT_OUTLET_LABELS, SIGN_OFF_SUFFIXES } from '../../lexicon/sign-off-suffixes.js';
import { wordsOf } from '../headline.js';

const CAPITALISED_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*|of|the|and|&|de|al))*$/u;

/** Strip desk/office words so "Example Daily Newsroom" reads "Example Daily". */
export function cleanOutletName(name: string): string {
  let n = name.trim();
  for (const suffix of SIGN_OFF_SUFFIXES) {
    const re = new RegExp(`\\s+${suffix.replace(/\s+/g, '\\s+')}$`, 'i');
    if (re.test(n) && n.replace(re, '').trim()) {
      n = n.replace(re, '').trim();
      break;
    }
  }
  return n;
}

/** The outlet named by a sign-off line, or null when the line is not one. */
export function signOffOutlet(line: string): string | null {
  const m = /^\(([^()]{2,80})\)$/.exec(line.trim());
  if (!m) return null;
  const inner = m[1]!.trim();
  const dashed = /^(.+?)\s+[–—-]\s+(.+)$/.exec(inner) ?? /^(.+?)\s*\/\s*(.+)$/.exec(inner);
  const name = (dashed ? dashed[1]! : inner).trim();
  if (wordsOf(name).length > 6 || !CAPITALISED_NAME.test(name)) return null;
  if (dashed && (wordsOf(dashed[2]!).length > 4 || !CAPITALISED_NAME.test(dashed[2]!.trim()))) return null;
  if (!dashed && (wordsOf(name).length > 4 || NOT_OUTLET_LABELS.has(name.toLowerCase()))) return null;
  const cleaned = cleanOutletName(name);
  return cleaned || null;
}

const DATELINE = /^\p{Lu}[\p{Lu} .'-]{1,40}(?:,\s*[\p{L} .'-]{2,40})?(?:,\s*\p{L}{3,9}\.?\s+\d{1,2})?\s*\(([\p{Lu}][\p{L}\p{N}&.' -]{1,40})\)\s*[-–—]/u;

/** The outlet named in an agency dateline at the start of the first line, if any. */
export function datelineOutlet(firstLine: string): string | null {
  const m = DATELINE.exec(firstLine);
  if (!m) return null;
  const name = m[1]!.trim();
  return CAPITALISED_NAME.test(name) && !NOT_OUTLET_LABELS.has(name.toLowerCase()) ? name : null;
}
