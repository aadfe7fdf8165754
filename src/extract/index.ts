/**
 * Per-article extraction: the stage order, in one place (STYLE §2).
 */
import type { Article, Diagnostic } from '../contract/analysis-schema.js';
import type { ArticleExtraction } from '../model/records.js';
import { analyseText } from '../nlp/nlp-doc.js';
import type { ExtractContext } from './context.js';
import { keepIfUndated } from './undated-docs.js';
import { extractEntities } from './entities/index.js';
import { extractQuotes } from './quotes/index.js';
import { buildEvents, extractDates } from './dates/index.js';
import { extractQuantities } from './quantities/index.js';
import { extractFacts } from './facts/index.js';

export function extractArticle(article: Article): ArticleExtraction {
  const diagnostics: Diagnostic[] = [];
  const doc = analyseText(article.text);
  keepIfUndated(article, doc);
  const ctx: ExtractContext = {
    article,
    doc,
    diagnose: (d) => diagnostics.push({ ...d, source: article.source, article: article.id }),
  };
  // 1. entities first: quotes (speakers), quantities (ages, attributions) and events refer to them.
  const entities = extractEntities(ctx);
  // 2. quotes before quantities, so numbers inside quotations can be told apart.
  const quotes = extractQuotes(ctx, entities);
  // 3. dates are resolved against article.published; events are dated clauses.
  const dates = extractDates(ctx);
  const events = buildEvents(ctx, dates, entities);
  // 4. quantities and ages; years and dates found in step 3 are not quantities.
  const quantities = extractQuantities(ctx, entities, dates, quotes);
  // 5. facts (who, what, where): about the entities of step 1; inside a quotation of step 2 they are attributed.
  const facts = extractFacts(ctx, entities, quotes);
  return { article, entities, quotes, dates, events, quantities, facts, diagnostics };
}
