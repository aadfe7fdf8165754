/**
 * Words that put a figure in a clause about another event than the story's own: an earlier
 * disaster, a past election, a record being beaten. Used by the quantity stage's event scope
 * (src/extract/quantities/event-scope.ts). Lower case.
 */

/**
 * Comparison words: in a clause that also states an earlier year, the figure belongs to the event
 * being compared with ("surpassing a flood that killed 40 people in 1953"), even when the article
 * has no date or the year is last year's. Not "record" or superlatives: "a record 67% turnout in
 * 2024" is this story's figure.
 */
export const COMPARISON_CUES: readonly string[] = [
  'surpass', 'surpasses', 'surpassed', 'surpassing', 'exceed', 'exceeds', 'exceeded', 'exceeding', 'eclipse', 'eclipses',
  'eclipsed', 'eclipsing', 'overtake', 'overtakes', 'overtook', 'overtaking', 'outstrip', 'outstrips', 'outstripped',
  'previous', 'previously', 'prior', 'earlier',
];

/**
 * Words that, right before an event noun ("the previous election", "the last quake"), name
 * another event even without a year; "last time" needs no noun.
 */
export const EARLIER_EVENT_WORDS: readonly string[] = ['previous', 'prior', 'last', 'earlier', 'past'];

/**
 * Event nouns for "the previous <noun>": things that happen once (a figure noun such as "toll"
 * or "estimate" is not one: "the previous toll of 36" is an earlier update of this story; nor is a
 * period such as "season" or "year": "19 goals last season" is the story's own figure).
 */
export const EVENT_NOUNS: readonly string[] = [
  'earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tsunami', 'fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'flood',
  'floods', 'flooding', 'storm', 'storms', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'eruption', 'landslide', 'avalanche',
  'drought', 'heatwave', 'disaster', 'disasters', 'crash', 'collision', 'derailment', 'explosion', 'blast', 'attack', 'attacks',
  'shooting', 'bombing', 'war', 'outbreak', 'pandemic', 'epidemic', 'election', 'elections', 'vote', 'referendum', 'poll',
  'primary', 'contest', 'race', 'tournament', 'final', 'recall', 'strike', 'deal', 'merger', 'sale', 'auction',
];
