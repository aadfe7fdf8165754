/**
 * The output contract, schemaVersion 1.
 *
 * This file is the single source of truth: the TypeScript types below are
 * derived from these TypeBox schemas (`Static<…>`), and `schema/analysis.schema.json`
 * is generated from them by `npm run schema` (scripts/write-schema.js). Tests validate
 * every output against the generated file, so the two cannot drift apart.
 *
 * Names required by the contract must not change. New fields are added as
 * `Type.Optional(…)` or with a documented default, never by renaming.
 */
import { Type, type Static } from '@sinclair/typebox';

const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

/** A half-open character range `[start, end)` into `Article.text` of the article `article`. */
export const SpanSchema = Type.Object(
  {
    article: Type.String({ description: 'Article.id the offsets point into' }),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type Span = Static<typeof SpanSchema>;

export const RemovedSchema = Type.Object(
  {
    text: Type.String(),
    reason: Type.String({ description: 'rule id, e.g. trailing-unrelated-headline, share-prompt, source-list' }),
  },
  { additionalProperties: false },
);

export const ArticleSchema = Type.Object(
  {
    id: Type.String(),
    source: Type.String({ description: 'where it was read from: a path (relative to the cwd when possible), "-" for stdin, with ":line" for JSONL records' }),
    url: NullableString,
    outlet: NullableString,
    outletFrom: Type.Union([Type.Literal('metadata'), Type.Literal('url'), Type.Literal('text'), Type.Null()], {
      description: 'where the outlet name came from; null when outlet is null',
    }),
    title: NullableString,
    author: NullableString,
    published: Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}(-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?)?$' }), Type.Null()], {
      description: 'ISO date or date-time; YYYY-MM when only the month is known',
    }),
    language: NullableString,
    text: Type.String({ description: 'normalised body text; every Span points into it' }),
    removed: Type.Array(RemovedSchema),
    wordCount: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type Article = Static<typeof ArticleSchema>;

export const EntityTypeSchema = Type.Union([
  Type.Literal('person'),
  Type.Literal('organization'),
  Type.Literal('place'),
  Type.Literal('group'),
  Type.Literal('other'),
]);
export type EntityType = Static<typeof EntityTypeSchema>;

export const EntitySchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    type: EntityTypeSchema,
    aliases: Type.Array(Type.String()),
    roles: Type.Array(Type.Object({ text: Type.String(), articles: Type.Array(Type.String()) }, { additionalProperties: false })),
    articles: Type.Array(Type.String()),
    mentions: Type.Array(SpanSchema),
  },
  { additionalProperties: false },
);
export type Entity = Static<typeof EntitySchema>;

export const QuoteOccurrenceSchema = Type.Object(
  {
    article: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    text: Type.String(),
    speakerName: NullableString,
    speakerRole: Type.Optional(NullableString),
    outlet: Type.Optional(NullableString),
    partial: Type.Optional(Type.Boolean({ description: 'a fragment quoted inside the writer\'s own sentence' })),
  },
  { additionalProperties: false },
);

export const QuoteSchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String(),
    speaker: Type.Union([
      Type.Object({ name: Type.String(), entity: NullableString, role: NullableString }, { additionalProperties: false }),
      Type.Null(),
    ]),
    occurrences: Type.Array(QuoteOccurrenceSchema),
    altered: Type.Optional(Type.Boolean({ description: 'wording differs between occurrences (beyond marks and spacing)' })),
    firstArticle: Type.Optional(NullableString),
    speakerConflict: Type.Optional(Type.Boolean({ description: 'occurrences attribute the quote to different speakers' })),
  },
  { additionalProperties: false },
);
export type Quote = Static<typeof QuoteSchema>;

export const TimelineEventSchema = Type.Object(
  {
    id: Type.String(),
    date: Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }),
    description: Type.String(),
    entities: Type.Array(Type.String()),
    evidence: Type.Array(SpanSchema),
    articles: Type.Optional(Type.Array(Type.String())),
    dateConflict: Type.Optional(Type.Boolean()),
    weak: Type.Optional(
      Type.Boolean({ description: 'background rather than news: every account of it gives only a year, a "since …" date, or a clause too short to say what happened' }),
    ),
    inferredIn: Type.Optional(
      Type.Array(Type.String(), {
        description: "articles with no publication date whose relative date for this event (\"on Tuesday\") was resolved against the story's reference day (the median publication day of its dated articles): the date is inferred, not stated",
      }),
    ),
  },
  { additionalProperties: false },
);
export type TimelineEvent = Static<typeof TimelineEventSchema>;

