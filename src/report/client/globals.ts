/**
 * The client functions as globals, for the type checker only. The browser
 * script concatenates every client function into one scope (client-bundle.ts),
 * so client modules call each other by bare name instead of importing: test
 * runners and bundlers rewrite imported names inside function bodies, which
 * would break the source text we ship.
 */
import type * as chips from './chips.js';
import type * as dom from './dom.js';
import type * as filters from './filters.js';
import type * as main from './main.js';
import type * as section from './section.js';
import type * as claims from './sections-claims.js';
import type * as framing from './sections-framing.js';
import type * as misc from './sections-misc.js';
import type * as story from './sections-story.js';
import type * as viewer from './viewer.js';

declare global {
  const ccEl: typeof dom.ccEl;
  const ccBadge: typeof dom.ccBadge;
  const ccOutlets: typeof dom.ccOutlets;
  const ccMarked: typeof dom.ccMarked;
  const ccDate: typeof dom.ccDate;
  const ccQuoteExcerpt: typeof dom.ccQuoteExcerpt;
  const ccTable: typeof dom.ccTable;
  const ccScroll: typeof dom.ccScroll;
  const ccSection: typeof section.ccSection;
  const ccFold: typeof section.ccFold;
  const ccUnfold: typeof section.ccUnfold;
  const ccRegister: typeof filters.ccRegister;
  const ccApplyFilters: typeof filters.ccApplyFilters;
  const ccOutletPart: typeof filters.ccOutletPart;
  const ccOpenArticle: typeof viewer.ccOpenArticle;
  const ccCloseViewer: typeof viewer.ccCloseViewer;
  const ccChip: typeof chips.ccChip;
  const ccChips: typeof chips.ccChips;
  const ccConflictCard: typeof claims.ccConflictCard;
  const ccConflicts: typeof claims.ccConflicts;
  const ccAgreements: typeof claims.ccAgreements;
  const ccCoverage: typeof claims.ccCoverage;
  const ccAgreementRows: typeof claims.ccAgreementRows;
  const ccTimeline: typeof story.ccTimeline;
  const ccDiff: typeof story.ccDiff;
  const ccQuotes: typeof story.ccQuotes;
  const ccQuoteItem: typeof story.ccQuoteItem;
  const ccEntities: typeof story.ccEntities;
  const ccHeader: typeof misc.ccHeader;
  const ccToolbar: typeof misc.ccToolbar;
  const ccSummarySentence: typeof misc.ccSummarySentence;
  const ccSummary: typeof misc.ccSummary;
  const ccArticles: typeof misc.ccArticles;
  const ccDiagnostics: typeof misc.ccDiagnostics;
  const ccFraming: typeof framing.ccFraming;
  const ccRender: typeof main.ccRender;
  const ccFoldEvents: typeof main.ccFoldEvents;
}
