/** The documents of undated articles are kept from extraction for the timeline's story-reference step. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { documentOf } from '../../src/extract/undated-docs.js';
import { analyseText } from '../../src/nlp/nlp-doc.js';
import { articleOf } from './entities/helpers.js';

const FERRY = 'The Tarn ferry ran aground on Tuesday. Captain Mara Quist said all 40 passengers were safe.';
const MUSEUM = 'The Kessel museum reopened its east wing last week after a two-year repair.';

describe('documentOf', () => {
  it.each([['ferry', FERRY], ['museum', MUSEUM]])('returns the very document extraction made for an undated article (%s)', (_topic, text) => {
    const article = { ...articleOf(text), published: null };
    extractArticle(article);
    const kept = documentOf(article);
    expect(documentOf(article)).toBe(kept); // the same object both times: kept, not analysed again
    expect(kept).toEqual(analyseText(text)); // and equal to a fresh analysis
  });

  it('keeps nothing for a dated article: each call analyses the text again', () => {
    const article = { ...articleOf(FERRY), published: '2025-03-04' };
    extractArticle(article);
    const first = documentOf(article);
    expect(documentOf(article)).not.toBe(first);
    expect(documentOf(article)).toEqual(first);
  });
});
