/**
 * Subject pronouns that can stand for a speaker ("he added", "said she").
 * `number` tells which antecedents are compatible: a singular person pronoun
 * looks back for a person; "they"/"it" may stand for an organisation or a group.
 */
export interface PronounInfo {
  readonly person: boolean;
  readonly plural: boolean;
}

export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', { person: true, plural: false }],
  ['she', { person: true, plural: false }],
  ['they', { person: false, plural: true }],
  ['it', { person: false, plural: false }],
]);

/**
 * Words that open a subordinate clause at the start of a sentence ("When Roe objected, Vance
 * replied …"): the sentence's subject is the first name after the clause's comma, not in it.
 */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set([
  'when', 'while', 'whilst', 'after', 'as', 'although', 'though', 'because', 'if', 'since', 'before', 'once', 'until', 'unless', 'whereas',
]);

/**
 * First- and second-person words (lower case, with contractions): a quotation that uses none of
 * them over several sentences is prose about others (a block quote of another article), not
 * someone speaking for themselves.
 */
export const SPEAKER_PERSON_WORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'yourselves',
  'i’m', 'i\'m', 'i’ve', 'i\'ve', 'i’d', 'i\'d', 'i’ll', 'i\'ll', 'we’re', 'we\'re', 'we’ve', 'we\'ve', 'we’d', 'we\'d', 'we’ll',
  'we\'ll', 'you’re', 'you\'re', 'you’ve', 'you\'ve', 'you’d', 'you\'d', 'you’ll', 'you\'ll', 'let’s', 'let\'s',
]);
