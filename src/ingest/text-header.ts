/**
 * The head of a plain-text article: metadata lines ("Published: 5 March 2025", "Source: …",
 * "By Jane Roe"), an inline leading date token ("date 2025-03-05 The river…") and a headline line.
 * Works on normalised lines (one paragraph per line) and returns the lines that remain.
 */
import { INLINE_DATE_KEYS, METADATA_KEYS } from '../lexicon/metadata-keys.js';
import { isHeadlineLike, wordsOf } from './headline.js';
import type { RawMetadata } from './metadata.js';
import { normalizeText } from './normalize-text.js';
import { parsePublished } from './parse-date.js';

export interface Removed {
  readonly text: string;
  readonly reason: string;
}

export interface TextHeader {
  readonly meta: RawMetadata;
  readonly lines: string[];
  readonly removed: Removed[];
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
/** Date forms that may follow an inline key; tried longest first. */
const DATE_VALUES = [
  '\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?',
  `${WEEKDAY}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  `${WEEKDAY}\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}`,
  '\\d{4}/\\d{1,2}/\\d{1,2}',
];
const INLINE = new RegExp(`^(${INLINE_DATE_KEYS.join('|')})\\s*:?\\s+(${DATE_VALUES.join('|')})(?=\\s+[\\p{Lu}\\p{N}“"‘'(«]|$)`, 'iu');
const KEY_VALUE = /^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s+(\S.{0,300})$/;
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|der|al|bin|da|la|le))*";
/** "By Jane Roe", "By Jane Roe and Ali Khan", "By Jane Roe, Chief Reporter": the name part is the author. */
const BYLINE = new RegExp(`^by\\s+(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*?)(?:\\s*[,|–—-]\\s*[^.]{1,60})?$`, 'u');
const MONTH_OR_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|noon|midnight|late|early|the)/i;
const DATE_LINE_PREFIX = /^(?:published|posted|updated|last updated|first published)(?:\s+on)?\s*:?\s*/i;

/** Try to read one line as header metadata; returns what it sets, or null when it is body text. */
function headerLine(line: string): RawMetadata | null {
  const kv = KEY_VALUE.exec(line);
  if (kv) {
    const field = METADATA_KEYS[kv[1]!.toLowerCase().trim()];
    if (field === 'published') {
      const d = parsePublished(kv[2]);
      return d ? { published: d } : null;
    }
    if (field === 'url') return /^https?:\/\/\S+$/.test(kv[2]!.trim()) ? { url: kv[2]!.trim() } : null;
    if (field && wordsOf(kv[2]!).length <= 12) return { [field]: kv[2]!.trim() };
    return null;
  }
  const by = /^by\s/i.test(line) && wordsOf(line).length <= 12 ? BYLINE.exec(line.replace(/^by\b/i, 'by')) : null;
  if (by && !MONTH_OR_DAY.test(by[1]!)) return { author: by[1]!.trim() };
  if (wordsOf(line).length <= 10) {
    const d = parsePublished(line.replace(DATE_LINE_PREFIX, '').replace(/\s*\|.*$/, ''));
    if (d) return { published: d };
  }
  return null;
}

/** Take metadata lines off the top of `lines` (at most `limit`). */
function takeHeaderLines(lines: string[], meta: RawMetadata, removed: Removed[], limit: number): void {
  for (let n = 0; n < limit && lines.length > 0; n++) {
    const first = lines[0]!;
    const inline = INLINE.exec(first);
    if (inline) {
      const d = parsePublished(inline[2]);
      if (d) {
        meta.published ??= d;
        removed.push({ text: inline[0], reason: 'metadata' });
        const rest = first.slice(inline[0].length).trim();
        if (rest) lines[0] = rest;
        else lines.shift();
        continue;
      }
    }
    // A whole line is taken only while body lines remain below it.
    const got = lines.length > 1 ? headerLine(first) : null;
    if (!got) return;
    for (const [k, v] of Object.entries(got) as [keyof RawMetadata, string][]) if (!meta[k]) meta[k] = v;
    removed.push({ text: first, reason: 'metadata' });
    lines.shift();
  }
}

/**
 * Read the header of a normalised plain-text article. `knownTitle` (from front matter, a Markdown
 * H1 or a JSON field) suppresses headline detection, but a first line repeating it is dropped.
 */
export function readTextHeader(text: string, knownTitle: string | null, raw = ''): TextHeader {
  const lines = text ? text.split('\n') : [];
  const meta: RawMetadata = {};
  const removed: Removed[] = [];
  takeHeaderLines(lines, meta, removed, 8);
  const first = lines[0];
  const title = knownTitle ?? meta.title ?? null;
  if (first !== undefined && lines.length > 1) {
    if (title && first.toLowerCase() === title.trim().toLowerCase()) lines.shift();
    else if (!title && (isTitleLine(first, lines[1]!, raw) || (isHeadlineLike(first, { maxWords: 16, minCapitalised: 0 }) && !isDateline(first) && headerLine(lines[1]!) !== null))) {
      meta.title = first;
      lines.shift();
    }
    takeHeaderLines(lines, meta, removed, 6);
  }
  return { meta, lines, removed };
}

/**
 * A first line is the headline when it is short, has no final full stop and reads as a title.
 * Title case is enough ("River Bursts Its Banks"); a sentence-case line ("River bursts its banks
 * in market town") also needs a blank line after it in the source and a longer paragraph next,
 * because a one-line lead without a full stop would otherwise be taken for a title.
 */
function isTitleLine(line: string, next: string, raw: string): boolean {
  // A dateline on its own line ("KYIV, Ukraine", "WASHINGTON, D.C.") opens the body; it is no title.
  if (isDateline(line)) return false;
  if (isHeadlineLike(line, { maxWords: 20, minCapitalised: 0.6 })) return true;
  if (!isHeadlineLike(line, { maxWords: 16, minCapitalised: 0 }) || !/^[\p{Lu}\p{N}“"‘']/u.test(line)) return false;
  const rawLines = raw.split('\n');
  const at = rawLines.findIndex((l) => normalizeText(l) === line);
  const blankAfter = at >= 0 && at + 1 < rawLines.length && !rawLines[at + 1]!.trim();
  return blankAfter && next.length > line.length;
}

const isDateline = (line: string) => /^\p{Lu}{2,}[\p{Lu} .'-]*,/u.test(line) && wordsOf(line).length <= 4;
