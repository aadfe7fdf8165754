/**
 * HTML (.html/.htm): metadata from the head (see html-metadata.ts), main text from Mozilla
 * Readability run on a linkedom document, one paragraph per line. When Readability finds no
 * article, the body text without nav/header/footer/aside is used instead (with a diagnostic).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Draft } from './build-article.js';
import { domToLines } from './html-to-text.js';
import { htmlMetadata } from './html-metadata.js';
import { type RawMetadata, mergeMetadata } from './metadata.js';
import { normalizeText } from './normalize-text.js';
import { readTextHeader } from './text-header.js';

export interface HtmlDraft extends Draft {
  /** true when Readability found nothing and the whole body was used */
  readonly fallback: boolean;
}

/** Build a draft from an HTML document. `known` holds metadata from a container (JSON record). */
export function ingestHtml(html: string, known: RawMetadata = {}): HtmlDraft {
  const { document } = parseHTML(html);
  const meta = mergeMetadata(known, htmlMetadata(document as never));
  let lines: string[] = [];
  let fallback = false;
  try {
    // Readability rewrites the DOM it is given, so it runs after metadata has been read.
    const parsed = new Readability(document as never, { serializer: (el) => el, charThreshold: 200 }).parse();
    const content = parsed?.content as unknown;
    if (content && typeof content === 'object') lines = domToLines(content as never);
    if (!meta.title && parsed?.title) meta.title = parsed.title;
    if (!meta.author && parsed?.byline) meta.author = parsed.byline;
  } catch {
    lines = [];
  }
  if (!lines.length) {
    fallback = true;
    // linkedom gives a fragment (no <html>/<body>) no body, so fragments are wrapped first.
    const doc = parseHTML(/<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document;
    const root = doc.body ?? doc.documentElement;
    if (root) lines = domToLines(root as never, true);
  }
  // Readability sometimes keeps the <h1> and a byline paragraph: the header reader drops a first line
  // repeating the title and takes byline/date lines into metadata, as for plain text.
  const header = readTextHeader(normalizeText(lines.join('\n')), meta.title ? normalizeText(meta.title) : null);
  return { meta: mergeMetadata(meta, header.meta), lines: header.lines, removed: header.removed, fallback };
}
