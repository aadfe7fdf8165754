/**
 * A parsed feed → one article per item. Each item's HTML (content:encoded, content, description
 * or summary) goes through the HTML ingester; the item's own fields (title, link, date, author)
 * win over anything found inside that HTML; the outlet is the channel title (else the URL's
 * domain, resolved later). An item without usable text is a diagnostic; the other items go on.
 */
import { ingestHtml } from '../html-ingester.js';
import { parseFeed } from './feed-parser.js';
import { type ReadContext, type SourceItem, diagnostic, finishDraft, skippedInput, skippedRecord } from './items.js';

/** Is this text a feed document (root element rss, rdf:RDF or feed)? Used to sniff .xml files and untyped downloads. */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>\s*|<\?[\s\S]*?\?>\s*)*<(rss|rdf:RDF|feed)[\s>]/.test(text.slice(0, 1 << 16));
}

/**
 * Items of one feed document. `source` names the file or URL; item sources are `source#n`
 * (1-based), ids `<stem>-<n>`.
 */
export function* feedItems(ctx: ReadContext, xml: string, source: string, stem: string): Generator<SourceItem> {
  const feed = parseFeed(xml);
  if (!feed.ok) {
    yield diagnostic('warning', feed.rule, feed.message, source);
    return yield skippedInput;
  }
  if (feed.entitiesIgnored) yield diagnostic('warning', 'xml-entities-ignored', 'the DOCTYPE declares entities; they are not expanded (entity expansion is disabled for safety)', source);
  if (!feed.items.length) {
    yield diagnostic('warning', 'empty-feed', `the ${feed.kind === 'rss' ? 'RSS' : 'Atom'} feed has no items`, source);
    return yield skippedInput;
  }
  let added = 0;
  for (const [i, item] of feed.items.entries()) {
    const n = i + 1;
    const where = `${source}#${n}`;
    const line = item.line ?? undefined;
    if (!item.html) {
      yield diagnostic('warning', 'empty-feed-item', `item ${n}${item.title ? ` ("${item.title.slice(0, 60)}")` : ''} has no content, description or summary`, source, line);
      yield skippedRecord;
      continue;
    }
    // A permalink guid stands in for a missing <link>.
    const url = item.link ?? (item.id && /^https?:\/\//i.test(item.id) ? item.id : null);
    const known = { title: item.title, url, published: item.published, author: item.author, outlet: feed.title };
    // Item fields are passed as known metadata, so they win over what the HTML itself says.
    const done = finishDraft(ctx, ingestHtml(item.html, known), `${stem}-${n}`, where, line);
    yield* done.items;
    if (done.ok) added++;
    else yield skippedRecord;
  }
  if (!added) yield skippedInput;
}
