/**
 * Quote stage: direct quotations, scare quotes and their speakers in one article.
 *
 * 1. find quotation spans from their marks (01-find-marks)
 * 2. tell titles, scare quotes and utterances apart; mark partial quotes (02-classify)
 * 3. attribute each utterance to a speaker (03-attribute), in document order so that a
 *    bare quote can inherit the speaker of the quote just before it;
 * 4. for an utterance still without one, read the layouts that credit a quote with no verb of
 *    speech next to it (04-unattributed): after step 3, so that its cues always win.
 * A transcript's turn ("PENCE: …") is its tag's before any of these: the layout says who speaks.
 */
import type { EntityLayer, QuoteRecord, QuoteSpeaker } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import { findMarkedSpans } from './01-find-marks.js';
import { classifySpans } from './02-classify.js';
import type { PreviousQuote } from './03-attribute.js';
import { attributeQuote, framingSpeaker } from './03-attribute.js';
import { acrossNickname, unattributedSpeaker } from './04-unattributed.js';
import { fromAsPutIt } from './as-put-it.js';
import { buildAttributionContext } from './attribution-context.js';
import { tokenIndexAt } from './token-helpers.js';
import { transcriptTags } from './transcript-tags.js';
import { tagNamesPerson, turnSpeaker } from './turn-speaker.js';

const STAGE = 'quotes';

/** Extract the quotations of one article, with their speakers; scare quotes are flagged, titles dropped. */
export function extractQuotes(ctx: ExtractContext, entities: EntityLayer): QuoteRecord[] {
  const { doc } = ctx;
  const tags = transcriptTags(doc.text, doc.paragraphs, (start, end) => tagNamesPerson(entities, doc.text, start, end));
  const spans = findMarkedSpans(doc.text, doc.paragraphs, tags);
  const classified = classifySpans(doc, spans);
  // a nickname's marks are part of a name, not a quotation the attribution must step around
  const nicknames = classified.filter((c) => c.kind === 'nickname').map((c) => c.span);
  const ax = buildAttributionContext(doc, entities, classified.filter((c) => c.kind !== 'nickname').map((c) => c.span));
  const out: QuoteRecord[] = [];
  let prev: PreviousQuote | null = null;
  for (const c of classified) {
    if (c.kind === 'title' || c.kind === 'nickname') continue;
    const { span } = c;
    const k = Math.min(tokenIndexAt(doc.tokens, span.start), Math.max(0, doc.tokens.length - 1));
    const sentence = doc.tokens[k]?.sentence ?? 0;
    const text = doc.text.slice(span.start, span.end);
    let speaker: QuoteSpeaker | null = null;
    // a short span with "as X put it" next to it is X's words, however short
    const framing = c.kind === 'scare' ? fromAsPutIt(ax, span) ?? (c.rescuable ? framingSpeaker(ax, span) : null) : null;
    const kind = framing ? 'utterance' : c.kind;
    if (framing) {
      speaker = { ...framing, span: framing.span && spanOf(ctx, framing.span.start, framing.span.end) };
      if (speaker.entity) ax.speakers.add(speaker.entity);
    } else if (kind === 'utterance') {
      const attributed: QuoteSpeaker | null = (span.tag ? turnSpeaker(ax, span.tag) : null) ?? attributeQuote(ax, span, prev) ?? unattributedSpeaker(ax, span);
      const found: QuoteSpeaker | null = attributed && nicknames.length > 0 ? acrossNickname(ax, attributed, nicknames) : attributed;
      speaker = found && { ...found, span: found.span && spanOf(ctx, found.span.start, found.span.end) };
      prev = { span, speaker };
      if (speaker?.entity) ax.speakers.add(speaker.entity);
      if (!speaker) {
        ctx.diagnose({ severity: 'info', rule: 'quote-no-speaker', stage: STAGE, message: `no speaker found for the quote at ${span.start}: “${abbreviate(text)}”` });
      }
      if (span.close === null && !span.tag) {
        ctx.diagnose({ severity: 'info', rule: 'quote-unclosed', stage: STAGE, message: `quotation opened at ${span.open} is not closed before the end of its paragraph` });
      }
    }
    out.push({ kind: 'quote', stage: STAGE, span: spanOf(ctx, span.start, span.end), text, speaker, partial: framing ? true : c.partial, scare: kind === 'scare', sentence });
  }
  return out;
}

function abbreviate(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
