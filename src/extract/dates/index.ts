/**
 * Date and timeline stage. Dates: every temporal expression, resolved against
 * the article's publication day with chrono (steps 01–05). Events: every dated
 * clause, with a short description and the entities in it (06).
 */
import type { DateMention, EntityLayer, EventRecord } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { candidateWindows } from './01-candidate-windows.js';
import { parseWindows } from './02-parse-windows.js';
import { rejectionReason, tokenAt } from './03-reject-non-dates.js';
import { atMonthReference, resolve, withYearAfter } from './04-resolve.js';
import { DATE_STAGE, toDateMention } from './05-date-mentions.js';
import { datedEvents } from './06-events.js';
import { resolveAnaphora } from './anaphora.js';
import { addNamedForms } from './named-forms.js';
import { parseIsoReference } from './calendar.js';
import { tenseAround } from './tense.js';

/**
 * Every date expression in the article, in text order, resolved against `article.published`.
 * A publication date known only to the month anchors relative dates at month precision.
 */
export function extractDates(ctx: ExtractContext): DateMention[] {
  const { doc } = ctx;
  const reference = parseIsoReference(ctx.article.published);
  const ref = reference?.day ?? null;
  let raws: ReturnType<typeof parseWindows> = [];
  try {
    raws = parseWindows(doc, candidateWindows(doc), ref);
  } catch (e) {
    // a parser failure on odd content costs this article its dates, not the run.
    ctx.diagnose({ severity: 'warning', rule: 'date-parser-failed', message: `date parsing failed: ${e instanceof Error ? e.message : String(e)}`, stage: DATE_STAGE });
  }
  const out: DateMention[] = [];
  for (const raw of raws) {
    if (rejectionReason(raw, doc) !== null) continue;
    // chrono's text may end with the comma after the date: the clause's tokens start after the date's words.
    const wordsEnd = raw.start + raw.text.replace(/[\s,.;:]+$/, '').length;
    const tense = tenseAround(doc, raw.sentence, tokenAt(doc.tokens, raw.start), tokenAt(doc.tokens, wordsEnd));
    const r = withYearAfter(raw, resolve(raw, ref, tense), doc.text.slice(raw.end, raw.end + 16), ref);
    out.push(toDateMention(ctx, raw, reference?.precision === 'month' ? atMonthReference(raw, r) : r));
  }
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const dayRef = reference?.precision === 'day' ? ref : null;
  // step 5c before 5b: a decade or a holiday may be the date in focus of "a year later".
  // A month-only reference anchors neither a holiday nor "a year earlier".
  return resolveAnaphora(ctx, addNamedForms(ctx, out, dayRef), dayRef);
}

/** One timeline event per resolved date: the dated clause, described in a few words. */
export function buildEvents(ctx: ExtractContext, dates: readonly DateMention[], entities: EntityLayer): EventRecord[] {
  return datedEvents(ctx, dates, entities);
}
