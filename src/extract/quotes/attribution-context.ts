/**
 * What the attribution steps share for one article: tokens, the entity layer, and
 * quick lookups (which mention covers a token, which tokens are inside quotations).
 */
import type { EntityLayer, LocalEntity, Mention } from '../../model/records.js';
import type { NlpDoc, Token } from '../../nlp/nlp-doc.js';
import type { MarkedSpan } from './01-find-marks.js';
import { ADVERT_LINE_PATTERNS, PICTURE_CREDIT_PATTERN, TEASER_LINE_PATTERNS } from '../../lexicon/boilerplate-patterns.js';
import { isNarrative } from './narrative-quotes.js';
import { tokenIndexAt, wordsOf } from './token-helpers.js';

export interface AttributionContext {
  readonly doc: NlpDoc;
  readonly tokens: readonly Token[];
  readonly layer: EntityLayer;
  readonly entities: ReadonlyMap<string, LocalEntity>;
  /** mention index covering each token, -1 when none */
  readonly mentionAt: Int32Array;
  /** 1 when the token is a quotation mark or inside a quotation */
  readonly inQuote: Uint8Array;
  /** 1 when the token is inside a narrative quotation (narrative-quotes): its names may be antecedents */
  readonly narrative: Uint8Array;
  /** true when the entity stage types some mentions as persons (else fall back to heuristics). */
  readonly typedPersons: boolean;
  /** last words of multi-word names: a one-word mention equal to one of them is a surname. */
  readonly surnames: ReadonlySet<string>;
  /** entity keys already attributed as speakers in this article (filled as quotes are attributed):
   * a pronoun may refer back to them whatever their type. */
  readonly speakers: Set<string>;
  /** mentions of the same entity or with the same last word as m (built on first use). */
  readonly sameNamed: (m: Mention) => readonly Mention[];
  /** memo for per-name answers (is this person described as "analyst"?). */
  readonly memo: Map<string, boolean>;
  /** surname → the one multi-word person name ending in it (absent when two people share it). */
  readonly bySurname: ReadonlyMap<string, Mention>;
  /** per paragraph, how many prose paragraphs (not page furniture) come before it: distances
   * back to an antecedent are counted in these, so "Story continues below advertisement" lines
   * do not push the person named above out of reach. */
  readonly proseIndex: Int32Array;
  /** mentions no pronoun or description may refer back to: one in a link teaser
   * ("READ MORE: …"), an advertisement marker or a picture credit ("(Jane Roe / Example Wire)"). */
  readonly offstage: ReadonlySet<Mention>;
}

/** Character ranges of the article that are page furniture rather than the story's prose. */
const FURNITURE_LINE_PATTERNS: readonly RegExp[] = [...TEASER_LINE_PATTERNS, ...ADVERT_LINE_PATTERNS];
function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  return FURNITURE_LINE_PATTERNS.some((re) => re.test(trimmed));
}

/** Per paragraph, whether it is page furniture (read once, for both uses below). */
function furnitureParagraphs(doc: NlpDoc): boolean[] {
  return doc.paragraphs.map((p) => isFurnitureLine(doc.text.slice(p.start, p.end)));
}

function furniture(doc: NlpDoc, isFurniture: readonly boolean[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  doc.paragraphs.forEach((p, i) => {
    if (isFurniture[i]) out.push([p.start, p.end]);
  });
  for (const m of doc.text.matchAll(PICTURE_CREDIT_PATTERN)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Token → index of the mention covering it, -1 when none. */
function mentionIndex(tokens: readonly Token[], mentions: readonly Mention[]): Int32Array {
  const at = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, mi) => {
    for (let k = tokenIndexAt(tokens, m.span.start); k < tokens.length && tokens[k]!.end <= m.span.end; k++) at[k] = mi;
  });
  return at;
}

/**
 * The entity stage leaves some later surnames unnamed ("Dean, a doctor, then appeared …" after
 * "Howard Dean"): a capitalised word, outside quotations and outside any mention, equal to the
 * surname of the one person named in full before it, becomes a mention of that person, so that a
 * pronoun after it can refer back to it. Not a word inside a run of capitalised words ("Dean
 * Street") nor a sentence's first word the tagger does not read as a name ("Young voters …").
 */
function withBareSurnames(doc: NlpDoc, layer: EntityLayer, covered: Int32Array, inQuote: Uint8Array, bySurname: ReadonlyMap<string, Mention>): EntityLayer {
  const { tokens } = doc;
  const added: Mention[] = [];
  const capital = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '') && covered[k] === -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // the map first: one lookup per token is cheaper than the pattern, which only the surnames need
    const m = bySurname.get(t.lower);
    if (!m || covered[k] !== -1 || inQuote[k] === 1 || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    if (m.span.end > t.start || m.type !== 'person' || capital(k - 1) || capital(k + 1)) continue;
    if (t.pos !== 'PROPN' && doc.sentences[t.sentence]?.first === k) continue;
    added.push({ ...m, stage: 'quotes', span: { ...m.span, start: t.start, end: t.end }, role: null, roleSpan: null, sentence: t.sentence });
  }
  if (added.length === 0) return layer;
  const mentions = [...layer.mentions, ...added].sort((a, b) => a.span.start - b.span.start);
  return { ...layer, mentions };
}

