/**
 * Step 5: tone — lexicon-based sentiment per article and toward each main entity (the
 * mean over the sentences that mention it). The scores come from wink-nlp's English
 * model (`its.sentiment`): an AFINN-style word list plus emoji, with negation handling,
 * normalised to -1…1 per sentence.
 *
 * Limits, stated in the report: a word list cannot see irony, quoted speech counts like
 * the writer's own words, violent news scores negative whatever the stance, and a
 * sentence about two actors gives both the same score.
 */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import { winkModel as model } from '../../nlp/wink-model.js';
import type { Entity, Span } from '../../contract/analysis-schema.js';
import { analyseText, maskLongRuns } from '../../nlp/nlp-doc.js';

/** Named in the output so a reader knows what the numbers are. */
export const TONE_LEXICON = 'wink-eng-lite-web-model sentiment (AFINN-style lexicon with emoji and negation handling)';
/** Evidence sentences kept per figure: the most extreme ones. */
const MAX_TONE_SPANS = 3;

let sentimentNlp: ReturnType<typeof winkNLP> | null = null;
function nlp(): ReturnType<typeof winkNLP> {
  // a separate instance: the shared one runs without the negation and sentiment passes
  sentimentNlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  return sentimentNlp;
}

export interface ScoredSentence {
  readonly span: Span;
  readonly score: number;
}

/**
 * Every sentence of the article with its sentiment score: one wink pass over the whole
 * text, each sentence found again in the text from a cursor to get its offsets. When a
 * sentence cannot be found verbatim (wink normalised something), the NLP layer's
 * sentence split is used instead, scoring each sentence on its own.
 */
export function scoreSentences(articleId: string, text: string): ScoredSentence[] {
  const n = nlp();
  const out: ScoredSentence[] = [];
  let cursor = 0;
  let lost = false;
  // Same-length mask of overlong runs (see maskLongRuns): offsets found in `masked` hold in `text`.
  const masked = maskLongRuns(text);
  n.readDoc(masked)
    .sentences()
    .each((s: ItemSentence) => {
      if (lost) return;
      const body = s.out().trim();
      const at = masked.indexOf(body, cursor);
      if (!body || at < 0) {
        lost = true;
        return;
      }
      cursor = at + body.length;
      out.push({ span: { article: articleId, start: at, end: cursor }, score: Number(s.out(n.its.sentiment)) || 0 });
    });
  if (!lost) return out;
  return analyseText(text).sentences.map((s) => ({
    span: { article: articleId, start: s.start, end: s.end },
    score: Number(n.readDoc(masked.slice(s.start, s.end)).out(n.its.sentiment)) || 0,
  }));
}

export interface ToneFigure {
  readonly score: number;
  readonly sentences: number;
  readonly spans: Span[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Mean score over the sentences, with the most strongly scored ones as evidence. */
export function toneOf(sentences: readonly ScoredSentence[]): ToneFigure {
  if (!sentences.length) return { score: 0, sentences: 0, spans: [] };
  const mean = sentences.reduce((s, x) => s + x.score, 0) / sentences.length;
  const spans = sentences
    .filter((s) => s.score !== 0)
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.span.article.localeCompare(b.span.article) || a.span.start - b.span.start)
    .slice(0, MAX_TONE_SPANS)
    .map((s) => s.span);
  return { score: round(mean), sentences: sentences.length, spans };
}

/** An entity's mentions grouped by article, computed once per (immutable) entity. */
const mentionsByArticleOf = new WeakMap<Entity, ReadonlyMap<string, readonly Span[]>>();
function mentionsIn(entity: Entity, article: string): readonly Span[] {
  let byArticle = mentionsByArticleOf.get(entity);
  if (!byArticle) {
    const m = new Map<string, Span[]>();
    for (const s of entity.mentions) {
      const list = m.get(s.article);
      if (list) list.push(s);
      else m.set(s.article, [s]);
    }
    mentionsByArticleOf.set(entity, (byArticle = m));
  }
  return byArticle.get(article) ?? [];
}

/** The sentences of `sentences` that contain a mention of `entity`. */
export function sentencesMentioning(entity: Entity, sentences: readonly ScoredSentence[]): ScoredSentence[] {
  return sentences.filter((s) => mentionsIn(entity, s.span.article).some((m) => m.start >= s.span.start && m.end <= s.span.end));
}

/** Main entities: people, organisations and groups named in at least half the articles (at least two), most widely named first. */
export function mainEntities(entities: readonly Entity[], articleCount: number, limit = 5): Entity[] {
  const need = Math.max(2, Math.ceil(articleCount / 2));
  return entities
    .filter((e) => e.type !== 'place' && e.articles.length >= need)
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
