/**
 * crosscheck's public API. The CLI and the server use only what is exported here.
 */
export * from './contract/analysis-schema.js';
export type * from './model/records.js';
export { analyze, analyzeParallel, type AnalyzeInput, type AnalyzeOptions } from './analyze.js';
export { startExtractPool, type ExtractPool } from './extract/pool/extract-pool.js';
export { ingestPaths, ingestJsonl, type IngestOptions, type IngestResult } from './ingest/index.js';
export { streamInputs, isUrlInput, DEFAULT_MAX_STREAMED_BYTES, type SourceItem, type StreamOptions } from './ingest/sources/index.js';
export {
  loadUrlArticles,
  urlEventItems,
  normalizeUrl,
  articleKey,
  PageCache,
  defaultPageCacheDir,
  DEFAULT_MIN_WORDS,
  type UrlEvent,
  type UrlLoadOptions,
  type PageOrigin,
  type CachedPage,
  type PageCacheOptions,
} from './ingest/urls/index.js';
export { extractArticle } from './extract/index.js';
export { compareArticles, type Comparison } from './compare/index.js';
export { renderJson } from './report/json-report.js';
export { renderMarkdown } from './report/markdown-report.js';
export { renderReport, FORMATS, isFormat, type Format } from './report/index.js';
export { CrosscheckError, UsageError, IngestError, isCrosscheckError, isUsageError, isIngestError } from './errors.js';
export { VERSION } from './version.js';