/** Build the shared lookups in one pass over tokens and mentions. */
export function buildAttributionContext(doc: NlpDoc, named: EntityLayer, spans: readonly MarkedSpan[]): AttributionContext {
  const { tokens } = doc;
  const inQuote = new Uint8Array(tokens.length);
  const narrative = new Uint8Array(tokens.length);
  for (const s of spans) {
    const end = s.close === null ? s.end : s.close + 1;
    const prose = isNarrative(doc.text, s);
    // a transcript turn's tag ("PENCE:") is the writer's, not the quoted words
    for (let k = tokenIndexAt(tokens, s.tag ? s.start : s.open); k < tokens.length && tokens[k]!.start < end; k++) {
      inQuote[k] = 1;
      if (prose) narrative[k] = 1;
    }
  }
  const covered = mentionIndex(tokens, named.mentions);
  const entities = new Map(named.entities.map((e) => [e.key, e] as const));
  const typedPersons = named.mentions.some((m) => m.type === 'person');
  const surnames = new Set<string>();
  const bySurname = new Map<string, Mention>();
  const shared = new Set<string>();
  for (const m of named.mentions) {
    if (inQuote[tokenIndexAt(tokens, m.span.start)] === 1) continue;
    const words = wordsOf(m.text).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (words.length < 2) continue;
    const last = words[words.length - 1]!.toLowerCase();
    surnames.add(last);
    if (m.type !== 'person' && m.type !== 'other') continue;
    const had = bySurname.get(last);
    if (had && had.entity !== m.entity) shared.add(last);
    else bySurname.set(last, m);
  }
  for (const w of shared) bySurname.delete(w);
  const layer = withBareSurnames(doc, named, covered, inQuote, bySurname);
  const mentionAt = layer === named ? covered : mentionIndex(tokens, layer.mentions);
  let index: Map<string, Mention[]> | null = null;
  const lastWordOf = (m: Mention) => `w:${(wordsOf(m.text).pop() ?? '').toLowerCase()}`;
  const sameNamed = (m: Mention): readonly Mention[] => {
    if (!index) {
      index = new Map();
      for (const o of layer.mentions) {
        for (const k of [`e:${o.entity}`, lastWordOf(o)]) {
          const list = index.get(k);
          if (list) list.push(o);
          else index.set(k, [o]);
        }
      }
    }
    const a = index.get(`e:${m.entity}`) ?? [];
    const b = index.get(lastWordOf(m)) ?? [];
    return a.length === 0 ? b : b.length === 0 ? a : [...new Set([...a, ...b])];
  };
  const isFurniture = furnitureParagraphs(doc);
  const ranges = furniture(doc, isFurniture);
  const offstage = new Set(ranges.length === 0 ? [] : layer.mentions.filter((m) => ranges.some(([a, b]) => m.span.start >= a && m.span.end <= b)));
  const proseIndex = new Int32Array(doc.paragraphs.length);
  let prose = 0;
  doc.paragraphs.forEach((p, i) => {
    proseIndex[i] = prose;
    if (!isFurniture[i]) prose++;
  });
  return { doc, tokens, layer, entities, mentionAt, inQuote, narrative, typedPersons, surnames, speakers: new Set<string>(), sameNamed, memo: new Map(), offstage, bySurname, proseIndex };
}

/** The mention covering token k, if any. */
export function mentionOf(ax: AttributionContext, k: number): Mention | undefined {
  const mi = ax.mentionAt[k];
  return mi === undefined || mi < 0 ? undefined : ax.layer.mentions[mi];
}

/**
 * A capitalised word at token k that the entity stage left unnamed but that is the surname of the
 * one person the article names in full ("says House" after "Christopher House" was introduced).
 */
export function surnameOf(ax: AttributionContext, k: number): Mention | undefined {
  const t = ax.tokens[k];
  if (!t || ax.inQuote[k] === 1 || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return undefined;
  const m = ax.bySurname.get(t.lower);
  return m && m.span.end <= t.start ? m : undefined;
}

/** The prose-paragraph number of token k (page furniture not counted). */
export function proseParagraph(ax: AttributionContext, k: number): number {
  const p = ax.tokens[Math.min(k, ax.tokens.length - 1)]?.paragraph ?? 0;
  return ax.proseIndex[p] ?? p;
}
