/**
 * English function words and very common verbs/adverbs that carry no topic or stance:
 * skipped when comparing articles' vocabulary (central sentence choice, framing terms).
 * Belongs here: articles, pronouns, auxiliaries, prepositions, conjunctions, and
 * reporting filler ("said", "also"). Does not belong: content words, however common.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'ago', 'all', 'almost', 'along', 'already', 'also', 'although',
  'always', 'am', 'among', 'an', 'and', 'another', 'any', 'anyone', 'anything', 'are', 'around', 'as', 'at', 'away',
  'back', 'be', 'became', 'because', 'become', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by',
  'can', 'cannot', 'could', 'did', 'do', 'does', 'doing', 'done', 'down', 'during', 'each', 'either', 'else', 'even',
  'ever', 'every', 'few', 'for', 'from', 'further', 'get', 'gets', 'getting', 'got', 'had', 'has', 'have', 'having',
  'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is',
  'it', 'its', 'itself', 'just', 'last', 'later', 'least', 'less', 'like', 'made', 'make', 'many', 'may', 'me',
  'might', 'more', 'most', 'much', 'must', 'my', 'myself', 'near', 'neither', 'never', 'new', 'next', 'no', 'nor',
  'not', 'now', 'of', 'off', 'often', 'on', 'once', 'one', 'only', 'onto', 'or', 'other', 'others', 'our', 'ours',
  'ourselves', 'out', 'over', 'own', 'per', 'perhaps', 'quite', 'rather', 'really', 'said', 'same', 'say', 'saying',
  'says', 'see', 'seen', 'several', 'shall', 'she', 'should', 'since', 'so', 'some', 'someone', 'something', 'still',
  'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this',
  'those', 'though', 'through', 'thus', 'to', 'told', 'too', 'toward', 'towards', 'under', 'until', 'up', 'upon', 'us',
  'very', 'via', 'was', 'we', 'well', 'were', 'what', 'whatever', 'when', 'where', 'whether', 'which', 'while', 'who',
  'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet', 'you', 'your', 'yours', 'yourself',
  'mr', 'mrs', 'ms', 'dr', 'according', 'including', 'told', 'added', 'wrote', 'tuesday', 'monday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'week', 'weeks', 'day', 'days',
  'year', 'years', 'month', 'months', 'time', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);
