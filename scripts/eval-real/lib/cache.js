// Where the real-news evaluation data lives: a local cache, never the repository (third-party text).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The cache root: $CROSSCHECK_EVAL_CACHE, else ~/.cache/crosscheck-eval. */
export const CACHE = process.env.CROSSCHECK_EVAL_CACHE ?? join(homedir(), '.cache', 'crosscheck-eval');

/** Absolute path of a path relative to the cache. */
export const inCache = (...parts) => join(CACHE, ...parts);

/** The first of `paths` (relative to the cache) that does not exist, or null when all do. */
export function firstMissing(paths) {
  return paths.find((p) => !existsSync(inCache(p))) ?? null;
}

/** A cell of a tab-separated file: tabs and line breaks become spaces. */
const cell = (v) => String(v ?? '').replace(/[\t\r\n]+/g, ' ');

/**
 * Where the error files go: $CROSSCHECK_EVAL_ERRORS (so parallel runs from different checkouts
 * do not overwrite each other's files), else <cache>/errors. Keep it outside the repository.
 */
export const ERRORS_DIR = process.env.CROSSCHECK_EVAL_ERRORS ?? inCache('errors');

/**
 * Write every error of a set to <errors dir>/<set>.tsv (article, start, end, kind, expected, got).
 * The file holds article text, so it stays out of the repository. Returns its path.
 */
export function writeErrors(setId, errors) {
  const file = join(ERRORS_DIR, `${setId}.tsv`);
  mkdirSync(dirname(file), { recursive: true });
  const cols = ['article', 'start', 'end', 'kind', 'expected', 'got'];
  const lines = [cols.join('\t'), ...errors.map((e) => cols.map((c) => cell(e[c])).join('\t'))];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
