/**
 * Event-verb synonym classes: words (verbs in their written forms, and their
 * nominalisations) that name the same kind of event, mapped to one class key.
 * The timeline uses them to see that "was designated in 1997", "its
 * designation in 1997" and "classified as … in 1997" tell one fact, and that
 * "won the league in 2019" and "sacked its manager in 2019" tell two.
 *
 * What belongs here: lower-case surface forms (every inflection written out,
 * no stemming is applied), and multi-word forms written with single spaces
 * ("step down", "taken into custody"). A form belongs to one class only.
 * Leave out forms that mostly mean something else ("found" as the past of
 * "find", "fired" as in shooting, "named" as in called).
 */
export const EVENT_VERB_CLASSES: readonly (readonly [key: string, forms: readonly string[]])[] = [
  ['designate', ['designate', 'designates', 'designated', 'designating', 'designation', 'designations', 'list', 'lists', 'listed', 'listing',
    'blacklist', 'blacklisted', 'blacklisting', 'classify', 'classifies', 'classified', 'classifying', 'classification', 'label', 'labels',
    'labeled', 'labelled', 'labeling', 'labelling', 'proscribe', 'proscribed', 'proscription']],
  ['open', ['open', 'opens', 'opened', 'opening', 'inaugurate', 'inaugurates', 'inaugurated', 'inaugurating', 'inauguration', 'open to traffic',
    'opened to traffic', 'reopened']],
  ['found', ['founded', 'founding', 'founds', 'establish', 'establishes', 'established', 'establishing', 'establishment', 'set up', 'sets up',
    'setting up', 'create', 'creates', 'created', 'creating', 'creation', 'formed', 'formation']],
  ['elect', ['elect', 'elects', 'elected', 'electing', 're-elected', 'reelected', 'won election', 'won the election', 'win the election',
    'wins the election', 'won an election', 'won re-election', 'won reelection']],
  ['win', ['win', 'wins', 'won', 'winning', 'victory', 'triumph', 'triumphed', 'clinched', 'clinch']],
  ['lose', ['lose', 'loses', 'lost', 'losing', 'defeat', 'defeated', 'relegated', 'relegation']],
  ['sign', ['sign', 'signs', 'signed', 'signing', 'signature', 'ink', 'inks', 'inked', 'inking']],
  ['arrest', ['arrest', 'arrests', 'arrested', 'arresting', 'detain', 'detains', 'detained', 'detaining', 'detention', 'apprehended',
    'taken into custody', 'took into custody', 'take into custody']],
  // "the highest toll from a wildfire since 1918": a toll counts the dead.
  ['die', ['kill', 'kills', 'killed', 'killing', 'die', 'dies', 'died', 'dying', 'dead', 'death', 'deaths', 'perished', 'toll', 'tolls']],
  ['resign', ['resign', 'resigns', 'resigned', 'resigning', 'resignation', 'step down', 'steps down', 'stepped down', 'stepping down',
    'quit', 'quits', 'quitting', 'stood down', 'stand down']],
  ['dismiss', ['sack', 'sacks', 'sacked', 'sacking', 'dismiss', 'dismisses', 'dismissed', 'dismissal', 'oust', 'ousted', 'ousting']],
  ['announce', ['announce', 'announces', 'announced', 'announcing', 'announcement', 'unveil', 'unveils', 'unveiled', 'unveiling', 'issued', 'issues']],
  ['acquire', ['acquire', 'acquires', 'acquired', 'acquiring', 'acquisition', 'buy', 'buys', 'bought', 'buying', 'purchase', 'purchased',
    'takeover', 'took over', 'taken over']],
  ['release', ['release', 'releases', 'released', 'releasing', 'freed', 'frees', 'freeing']],
  ['launch', ['launch', 'launches', 'launched', 'launching']],
  ['build', ['build', 'builds', 'built', 'construct', 'constructed', 'construction']],
  ['close', ['close', 'closes', 'closed', 'closing', 'closure', 'shut', 'shuts', 'shutting', 'shutdown']],
  ['extend', ['extend', 'extends', 'extended', 'extending', 'extension', 'widen', 'widened', 'widening', 'expand', 'expanded', 'expansion']],
  ['appoint', ['appoint', 'appoints', 'appointed', 'appointing', 'appointment', 'hire', 'hires', 'hired', 'hiring']],
  ['ban', ['ban', 'bans', 'banned', 'banning', 'outlaw', 'outlawed', 'prohibit', 'prohibited', 'prohibition']],
  ['born', ['born', 'birth']],
  ['merge', ['merge', 'merges', 'merged', 'merging', 'merger']],
  ['flood', ['flood', 'floods', 'flooded', 'flooding']],
  ['strike', ['strike', 'strikes', 'struck', 'hit']],
  // the outbreak of something (a fire, an epidemic, a walkout): "started on Sunday", "broke out on Saturday".
  ['start', ['start', 'starts', 'started', 'begin', 'begins', 'began', 'begun', 'break out', 'breaks out', 'broke out', 'broken out',
    'ignite', 'ignites', 'ignited', 'sparked', 'erupt', 'erupts', 'erupted', 'outbreak']],
  // products and their recalls: "models manufactured between 1973 and 2017", "previously recalled in March 2009".
  ['manufacture', ['manufacture', 'manufactures', 'manufactured', 'manufacturing', 'made', 'produced', 'production']],
  ['recall', ['recall', 'recalls', 'recalled', 'recalling']],
  // decisions on an offer, a deal, a bill: "members rejected the offer on Sunday", "regulators approved the deal on Friday".
  ['reject', ['reject', 'rejects', 'rejected', 'rejecting', 'rejection', 'voted down', 'turned down']],
  ['approve', ['approve', 'approves', 'approved', 'approving', 'approval', 'cleared', 'ratified', 'ratify', 'nod', 'go-ahead']],
  ['block', ['block', 'blocks', 'blocked', 'blocking', 'veto', 'vetoed']],
  ['publish', ['publish', 'publishes', 'published', 'publishing', 'publication']],
  // a figure or a plan changed: "revised the death toll on Sunday".
  ['revise', ['revise', 'revises', 'revised', 'revising', 'revision', 'revisions']],
  ['complete', ['complete', 'completes', 'completed', 'completing', 'completion', 'finalised', 'finalized', 'sealed']],
  // a time limit: "may appeal until May 2", "the deadline is May 2" (not "due": mostly "due to").
  ['deadline', ['until', 'till', 'deadline', 'deadlines']],
];

