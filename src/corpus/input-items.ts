/**
 * The corpus input stream: files, folders, JSONL, feeds (files and URLs) and WARC archives,
 * one item at a time (src/ingest/sources).
 */
export { streamInputs as corpusItems } from '../ingest/sources/index.js';
export type { SourceItem } from '../ingest/sources/index.js';
export type { StreamOptions } from '../ingest/sources/index.js';
