/**
 * The two link keys, table-driven: `normalizeUrl` drops only click tracking (and the fragment,
 * default port, host case, query order); `articleKey` also folds AMP, print and mobile renderings
 * and AMP-cache mirrors. Must-not cases: parameters and paths that name different articles stay.
 */
import { describe, expect, it } from 'vitest';
import { articleKey, normalizeUrl } from '../../../src/ingest/urls/normalize-url.js';

describe('normalizeUrl', () => {
  it.each([
    ['https://News.Example:443/a/story?utm_source=x&utm_medium=y#top', 'https://news.example/a/story'],
    ['https://news.example/story?id=7&fbclid=abc&gclid=1', 'https://news.example/story?id=7'],
    ['https://news.example/story?b=2&a=1&mc_cid=9', 'https://news.example/story?a=1&b=2'],
    ['http://news.example:80/story?UTM_Campaign=spring', 'http://news.example/story'],
    ['  https://courier.example/sport/match?pk_campaign=x&ref_src=twsrc  ', 'https://courier.example/sport/match'],
  ])('%s → %s', (raw, expected) => expect(normalizeUrl(raw)).toBe(expected));

  it.each([
    // must-not: parameters that pick the article, or a page, stay
    ['https://news.example/article.php?id=41', 'https://news.example/article.php?id=41'],
    ['https://news.example/live?page=2', 'https://news.example/live?page=2'],
    ['https://news.example/story/amp', 'https://news.example/story/amp'],
    ['not a url', 'not a url'],
  ])('keeps %s', (raw, expected) => expect(normalizeUrl(raw)).toBe(expected));
});

describe('articleKey', () => {
  const same = (a: string, b: string) => expect(articleKey(a), `${a} vs ${b}`).toBe(articleKey(b));
  const differ = (a: string, b: string) => expect(articleKey(a), `${a} vs ${b}`).not.toBe(articleKey(b));

  it.each([
    ['https://www.news.example/politics/budget-vote', 'https://news.example/politics/budget-vote/amp'],
    ['https://news.example/politics/budget-vote', 'https://news.example/amp/politics/budget-vote'],
    ['https://news.example/politics/budget-vote', 'https://amp.news.example/politics/budget-vote'],
    ['https://news.example/politics/budget-vote', 'https://m.news.example/politics/budget-vote/'],
    ['https://news.example/politics/budget-vote.html', 'https://news.example/politics/budget-vote.amp.html'],
    ['https://news.example/politics/budget-vote', 'https://news.example/politics/budget-vote?outputType=amp'],
    ['https://news.example/politics/budget-vote', 'https://news.example/politics/budget-vote?amp=1&utm_source=x'],
    ['https://courier.example/sport/final-report', 'https://courier.example/sport/final-report/print'],
    ['https://courier.example/sport/final-report', 'https://courier.example/sport/final-report?view=print'],
    ['https://courier.example/sport/final-report.html', 'https://courier.example/sport/final-report.print.html'],
    ['https://news.example/politics/budget-vote', 'https://news-example.cdn.ampproject.org/c/s/news.example/politics/budget-vote'],
    ['https://news.example/politics/budget-vote', 'https://www.google.com/amp/s/news.example/politics/budget-vote'],
    ['http://news.example/politics/budget-vote', 'https://news.example/politics/budget-vote#comments'],
  ])('%s is the same article as %s', same);

  it.each([
    ['https://news.example/politics/budget-vote', 'https://news.example/politics/budget-vote-reaction'],
    ['https://news.example/article.php?id=41', 'https://news.example/article.php?id=42'],
    ['https://news.example/politics/budget-vote', 'https://other.example/politics/budget-vote'],
    ['https://news.example/story?view=gallery', 'https://news.example/story'],
    ['https://m.example/story', 'https://example/story'],
    ['https://courier.example/sport/final-report', 'https://courier.example/sport/final-reportamp'],
  ])('must-not: %s and %s stay apart', differ);
});
