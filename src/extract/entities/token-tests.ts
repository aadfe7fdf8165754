/**
 * Cheap per-token tests used by every step of the entity stage (no regular
 * expressions over the text: each test looks at one token's characters).
 */
import type { Token } from '../../nlp/nlp-doc.js';

/** First character is an upper-case letter ("Acme", "U.S.", "Ölund"). */
export function isCapitalised(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const c = t.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Every character is a lower-case letter or an apostrophe/hyphen ("striker", "al"). */
export function isLowerWord(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  if (code >= 97 && code <= 122) return t.text === t.lower;
  if (code < 128 || Number.isNaN(code)) return false;
  const c = t.text[0]!;
  return c !== c.toUpperCase() && t.text === t.lower;
}

/** The possessive marker after a name: "'s", "’s", or a bare apostrophe glued to it ("Wales’"). */
export function isPossessive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.spaceBefore) return false;
  if (t.lower === "'s" || t.lower === '’s') return true;
  if (t.text === "'" || t.text === '’') {
    const n = tokens[i + 1];
    if (n === undefined || !n.spaceBefore || n.sentence !== t.sentence) return false;
    // "Wales’ leaders", and the plural possessive "Workers’ Union"
    return isLowerWord(n) || (tokens[i - 1]?.lower.endsWith('s') ?? false);
  }
  return false;
}

/** A hyphen glued on both sides ("Sanwo-Olu", "al-Haddad", "US-backed"). */
export function isTightHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return t !== undefined && n !== undefined && (t.text === '-' || t.text === '‑' || t.text === '‐') && !t.spaceBefore && !n.spaceBefore && n.sentence === t.sentence;
}

/** Opening punctuation after which a capital is like a sentence start (quotes, colon, dash, bracket). */
export const OPENERS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", ':', '—', '–', '-', '(', '[', '•', '*']);

/** Lower-case text without a trailing dot ("Mr." → "mr", "Corp." → "corp"). */
export function bare(t: Token): string {
  return t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
}

/** A capital initial with its dot ("A.", "J."). */
export function isInitial(t: Token): boolean {
  if (t.text.length !== 2 || t.text[1] !== '.') return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** "EDBERG" → "Edberg": the mixed-case form of a word written in capitals. */
export function mixedCase(text: string): string {
  return text.length === 0 ? text : text[0]! + text.slice(1).toLowerCase();
}
