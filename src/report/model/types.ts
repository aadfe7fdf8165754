/**
 * The report model: the view-ready shape every renderer (Markdown, HTML report,
 * `serve` UI) draws from. Built once from an Analysis by `buildReportModel`, so
 * the three outputs cannot disagree about what a conflict or an agreement is.
 * Plain JSON (no Maps, no classes) because the HTML report embeds it verbatim.
 */
import type { ClaimKind, ClaimStatus, Diagnostic, EntityType } from '../../contract/analysis-schema.js';

/** A pointer into an article plus the sentence around it, ready to show. */
export interface Excerpt {
  readonly article: string;
  /** the evidence span itself, in article-text offsets. */
  readonly start: number;
  readonly end: number;
  /** offset of `text` inside the article text. */
  readonly contextStart: number;
  /** the sentence (or bounded context) around the span. */
  readonly text: string;
  /** part of `text` to highlight, relative to `text`; null when nothing to mark. */
  readonly mark: readonly [number, number] | null;
  /** `text` was cut short of its sentence at the start / at the end (show an ellipsis). */
  readonly clipped: readonly [boolean, boolean];
}

export interface ArticleView {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly published: string | null;
  /** only http(s) URLs survive; anything else (javascript:, data:) becomes null. */
  readonly url: string | null;
  readonly author: string | null;
  readonly source: string;
  readonly wordCount: number;
  readonly text: string;
  /** independence group id when the article is a copy of others, else null. */
  readonly group: string | null;
}

export interface OutletView {
  readonly name: string;
  readonly articles: readonly string[];
}

export interface ValueView {
  /** the value as written in the first article that gives it ("approximately 2,000", "42-day"). */
  readonly value: string;
  /** what every renderer shows: the value as written with its unit once ("approximately 2,000 prisoners"). */
  readonly label: string;
  readonly qualifier: string | null;
  readonly unit: string | null;
  readonly outlets: readonly string[];
  readonly articles: readonly string[];
  readonly independent: number;
  readonly attribution: readonly string[];
  readonly evidence: readonly Excerpt[];
}

export interface UpdateView {
  readonly value: string;
  readonly article: string;
  readonly outlet: string;
  readonly published: string | null;
}

export interface ClaimView {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly status: ClaimStatus;
  readonly topic: string;
  readonly subject: string | null;
  readonly independent: number;
  readonly outlets: readonly string[];
  readonly values: readonly ValueView[];
  readonly updates: readonly UpdateView[];
  /** kind "fact": the claim as a plain sentence ("Jane Roe won"); null for other kinds. */
  readonly sentence?: string | null;
}

export interface EventView {
  readonly id: string;
  readonly date: string;
  readonly description: string;
  readonly dateConflict: boolean;
  readonly outlets: readonly string[];
  readonly entities: readonly string[];
  readonly evidence: readonly Excerpt[];
}

export interface TimelineDay {
  readonly date: string;
  readonly events: readonly EventView[];
}

/** One piece of a word diff: kept, removed (only in the reference), or added. */
export interface DiffPart {
  readonly op: 'eq' | 'del' | 'ins';
  readonly text: string;
}

export interface QuoteVariant {
  readonly text: string;
  readonly outlets: readonly string[];
  readonly evidence: readonly Excerpt[];
  /** diff from the quote's reference wording to this wording; empty for the reference itself. */
  readonly diff: readonly DiffPart[];
}

export interface QuoteView {
  readonly id: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly role: string | null;
  readonly speakerConflict: boolean;
  /** who each outlet names as the speaker (more than one entry when they disagree). */
  readonly attributions: readonly { readonly speaker: string; readonly outlets: readonly string[] }[];
  readonly altered: boolean;
  readonly outlets: readonly string[];
  readonly first: { readonly article: string; readonly outlet: string; readonly published: string | null } | null;
  readonly variants: readonly QuoteVariant[];
}

/** One speaker's quotes: the ledger shows a speaker once, not once per quote fragment. */
export interface SpeakerGroup {
  /** null for quotes with no speaker. */
  readonly speaker: string | null;
  readonly role: string | null;
  /** outlets carrying any of the speaker's quotes. */
  readonly outlets: readonly string[];
  /** indices into `ReportModel.quotes`, in ledger order. */
  readonly quotes: readonly number[];
}

export interface EntityView {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly text: string; readonly outlets: readonly string[] }[];
  readonly mentions: number;
  readonly outlets: readonly { readonly outlet: string; readonly count: number }[];
  readonly first: Excerpt | null;
}

export interface CoverageRow {
  readonly claim: string;
  readonly topic: string;
  readonly status: ClaimStatus;
  /** one cell per `CoverageMatrix.outlets` entry: the value(s) that outlet reports, or null. */
  readonly cells: readonly (string | null)[];
}

export interface CoverageMatrix {
  readonly outlets: readonly string[];
  readonly rows: readonly CoverageRow[];
}

export interface SummaryView {
  readonly text: string;
  readonly outlets: readonly string[];
  readonly evidence: readonly Excerpt[];
}

/** One framing figure (a term, a label, a voice…) with the spans that show it. */
export interface FramingItem {
  readonly text: string;
  readonly figure: string;
  readonly evidence: readonly Excerpt[];
}

/** One framing lens across outlets, with its one-line method note. */
export interface FramingPartView {
  readonly key: 'terms' | 'labels' | 'scare' | 'voices' | 'tone' | 'omissions';
  readonly title: string;
  readonly how: string;
  readonly outlets: readonly { readonly outlet: string; readonly items: readonly FramingItem[] }[];
}

/** The header's counts; `headline` and `conflictCounts` are them in the words every renderer prints. */
export interface ReportStats {
  readonly articles: number;
  readonly outlets: number;
  readonly independent: number;
  /** first and last known publication day; null when no article has one. */
  readonly dateRange: { readonly from: string; readonly to: string } | null;
  /** articles with no publication date (never dated from the events they report). */
  readonly undated: number;
  /** disputed facts (status conflict). */
  readonly conflicts: number;
  /** figures that moved as the story developed (status updated); listed with the conflicts. */
  readonly updates: number;
  /** "5 articles from 5 outlets (5 independent), published 2025-03-05; 4 of 5 articles undated". */
  readonly headline: string;
  /** "3 conflicts, 2 updates". */
  readonly conflictCounts: string;
}

export interface ReportModel {
  readonly title: string;
  readonly version: string;
  readonly stats: ReportStats;
  readonly outlets: readonly OutletView[];
  readonly articles: readonly ArticleView[];
  readonly conflicts: readonly ClaimView[];
  readonly agreements: readonly ClaimView[];
  readonly singles: readonly ClaimView[];
  readonly timeline: readonly TimelineDay[];
  readonly quotes: readonly QuoteView[];
  /** the quote ledger by speaker: each speaker once, with their quotes (indices into `quotes`). */
  readonly speakers: readonly SpeakerGroup[];
  readonly entities: readonly EntityView[];
  readonly coverage: CoverageMatrix;
  readonly summary: readonly SummaryView[];
  readonly framing: readonly FramingPartView[];
  readonly diagnostics: readonly Diagnostic[];
  readonly skipped: { readonly inputs: number; readonly records: number };
}