export const ClaimKindSchema = Type.Union([
  Type.Literal('quantity'),
  Type.Literal('age'),
  Type.Literal('date'),
  Type.Literal('name'),
  Type.Literal('role'),
  Type.Literal('other'),
  Type.Literal('fact'),
]);
export type ClaimKind = Static<typeof ClaimKindSchema>;

export const ClaimStatusSchema = Type.Union([
  Type.Literal('agreed'),
  Type.Literal('conflict'),
  Type.Literal('single'),
  Type.Literal('updated'),
]);
export type ClaimStatus = Static<typeof ClaimStatusSchema>;

export const ClaimValueSchema = Type.Object(
  {
    value: Type.String(),
    normalized: Type.Union([Type.Number(), Type.String(), Type.Null()]),
    qualifier: NullableString,
    unit: NullableString,
    articles: Type.Array(Type.String()),
    evidence: Type.Array(SpanSchema),
    attribution: Type.Optional(Type.Array(Type.String(), { description: 'in-text sources the value is attributed to ("according to the ministry")' })),
    independentSources: Type.Optional(Type.Integer({ minimum: 0 })),
    modality: Type.Optional(
      Type.Union([Type.Literal('asserted'), Type.Literal('attributed'), Type.Literal('hedged'), Type.Literal('negated')], {
        description: 'kind "fact": how the value is stated — in the outlet\'s own voice, attributed to a source, hedged ("expected to"), or denied; only asserted and attributed values make agreements and conflicts',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ClaimValue = Static<typeof ClaimValueSchema>;

export const ClaimSchema = Type.Object(
  {
    id: Type.String(),
    kind: ClaimKindSchema,
    topic: Type.String(),
    status: ClaimStatusSchema,
    values: Type.Array(ClaimValueSchema),
    subject: Type.Optional(NullableString),
    articles: Type.Optional(Type.Array(Type.String())),
    independentSources: Type.Optional(Type.Integer({ minimum: 0 })),
    updates: Type.Optional(
      Type.Array(
        Type.Object({ value: Type.String(), normalized: NullableNumber, article: Type.String(), published: NullableString }, { additionalProperties: false }),
        { description: 'for status "updated": the values in report-time order (undated articles placed by their value)' },
      ),
    ),
    why: Type.Optional(Type.String({ description: 'for a conflict or an update: why, in words (different value, after conversion, on a common basis, a running count)' })),
    within: Type.Optional(
      Type.String({ description: 'for an agreement found inside a conflict or a running count (two outlets give the same earlier toll): the id of that conflict or update claim' }),
    ),
    fact: Type.Optional(
      Type.Object(
        {
          subject: Type.Object(
            { entity: NullableString, name: Type.String() },
            { additionalProperties: false, description: 'Entity.id and name; entity null when the subject is the story\'s event ("the defeat")' },
          ),
          predicate: Type.String({ description: 'attribute ("role", "nationality", "origin") or "<relation>:<role>" ("defeat:winner", "acquire:buyer")' }),
          single: Type.Boolean({ description: 'one value at a time: different values conflict; a multi-valued predicate never conflicts' }),
        },
        { additionalProperties: false, description: 'kind "fact": what the values are about; each value is the object' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Claim = Static<typeof ClaimSchema>;

export const SummarySentenceSchema = Type.Object(
  { text: Type.String(), articles: Type.Array(Type.String()), evidence: Type.Array(SpanSchema) },
  { additionalProperties: false },
);
export type SummarySentence = Static<typeof SummarySentenceSchema>;

export const DiagnosticSchema = Type.Object(
  {
    severity: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]),
    rule: Type.String(),
    message: Type.String(),
    source: Type.String(),
    article: Type.Optional(Type.String()),
    line: Type.Optional(Type.Integer({ minimum: 1 })),
    stage: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type Diagnostic = Static<typeof DiagnosticSchema>;

export const IndependenceGroupSchema = Type.Object(
  {
    id: Type.String(),
    articles: Type.Array(Type.String()),
    similarity: Type.Number({ description: 'highest pairwise shingle resemblance inside the group (0..1)' }),
    reason: Type.String(),
  },
  { additionalProperties: false },
);

const FramingToneSchema = Type.Object(
  {
    score: Type.Number({ description: 'mean sentence sentiment, -1…1' }),
    sentences: Type.Integer({ minimum: 0 }),
    spans: Type.Array(SpanSchema, { description: 'the most strongly scored sentences' }),
  },
  { additionalProperties: false },
);

export const FramingSchema = Type.Object(
  {
    outlet: Type.String(),
    articles: Type.Array(Type.String()),
    distinctiveTerms: Type.Array(
      Type.Object(
        {
          term: Type.String(),
          count: Type.Integer(),
          score: Type.Number({ description: 'z-score of the log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008)' }),
          spans: Type.Optional(Type.Array(SpanSchema)),
        },
        { additionalProperties: false },
      ),
    ),
    scareQuotes: Type.Array(Type.String()),
    scareQuoteSpans: Type.Optional(
      Type.Array(
        Type.Object(
          { text: Type.String(), spans: Type.Array(SpanSchema), sharedWith: Type.Integer({ minimum: 0, description: 'other outlets that scare-quote the same words' }) },
          { additionalProperties: false },
        ),
      ),
    ),
    voices: Type.Array(
      Type.Object(
        {
          name: Type.String(),
          entity: NullableString,
          quotes: Type.Integer(),
          role: Type.Optional(NullableString),
          words: Type.Optional(Type.Integer({ minimum: 0 })),
          share: Type.Optional(Type.Number({ description: "share of the outlet's quoted words, 0…1" })),
          spans: Type.Optional(Type.Array(SpanSchema)),
        },
        { additionalProperties: false },
      ),
    ),
    labels: Type.Optional(
      Type.Array(
        Type.Object(
          {
            label: Type.String(),
            key: Type.String({ description: 'lower-case, singular form labels are compared by' }),
            entity: NullableString,
            name: NullableString,
            link: Type.Union([Type.Literal('pre-modifier'), Type.Literal('appositive'), Type.Literal('copula'), Type.Literal('none')]),
            count: Type.Integer({ minimum: 1 }),
            sharedWith: Type.Integer({ minimum: 0, description: 'other outlets that use the same label' }),
            spans: Type.Array(SpanSchema),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    tone: Type.Optional(
      Type.Object(
        {
          lexicon: Type.String(),
          article: FramingToneSchema,
          entities: Type.Array(
            Type.Object(
              { entity: Type.String(), name: Type.String(), score: Type.Number(), sentences: Type.Integer({ minimum: 0 }), spans: Type.Array(SpanSchema) },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    omissions: Type.Optional(
      Type.Array(
        Type.Object(
          {
            kind: Type.Union([Type.Literal('claim'), Type.Literal('event'), Type.Literal('quote')]),
            ref: Type.String({ description: 'id of the claim, event or quote' }),
            text: Type.String(),
            carriedBy: Type.Integer({ minimum: 0 }),
            of: Type.Integer({ minimum: 0 }),
            evidence: Type.Array(SpanSchema, { description: 'where the other outlets report it' }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

export const StorySchema = Type.Object(
  {
    title: NullableString,
    articleCount: Type.Integer({ minimum: 0 }),
    outletCount: Type.Integer({ minimum: 0 }),
    independentCount: Type.Integer({ minimum: 0 }),
    dateRange: Type.Union([Type.Object({ from: Type.String(), to: Type.String() }, { additionalProperties: false }), Type.Null()]),
  },
  { additionalProperties: false },
);

export const AnalysisSchema = Type.Object(
  {
    schemaVersion: Type.Literal(1),
    generator: Type.Object({ name: Type.Literal('crosscheck'), version: Type.String() }, { additionalProperties: false }),
    story: Type.Optional(StorySchema),
    articles: Type.Array(ArticleSchema),
    entities: Type.Array(EntitySchema),
    quotes: Type.Array(QuoteSchema),
    events: Type.Array(TimelineEventSchema),
    claims: Type.Array(ClaimSchema),
    summary: Type.Array(SummarySentenceSchema),
    independence: Type.Optional(Type.Array(IndependenceGroupSchema)),
    framing: Type.Optional(Type.Array(FramingSchema)),
    skipped: Type.Optional(
      Type.Object({ inputs: Type.Integer({ minimum: 0 }), records: Type.Integer({ minimum: 0 }) }, { additionalProperties: false, description: 'inputs (files) and records that could not be read' }),
    ),
    diagnostics: Type.Array(DiagnosticSchema),
  },
  { $id: 'urn:crosscheck:schema:analysis:1', title: 'crosscheck Analysis (schemaVersion 1)', additionalProperties: false },
);
export type Analysis = Static<typeof AnalysisSchema>;
export type IndependenceGroup = Static<typeof IndependenceGroupSchema>;
export type Framing = Static<typeof FramingSchema>;
export type Story = Static<typeof StorySchema>;
