/**
 * Step 1: the most central facts, extracted verbatim.
 *
 * Centrality is vocabulary shared across independent units (a copy group counts
 * once, so a wire story republished five times does not outvote one independent
 * report). The central article is the one whose words the others use most; its
 * lead sentence is the one near the top sharing the most words with other units.
 * Other articles' sentences that say much the same are cited as support.
 */
import type { Article, Span } from '../../contract/analysis-schema.js';
import { articlesOf, type Draft, type SentenceUnit, type SummaryContext } from './context.js';
import { DANGLING_OPENERS } from '../../lexicon/dangling-openers.js';
import { LOADED_WORDS } from '../../lexicon/loaded-words.js';
import { wordCount } from './text-units.js';

/** Only the opening sentences are lead candidates: news puts the main facts first. */
const LEAD_WINDOW = 12;
const MIN_WORDS = 8;
const MAX_WORDS = 55;
/** Share of a lead sentence's content words another sentence must carry to count as support. */
const SUPPORT_OVERLAP = 0.6;
const MAX_SUPPORT = 6;
/** Two central sentences sharing more than this share of words say the same thing. */
const SAME_FACT = 0.5;
/** Each loaded word divides a sentence's score by this: the summary should state facts in neutral words. */
const LOADED_PENALTY = 3;

function neutrality(words: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (LOADED_WORDS.has(w)) n++;
  return 1 / LOADED_PENALTY ** n;
}

interface Scored {
  readonly article: Article;
  readonly sentence: SentenceUnit;
  readonly score: number;
}

/** In how many independent units (copy groups count once) each content word occurs. */
function unitFrequencies(ctx: SummaryContext): Map<string, number> {
  const unitWords = new Map<string, Set<string>>();
  for (const a of ctx.input.articles) {
    const unit = ctx.unitOf.get(a.id)!;
    let words = unitWords.get(unit);
    if (!words) unitWords.set(unit, (words = new Set()));
    for (const s of ctx.sentences(a)) for (const w of s.words) words.add(w);
  }
  const df = new Map<string, number>();
  for (const words of unitWords.values()) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/** A sentence fit to stand alone in a neutral summary: a full statement, not speech, not a headline, not a continuation. */
function usable(text: string): boolean {
  const n = wordCount(text);
  if (n < MIN_WORDS || n > MAX_WORDS) return false;
  if (!/[.!]['’”")\]]?$/.test(text)) return false; // headlines, questions and fragments
  if (/[“”"]/.test(text)) return false; // quoted speech belongs to the quote section
  const first = /^[\p{L}']+/u.exec(text)?.[0].toLowerCase();
  if (first && DANGLING_OPENERS.has(first)) return false; // leans on the sentence before
  return !/^(by|photo|image|read more|watch|listen)\b/i.test(text);
}

/** Central sentences in order of importance: the lead first, then one per further unit. */
export function centralCandidates(ctx: SummaryContext): Scored[] {
  const df = unitFrequencies(ctx);
  const others = Math.max(1, ctx.unitCount - 1);
  const shared = (words: ReadonlySet<string>) => {
    let s = 0;
    for (const w of words) s += ((df.get(w) ?? 1) - 1) / others;
    return s;
  };
  const articleScore = (a: Article) => {
    const words = new Set(ctx.sentences(a).flatMap((s) => [...s.words]));
    return words.size ? shared(words) / Math.sqrt(words.size) : 0;
  };
  const articles = ctx.input.articles
    .map((a) => ({ a, score: articleScore(a) }))
    .sort((x, y) => y.score - x.score || (x.a.id < y.a.id ? -1 : 1));
  const best: Scored[] = [];
  const usedUnits = new Set<string>();
  for (const { a } of articles) {
    const unit = ctx.unitOf.get(a.id)!;
    if (usedUnits.has(unit)) continue;
    const picks = ctx.sentences(a)
      .slice(0, LEAD_WINDOW)
      .filter((s) => usable(a.text.slice(s.start, s.end)))
      .map((s) => ({ article: a, sentence: s, score: ((ctx.unitCount > 1 ? shared(s.words) : 1) * neutrality(s.words)) / (1 + 0.15 * s.index) }))
      .sort((x, y) => y.score - x.score || x.sentence.index - y.sentence.index);
    if (!picks.length) continue;
    usedUnits.add(unit);
    best.push(...picks.slice(0, 3));
  }
  // one sentence per unit first (most central units first), then the runners-up
  const firsts = best.filter((s, i) => i === 0 || best[i - 1]!.article.id !== s.article.id);
  return [...firsts, ...best.filter((s) => !firsts.includes(s))];
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}

/** Sentences of other articles that carry most of this sentence's content words. */
function support(ctx: SummaryContext, pick: Scored): Span[] {
  const words = pick.sentence.words;
  if (words.size < 4) return [];
  const found: { span: Span; score: number }[] = [];
  for (const a of ctx.input.articles) {
    if (a.id === pick.article.id) continue;
    let top: { span: Span; score: number } | null = null;
    for (const s of ctx.sentences(a)) {
      const score = overlap(words, s.words);
      if (score >= SUPPORT_OVERLAP && (!top || score > top.score)) top = { span: { article: a.id, start: s.start, end: s.end }, score };
    }
    if (top) found.push(top);
  }
  return found.sort((x, y) => y.score - x.score || (x.span.article < y.span.article ? -1 : 1)).slice(0, MAX_SUPPORT).map((f) => f.span);
}

/** Up to `n` distinct central sentences, each quoted verbatim with its span and supporting spans. */
export function centralSentences(ctx: SummaryContext, candidates: readonly Scored[], n: number): Draft[] {
  const chosen: Scored[] = [];
  for (const c of candidates) {
    if (chosen.length >= n) break;
    if (chosen.some((d) => overlap(c.sentence.words, d.sentence.words) > SAME_FACT || overlap(d.sentence.words, c.sentence.words) > SAME_FACT)) continue;
    chosen.push(c);
  }
  return chosen.map((c) => {
    const own: Span = { article: c.article.id, start: c.sentence.start, end: c.sentence.end };
    const evidence = [own, ...support(ctx, c)];
    return { section: 'central', text: c.article.text.slice(c.sentence.start, c.sentence.end), articles: [c.article.id, ...articlesOf(evidence.slice(1))], evidence };
  });
}
