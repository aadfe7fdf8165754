/**
 * Verbs of speech that attribute a quotation to a speaker ("she said", "said the coach",
 * "he added", "the club wrote on X").
 *
 * - `SPEECH_VERBS`: finite forms (past, present, base) of verbs that introduce or follow
 *   a quotation. Lower case. Add a verb when a quote's speaker is missed because its verb
 *   is not known; leave out verbs that rarely carry a quotation ("thought", "felt").
 * - `SPEECH_PARTICIPLES`: "-ing" forms that attach a quotation to the subject of the main
 *   clause ("…, saying: “…”", "…, adding that …").
 * - `WRITING_VERBS`: the subset of speech that is written or posted ("wrote on X").
 * - `CONTINUATION_VERBS`: verbs that go on with the speaker of the previous quote.
 * - `TELLING_VERBS`: verbs whose object is the listener, not the speaker ("told Reuters").
 */
const BASES: readonly (readonly [string, ...string[]])[] = [
  ['say', 'said', 'says'], ['add', 'added', 'adds'], ['state', 'stated', 'states'], ['note', 'noted', 'notes'],
  ['tell', 'told', 'tells'], ['write', 'wrote', 'writes'], ['warn', 'warned', 'warns'], ['insist', 'insisted', 'insists'],
  ['explain', 'explained', 'explains'], ['continue', 'continued', 'continues'], ['ask', 'asked', 'asks'],
  ['reply', 'replied', 'replies'], ['respond', 'responded', 'responds'], ['answer', 'answered', 'answers'],
  ['declare', 'declared', 'declares'], ['announce', 'announced', 'announces'], ['claim', 'claimed', 'claims'],
  ['argue', 'argued', 'argues'], ['admit', 'admitted', 'admits'], ['acknowledge', 'acknowledged', 'acknowledges'],
  ['confirm', 'confirmed', 'confirms'], ['deny', 'denied', 'denies'], ['stress', 'stressed', 'stresses'],
  ['emphasise', 'emphasised', 'emphasises'], ['emphasize', 'emphasized', 'emphasizes'], ['urge', 'urged', 'urges'],
  ['predict', 'predicted', 'predicts'], ['promise', 'promised', 'promises'], ['vow', 'vowed', 'vows'],
  ['pledge', 'pledged', 'pledges'], ['recall', 'recalled', 'recalls'], ['remark', 'remarked', 'remarks'],
  ['comment', 'commented', 'comments'], ['observe', 'observed', 'observes'], ['describe', 'described', 'describes'],
  ['call', 'called', 'calls'], ['characterise', 'characterised', 'characterises'],
  ['characterize', 'characterized', 'characterizes'], ['tweet', 'tweeted', 'tweets'], ['post', 'posted', 'posts'],
  ['shout', 'shouted', 'shouts'], ['yell', 'yelled', 'yells'], ['whisper', 'whispered', 'whispers'],
  ['cry', 'cried', 'cries'], ['exclaim', 'exclaimed', 'exclaims'], ['mutter', 'muttered', 'mutters'],
  ['joke', 'joked', 'jokes'], ['quip', 'quipped', 'quips'], ['concede', 'conceded', 'concedes'],
  ['complain', 'complained', 'complains'], ['protest', 'protested', 'protests'], ['reiterate', 'reiterated', 'reiterates'],
  ['suggest', 'suggested', 'suggests'], ['maintain', 'maintained', 'maintains'], ['assert', 'asserted', 'asserts'],
  ['contend', 'contended', 'contends'], ['point', 'pointed', 'points'],
  ['report', 'reported', 'reports'], ['reveal', 'revealed', 'reveals'], ['disclose', 'disclosed', 'discloses'],
  ['boast', 'boasted', 'boasts'], ['demand', 'demanded', 'demands'],
  ['plead', 'pleaded', 'pleads'], ['concur', 'concurred', 'concurs'], ['counter', 'countered', 'counters'],
  ['retort', 'retorted', 'retorts'], ['conclude', 'concluded', 'concludes'], ['testify', 'testified', 'testifies'],
  ['attribute', 'attributed', 'attributes'], ['condemn', 'condemned', 'condemns'], ['caution', 'cautioned', 'cautions'],
  ['speculate', 'speculated', 'speculates'], ['estimate', 'estimated', 'estimates'],
  ['echo', 'echoed', 'echoes'], ['blurt', 'blurted', 'blurts'], ['muse', 'mused', 'muses'],
  // verbs that characterise in the speaker's words ("branded the deal “a betrayal”")
  ['brand', 'branded', 'brands'], ['hail', 'hailed', 'hails'], ['dub', 'dubbed', 'dubs'], ['label', 'labelled', 'labels'],
  ['label', 'labeled', 'labels'], ['term', 'termed', 'terms'], ['view', 'viewed', 'views'], ['slam', 'slammed', 'slams'],
  // verbs that judge in the speaker's words ("accused the board of “…”", "heralded it as a “…”")
  ['accuse', 'accused', 'accuses'], ['herald', 'heralded', 'heralds'], ['deride', 'derided', 'derides'],
  ['proclaim', 'proclaimed', 'proclaims'], ['decry', 'decried', 'decries'], ['lambast', 'lambasted', 'lambasts'],
  ['mock', 'mocked', 'mocks'], ['question', 'questioned', 'questions'], ['praise', 'praised', 'praises'],
];

/** Finite forms: "said", "says", "say". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...BASES.flat(), 'quoted', 'pointed', 'went']);

/** "-ing" forms that hang a quote on the main clause's subject. */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying', 'adding', 'stating', 'noting', 'writing', 'warning', 'insisting', 'explaining', 'telling', 'declaring',
  'arguing', 'claiming', 'asking', 'replying', 'responding', 'stressing', 'emphasising', 'emphasizing', 'urging',
  'tweeting', 'posting', 'calling', 'describing', 'announcing', 'acknowledging', 'admitting', 'reiterating',
  'continuing', 'vowing', 'promising', 'remarking', 'commenting', 'confirming', 'denying', 'concluding',
]);

/** Written or posted speech: the quote is what was written. */
export const WRITING_VERBS: ReadonlySet<string> = new Set(['write', 'wrote', 'writes', 'writing', 'tweet', 'tweeted', 'tweets', 'post', 'posted', 'posts']);

/** The speaker carries on from the previous quote. */
export const CONTINUATION_VERBS: ReadonlySet<string> = new Set(['continue', 'continued', 'continues', 'went']);

/** The object of these verbs is the listener or the outlet ("told Reuters"), never the speaker. */
export const TELLING_VERBS: ReadonlySet<string> = new Set(['tell', 'told', 'tells', 'telling']);

/** Verbs after which the next sentence's bare quotation is an answer by the subject ("X was asked about …"). */
export const PROMPTING_VERBS: ReadonlySet<string> = new Set(['asked', 'questioned', 'pressed', 'quizzed', 'interviewed']);

/**
 * Words before a verb of speech that make it a bare infinitive or a modal form ("to call it",
 * "would tell", "should reiterate"): inside another speaker's reported clause, such a verb is
 * what someone may do, not the attribution of the quote.
 */
export const NONFINITE_MARKERS: ReadonlySet<string> = new Set(['to', 'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', "'ll", '’ll', "'d", '’d']);

/** Verbs of "as X put it" (with "it" after them): the quotation next to that clause is X's words. */
export const AS_IT_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'phrased', 'phrases', 'called', 'calls', 'described', 'describes']);
