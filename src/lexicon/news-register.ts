/**
 * The shared register of news prose: 58 lower-case words that each of 9 groups of articles
 * uses in at least 6% of its articles (1096 articles: the 7 PolNeAR outlets,
 * TimeBank, AQUAINT).
 * Written by scripts/make-news-register.js from the evaluation cache (words only, no text).
 * Every outlet, whatever its politics, and every topic uses these words routinely, so one outlet
 * using one of them more often in a story is not a word choice: the framing lens leaves them out
 * of distinctive terms. Not stopwords: central-sentence choice still counts them.
 */
export const NEWS_REGISTER: ReadonlySet<string> = new Set([
  'announced', 'asked', 'began', 'believe', 'called', 'close', 'come', 'continue', 'don\'t', 'earlier',
  'early', 'end', 'family', 'far', 'federal', 'first', 'following', 'former', 'going', 'government', 'group',
  'held', 'help', 'home', 'issue', 'leader', 'led', 'likely', 'long', 'major', 'military', 'million', 'need',
  'news', 'number', 'officials', 'part', 'past', 'people', 'place', 'possible', 'president', 'public',
  'reported', 'right', 'second', 'statement', 'strong', 'support', 'take', 'think', 'took', 'top', 'use',
  'used', 'way', 'work', 'world',
]);
