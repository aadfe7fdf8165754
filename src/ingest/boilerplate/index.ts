/**
 * Boilerplate removal. Rules run in this order; every removed line goes to `removed[]` with the
 * rule id as its reason, so nothing disappears silently:
 *  1. whole-line prompts, advertisement markers and teasers anywhere (`share-prompt`,
 *     `advertisement`, `related-link`);
 *  2. from the end, repeatedly until nothing matches: `sign-off`, `credit`, `tags`, `copyright`,
 *     `source-list` / `related-links` sections, `trailing-unrelated-headline`.
 * Order matters in step 2: a sign-off or copyright line usually stands below the related links,
 * so peeling from the bottom exposes each earlier piece in turn.
 * Guard: the body is never cut to nothing, and a trailing rule never removes more than half the text.
 */
import { COPYRIGHT_LINE_PATTERNS, CREDIT_LINE_PATTERNS, TAG_LINE_PATTERNS } from '../../lexicon/boilerplate-patterns.js';
import type { Removed } from '../text-header.js';
import { matchLineRule } from './line-rules.js';
import { signOffOutlet } from './sign-off.js';
import { findTrailingSection } from './trailing-sections.js';
import { unrelatedTrailingHeadlines } from './unrelated-headline.js';

export interface BoilerplateResult {
  readonly lines: string[];
  readonly removed: Removed[];
  /** outlet named by a sign-off line, if one was removed */
  readonly signOff: string | null;
}

const chars = (ls: readonly string[]) => ls.reduce((n, l) => n + l.length + 1, 0);

/** Remove boilerplate lines from a normalised article (one paragraph per line). */
export function removeBoilerplate(input: readonly string[]): BoilerplateResult {
  const removed: Removed[] = [];
  let lines: string[] = [];
  for (const line of input) {
    const rule = input.length > 1 ? matchLineRule(line) : null;
    if (rule) removed.push({ text: line, reason: rule });
    else lines.push(line);
  }
  if (!lines.length) return { lines: [...input], removed: [], signOff: null };

  let signOff: string | null = null;
  const total = chars(lines);
  const tail: Removed[] = [];
  for (let guard = 0; guard < 50 && lines.length > 1; guard++) {
    const last = lines[lines.length - 1]!;
    let cut = 0;
    let reason = '';
    const outlet: string | null = signOff === null ? signOffOutlet(last) : null;
    if (outlet) [cut, reason] = [1, 'sign-off'];
    else if (CREDIT_LINE_PATTERNS.some((p) => p.test(last))) [cut, reason] = [1, 'credit'];
    else if (TAG_LINE_PATTERNS.some((p) => p.test(last))) [cut, reason] = [1, 'tags'];
    else if (last.length <= 400 && COPYRIGHT_LINE_PATTERNS.some((p) => p.test(last))) [cut, reason] = [1, 'copyright'];
    else {
      const section = findTrailingSection(lines);
      if (section && section.start > 0) [cut, reason] = [lines.length - section.start, section.reason];
      else {
        const k = unrelatedTrailingHeadlines(lines);
        if (k) [cut, reason] = [k, 'trailing-unrelated-headline'];
      }
    }
    if (!cut) break;
    const rest = lines.slice(0, -cut);
    if (chars(rest) < total / 2) break; // never let a tail rule eat the body
    tail.unshift({ text: lines.slice(-cut).join('\n'), reason });
    if (outlet) signOff = outlet;
    lines = rest;
  }
  // removed[] in document order, so a reader sees the pieces as they stood in the page.
  const at = (r: Removed) => input.lastIndexOf(r.text.split('\n')[0]!);
  const ordered = [...removed, ...tail].map((r, i) => [at(r), i, r] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , r]) => r);
  return { lines, removed: ordered, signOff };
}
