/**
 * Offices one person holds at a time in a given country, party or chamber ("President", "Prime
 * Minister", "Speaker", "Secretary of State"), read by the clustering stage to date an undated
 * article by who holds them (src/cluster/office-holders.ts): an article naming "President Obama"
 * is not from the term of "President Donald Trump". Title Case, as written before a name; an
 * office shared by many at once (senator, governor, minister, judge) does not belong.
 */
export const SINGLE_HOLDER_OFFICES: readonly string[] = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'First Minister', 'Chancellor', 'Premier',
  'Speaker', 'Majority Leader', 'Minority Leader', 'Secretary of State', 'Attorney General', 'Secretary-General',
  'Secretary General', 'Pope', 'King', 'Queen', 'Emperor', 'Taoiseach',
];

/**
 * Words before an office that make its holder a past one ("former President Obama", "the late
 * King", "then-Speaker"): such a mention does not date the article. Lower case.
 */
export const PAST_OFFICE_WORDS: ReadonlySet<string> = new Set(['former', 'late', 'ex', 'then', 'onetime', 'one-time', 'erstwhile', 'past', 'previous']);
