/**
 * Capitalised words that are not names: sentence openers and discourse markers
 * ("Despite", "However", "Tragically"), generic nouns that open sub-headings
 * ("Conclusion", "Sources", "Background"), pronouns and interjections, weekday and
 * month names (dates are another stage's business). Lower case. A word here is
 * never part of a name: it ends a run of capitalised words.
 */
import { MONTH_WORDS, WEEKDAY_WORDS } from './temporal-words.js';

export const NON_ENTITY_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_WORDS.filter((w) => w.length > 3), ...WEEKDAY_WORDS.filter((w) => w.length > 3),
  'i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'there', 'here', 'what', 'who', 'when', 'where', 'why', 'how', 'which', 'whether',
  'despite', 'however', 'although', 'though', 'while', 'whilst', 'meanwhile', 'moreover', 'furthermore', 'nevertheless',
  'nonetheless', 'therefore', 'thus', 'hence', 'instead', 'indeed', 'also', 'still', 'yet', 'but', 'and', 'or', 'so',
  'if', 'unless', 'because', 'since', 'after', 'before', 'during', 'until', 'as', 'at', 'by', 'for', 'from', 'in', 'on',
  'of', 'to', 'with', 'without', 'under', 'over', 'among', 'amid', 'according', 'following', 'regarding', 'about',
  'tragically', 'historically', 'ultimately', 'eventually', 'finally', 'firstly',
  'secondly', 'thirdly', 'lastly', 'initially', 'previously', 'currently', 'recently', 'now', 'today', 'yesterday',
  'tomorrow', 'tonight', 'then', 'later', 'earlier', 'once', 'again', 'already', 'only', 'even', 'just', 'perhaps',
  'maybe', 'clearly', 'notably', 'importantly', 'interestingly', 'surprisingly', 'unsurprisingly', 'fortunately',
  'unfortunately', 'sadly', 'similarly', 'likewise', 'additionally', 'overall', 'generally', 'specifically',
  'particularly', 'especially', 'officially', 'reportedly', 'allegedly', 'apparently', 
  'sources', 'source', 'conclusion', 'introduction', 'background', 'summary', 'analysis', 'opinion', 'editorial',
  'update', 'updated', 'breaking', 'exclusive', 'watch', 'read', 'more', 'related', 'advertisement', 'photo', 'video',
  'image', 'images', 'credit', 'getty', 'listen', 'share', 'comment', 'comments', 'subscribe', 'next', 'previous',
  'yes', 'no', 'oh', 'ok', 'okay', 'hello', 'goodbye', 'thanks', 'please', 
  'many', 'some', 'several', 'most', 'all', 'both', 'each', 'every', 'few', 'other', 'others', 'another', 'such', 'no',
  'not', 'none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'is', 'are', 'was',
  'were', 'will', 'would', 'can', 'could', 'should', 'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had',
  'let', 'let’s', 
  'god', 'dear', 'over', 'inside', 'outside', 'behind', 'beyond', 'across', 'above', 'below', 'next',
  'chapter', 'part', 'section', 'figure', 'table', 'page', 'note', 'notes', 'editor', 'correction', 'disclaimer',
]);

/**
 * Capitalised words that may sit inside a name ("Lagos State", "the Health
 * Ministry") but are never an entity on their own ("the State", "Government").
 * Lower case. Title words (person-titles.ts) are never entities alone either.
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'government', 'state', 'administration', 'army', 'court', 'party', 'council', 'ministry', 'department', 'agency',
  'office', 'house', 'city', 'county', 'province', 'region', 'district', 'street', 'river', 'university', 'school',
  'police', 'forces', 'force', 'commission', 'committee', 'authority', 'board', 'union', 'league', 'group', 'bank',
  'company', 'club', 'team', 'church', 'parliament', 'assembly', 'cabinet', 'republic', 'kingdom', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'national', 'federal', 'international',
  'global', 'world', 'new', 'old', 'great', 'united', 'royal', 'public', 'general', 'special', 'senior', 'former',
  'occupation', 'resistance', 'opposition', 'coalition', 'alliance', 'movement', 'front', 'media', 'press', 'news',
  'internet', 'web', 'online', 'english', 'arabic', 'islam', 'bible', 'quran', 'koran', 'christmas', 'easter',
  'ramadan', 'eid', 'war', 'peace', 'ceasefire', 'act', 'bill', 'law', 'constitution', 'treaty', 'accord', 'accords',
  'deal', 'agreement', 'plan', 'summit', 'conference', 'talks', 'election', 'elections', 'cup', 'final', 'finals',
  'games', 'olympics', 'championship', 'tournament', 'season', 'match', 'race', 'day', 'week', 'year', 'prize', 'award',
  'internet', 'app', 'hotline', 'capital', 'west', 'reports', 'report', 'statement', 'release', 'video', 'post',
  'channel', 'station', 'network', 'future', 'past', 'nation', 'people', 'country', 'land', 'city', 'town',
]);
