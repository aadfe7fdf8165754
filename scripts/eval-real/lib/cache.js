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
 * Write every error of a set to <cache>/errors/<set>.tsv (article, start, end, kind, expected, got).
 * The file holds article text, so it stays in the cache. Returns its path.
 */
export function writeErrors(setId, errors) {
  const file = inCache('errors', `${setId}.tsv`);
  mkdirSync(dirname(file), { recursive: true });
  const cols = ['article', 'start', 'end', 'kind', 'expected', 'got'];
  const lines = [cols.join('\t'), ...errors.map((e) => cols.map((c) => cell(e[c])).join('\t'))];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
