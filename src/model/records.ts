/**
 * Internal records that extractors propose and refiners/comparers consume.
 *
 * Every record is immutable, carries a `kind` discriminator, the `stage` that
 * produced it and a `span` into the article's normalised text (STYLE §6).
 */
import type { Article, Diagnostic, EntityType, Span } from '../contract/analysis-schema.js';

export type { Span } from '../contract/analysis-schema.js';

/** One mention of a named thing in one article. `text` is the name without any title (role). */
export interface Mention {
  readonly kind: 'mention';
  readonly stage: string;
  readonly span: Span;
  /** surface name as written, title stripped ("Jane Doe", "WHO", "al-Rashid"). */
  readonly text: string;
  readonly type: EntityType;
  /** role attached at this mention ("Secretary of State", "a spokesperson for the city council"). */
  readonly role: string | null;
  readonly roleSpan: Span | null;
  /** key of the LocalEntity this mention belongs to (see LocalEntity.key). */
  readonly entity: string;
  readonly sentence: number;
}

/** A within-article entity: all mentions of one referent in one article. */
export interface LocalEntity {
  readonly kind: 'local-entity';
  /** stable key, unique inside the article, e.g. "person:maria ostrov". */
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly text: string; readonly span: Span }[];
  readonly mentions: readonly Span[];
}

/** Output of the entity stage for one article. */
export interface EntityLayer {
  /** sorted by span.start */
  readonly mentions: readonly Mention[];
  readonly entities: readonly LocalEntity[];
}

export interface QuoteSpeaker {
  /** name as written at the attribution (or the canonical name of a resolved pronoun). */
  readonly name: string;
  /** LocalEntity.key when resolved, else null. */
  readonly entity: string | null;
  readonly role: string | null;
  /** where the attribution was found (name, pronoun, or "a source from …"). */
  readonly span: Span | null;
  /** how it was found: said-x, x-said, according-to, told, wrote, statement, previous-sentence, pronoun, colon, … */
  readonly rule: string;
}

export interface QuoteRecord {
  readonly kind: 'quote';
  readonly stage: string;
  /** span of the quoted words, without the quotation marks. */
  readonly span: Span;
  readonly text: string;
  readonly speaker: QuoteSpeaker | null;
  /** fragment quoted inside the writer's own sentence. */
  readonly partial: boolean;
  /** one or two words in quotation marks that are not an utterance ("green light"). */
  readonly scare: boolean;
  readonly sentence: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateMention {
  readonly kind: 'date';
  readonly stage: string;
  readonly span: Span;
  readonly text: string;
  /** YYYY | YYYY-MM | YYYY-MM-DD; null when relative and the article has no published date. */
  readonly date: string | null;
  readonly precision: DatePrecision;
  /** false when the expression is relative and could not be anchored. */
  readonly anchored: boolean;
  readonly relative: boolean;
  readonly sentence: number;
  /** set when the expression names a span with no single day or month ("last week" → its month). */
  readonly approximate?: boolean;
  /** a quarter, half or season in TimeML notation ("2024-Q3", "2024-H1", "1998-SU"); `date` is then its year. */
  readonly period?: string;
}

export interface EventRecord {
  readonly kind: 'event';
  readonly stage: string;
  readonly date: string;
  readonly precision: DatePrecision;
  readonly description: string;
  /** LocalEntity keys of the entities in the clause. */
  readonly entities: readonly string[];
  /** the sentence or clause the event is drawn from. */
  readonly evidence: Span;
  /** the date expression itself. */
  readonly dateSpan: Span;
  /** background rather than news: a year-only or "since …" date, or a clause too short to say what happened. */
  readonly weak?: boolean;
  /** the article has no publication date: the date was resolved against the story's reference day (compare/timeline step 0). */
  readonly inferred?: boolean;
}

/** A single-article claim: a number, an age, a date or a role stated in one place. */
export interface QuantityRecord {
  readonly kind: 'quantity';
  readonly stage: string;
  readonly claimKind: 'quantity' | 'age';
  readonly span: Span;
  /** the number as written, with its qualifier ("more than 400", "£40m"). */
  readonly text: string;
  readonly value: number;
  readonly qualifier: string | null;
  /** hostages, people, %, GBP, USD, km, days, years … */
  readonly unit: string | null;
  /** normalised thing counted, comparable across articles ("hostages held", "hostages alive", "dead"). */
  readonly topic: string;
  /** for ages: the person's LocalEntity key. */
  readonly subject: string | null;
  readonly subjectName: string | null;
  /** in-text source the figure is attributed to ("Israel Defense Forces", "police"). */
  readonly attribution: string | null;
  /** the sentence the quantity is stated in. */
  readonly evidence: Span;
  readonly sentence: number;
}

/** How a fact is stated: in the outlet's own voice, attributed to a source, hedged, or denied. */
export type FactModality = 'asserted' | 'attributed' | 'hedged' | 'negated';

/**
 * One fact stated in one article: `subject` `predicate` `object`. For an attribute (role,
 * nationality, home town) the subject is the person and the object a short phrase; for an event
 * relation the subject is the story's event and the predicate names the role ("defeat:winner"),
 * filled by an entity of the article.
 */
export interface FactRecord {
  readonly kind: 'fact';
  readonly stage: string;
  /** LocalEntity key of the subject, or null for the story's event. */
  readonly subject: string | null;
  readonly subjectName: string;
  /** "role", "nationality", "origin", or "<relation>:<role>" ("defeat:winner"). */
  readonly predicate: string;
  /** the object as written ("Railway Minister", "Canadian", "Jane Roe"). */
  readonly object: string;
  /** LocalEntity key when the object is an entity of the article. */
  readonly objectEntity: string | null;
  /** comparable form of a phrase object (lower case, determiners off); entity objects compare by merged id. */
  readonly objectKey: string;
  readonly single: boolean;
  readonly modality: FactModality;
  /** the speaker or source the fact is attributed to, when modality is "attributed". */
  readonly attribution: string | null;
  /** the words the fact is read from. */
  readonly span: Span;
  /** the sentence it is stated in. */
  readonly evidence: Span;
  readonly sentence: number;
}

/** Everything extracted from one article. */
export interface ArticleExtraction {
  readonly article: Article;
  readonly entities: EntityLayer;
  readonly quotes: readonly QuoteRecord[];
  readonly dates: readonly DateMention[];
  readonly events: readonly EventRecord[];
  readonly quantities: readonly QuantityRecord[];
  /** facts (subject, predicate, object); absent in extractions built by hand before the fact stage existed. */
  readonly facts?: readonly FactRecord[];
  readonly diagnostics: readonly Diagnostic[];
}
