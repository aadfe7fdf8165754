/**
 * The last step every ingester shares: run-in ALL-CAPS headings split off, lines broken mid-sentence joined, boilerplate removal, final normalisation, metadata
 * resolution (outlet, date, language) and the word count. Returns null when no text is left.
 */
import type { Article } from '../contract/analysis-schema.js';
import { removeBoilerplate } from './boilerplate/index.js';
import { datelineOutlet } from './boilerplate/sign-off.js';
import { creditedOutlet } from './credited-outlet.js';
import { joinBrokenLines } from './join-broken-lines.js';
import { splitRunInHeadings } from './run-in-heading.js';
import { type RawMetadata, normalizeLanguage } from './metadata.js';
import { countWords, normalizeText } from './normalize-text.js';
import { domainOf, resolveOutlet } from './outlet.js';
import { parsePublished } from './parse-date.js';
import type { Removed } from './text-header.js';

/** An article before ids are made unique and boilerplate is removed. */
export interface Draft {
  readonly meta: RawMetadata;
  /** normalised body lines (one paragraph each) */
  readonly lines: readonly string[];
  /** pieces already taken out (metadata header lines) */
  readonly removed: readonly Removed[];
}

const oneLine = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
};

/** Turn a draft into an Article with the given id and source; null when the body is empty. */
export function buildArticle(draft: Draft, id: string, source: string): Article | null {
  const bp = removeBoilerplate(joinBrokenLines(splitRunInHeadings(draft.lines.filter((l) => l.trim()))));
  const text = normalizeText(bp.lines.join('\n'));
  if (!text) return null;
  const rawUrl = oneLine(draft.meta.url);
  const url = domainOf(rawUrl) ? rawUrl : null;
  // a sign-off or dateline names the outlet outright; an own-reporting credit ("sources told X") only when neither does
  const fromText = bp.signOff ?? datelineOutlet(text.slice(0, text.indexOf('\n') >>> 0)) ?? creditedOutlet(text);
  const { outlet, outletFrom } = resolveOutlet(draft.meta.outlet, url, fromText);
  return {
    id,
    source,
    url,
    outlet,
    outletFrom,
    title: oneLine(normalizeText(draft.meta.title ?? '')),
    author: oneLine(draft.meta.author),
    published: parsePublished(draft.meta.published),
    language: normalizeLanguage(draft.meta.language),
    text,
    removed: [...draft.removed, ...bp.removed].map((r) => ({ text: r.text, reason: r.reason })),
    wordCount: countWords(text),
  };
}