/**
 * -ing forms that, after "began"/"started", still tell the outbreak itself ("the fires began burning
 * early Tuesday"), unlike the start of another action ("crews began clearing debris").
 */
export const OUTBREAK_ING_FORMS: ReadonlySet<string> = new Set(['burning', 'blazing', 'raging', 'erupting', 'spreading']);

/**
 * Words that open a clause about another event: a class word after the date and after one of
 * these ("launched a strike on Thursday after rejecting the offer") tells the earlier or later
 * event, not the one the date is the date of.
 */
export const SEQUENCE_WORDS: ReadonlySet<string> = new Set(['after', 'before', 'following']);

/**
 * Class forms that are nouns naming an event ("the merger", "its acquisition"). After a class verb
 * ("blocked the merger in April", "completed its acquisition on Friday") the noun is what the verb
 * acts on, and the verb says what happened on the date.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'designation', 'designations', 'classification', 'proscription', 'inauguration', 'establishment', 'creation', 'formation', 'victory',
  'signature', 'detention', 'resignation', 'dismissal', 'announcement', 'acquisition', 'takeover', 'purchase', 'construction', 'closure',
  'shutdown', 'extension', 'expansion', 'appointment', 'prohibition', 'merger', 'production', 'rejection', 'approval', 'publication',
  'completion', 'deadline', 'relegation',
]);

/** Words between a verb and the event noun it acts on ("blocked the merger", "completed its purchase"). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
