/**
 * The marks in a search snippet (both stores place them with markSnippet): the words asked for,
 * a punctuated word as one phrase, never its single letters, and no lone function words.
 * Snippets are written for this test, on different topics.
 */
import { describe, expect, it } from 'vitest';
import { focusQuery, markSnippet, queryPhrases } from '../../src/store/search-highlight.js';
import { ftsQuery } from '../../src/store/sqlite/fts-query.js';

const marked = (snippet: string, query: string) => markSnippet(snippet, query, ['«', '»']);

describe('markSnippet', () => {
  it.each([
    // a punctuated word is one phrase: marked whole, its letters never alone
    ['The U.S. envoy landed; the company\'s shares rose 3 s after the bell', 'U.S.', 'The «U.S». envoy landed; the company\'s shares rose 3 s after the bell'],
    ['Trade with the U.S-led bloc and the E.U. grew', 'U.S.', 'Trade with the «U.S»-led bloc and the E.U. grew'],
    ["It's late, the ferry's crew said it's fine", "it's", "«It's» late, the ferry's crew said «it's» fine"],
    ['Sailings resume on 2026-03-04; 2026 was quiet', '2026-03-04', 'Sailings resume on «2026-03-04»; 2026 was quiet'],
    // lone function words and letters are not marked when something else was asked for
    ['The bridge over the river; the old bridge', 'the bridge', '«The» «bridge» over the river; the old «bridge»'],
    ['A striker scored; a keeper saved a penalty', 'a penalty', 'A striker scored; a keeper saved «a» «penalty»'],
    ['Plan B was shelved and b-roll was cut', 'Plan B', '«Plan» «B» was shelved and b-roll was cut'],
    ['The Bank of England held rates at the bank of the river', 'Bank of England', 'The «Bank» «of» «England» held rates at the «bank» of the river'],
    // a query of function words only is marked, since nothing else was asked
    ['To be or not to be', 'to be', '«To» «be» or not «to» «be»'],
    // a word typed in capitals is marked where the text has it in capitals only
    ['Tell us what the US said', 'US', 'Tell us what the «US» said'],
    ['Tell us what the US said', 'us', 'Tell «us» what the «US» said'],
    // case and diacritics folded as FTS5 folds them
    ['The Café opened; a cafe closed', 'cafe', 'The «Café» opened; a «cafe» closed'],
    ['Polling stations opened; polling closed', 'polling stations', '«Polling» «stations» opened; «polling» closed'],
    // a phrase the snippet cut ("…") is marked as far as it goes, at either end or at a fragment break
    ['…the envoy met the U…', 'U.S.', '…the envoy met the «U»…'],
    ['…S. envoy met the press', 'U.S.', '…«S». envoy met the press'],
    ['…the ferry crew of the Kell… … Point pier held', 'Kell Point', '…the ferry crew of the «Kell»… … «Point» pier held'],
    ['…harbour-… …master said', 'harbour-master', '…«harbour»-… …«master» said'],
    // must not: the start of a phrase that is not cut, nor its end after a sentence break
    ['He made a U turn. S is a letter', 'U.S.', 'He made a U turn. S is a letter'],
  ])('%j searched for %j', (snippet, query, expected) => {
    expect(marked(snippet, query)).toBe(expected);
  });

  it('the markers are the caller\'s; a snippet without the words is returned as it was', () => {
    expect(markSnippet('Spillway crack found', 'crack', ['<b>', '</b>'])).toBe('Spillway <b>crack</b> found');
    expect(marked('…nothing here to see…', 'volcano')).toBe('…nothing here to see…');
    expect(marked('ends with U.', 'U.S.')).toBe('ends with U.');
  });
});

describe('the parts a snippet is cut around', () => {
  it.each([
    ['a poll', 'poll'],
    ['the envoy of the U.S.', 'envoy U.S.'],
    ['Plan B', 'Plan'],
    ['US to', 'US'],
    // nothing else asked: all of it
    ['to be', 'to be'],
  ])('%j → %j', (query, focus) => {
    expect(focusQuery(query)).toBe(focus);
  });
});

describe('query phrases (the terms a hit must contain)', () => {
  it.each([
    ['U.S. envoy', [['U', 'S'], ['envoy']]],
    ["O'Neill  harbour-master", [['O', 'Neill'], ['harbour', 'master']]],
    ['crack AND (NEAR "', [['crack'], ['AND'], ['NEAR']]],
    ['  — ', []],
  ])('%j → %j', (query, phrases) => {
    expect(queryPhrases(query)).toEqual(phrases);
  });
  it('FTS5: each part a quoted phrase, so "U.S." is one phrase and operators are text', () => {
    expect(ftsQuery('U.S. envoy')).toBe('"U S" "envoy"');
    expect(ftsQuery('crack AND (NEAR "')).toBe('"crack" "AND" "NEAR"');
    expect(ftsQuery(' … ')).toBeNull();
  });
});
