/**
 * Verbs of saying and thinking whose subject (or whose object after "said") is
 * usually a person. One piece of evidence for the person type: organisations also
 * "say" things, so it weighs less than a title or a first name. Lower case,
 * inflected forms as they appear in text.
 */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'explained',
  'explains', 'wrote', 'writes', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'believes', 'believed',
  'thinks', 'thought', 'recalled', 'recalls', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'asked', 'asks',
  'replied', 'replies', 'responded', 'tweeted', 'posted', 'smiled', 'laughed', 'joked', 'urged', 'urges', 'emphasized',
  'emphasised', 'stressed', 'stresses', 'continued', 'continues', 'confirmed', 'confirms', 'denied', 'denies',
  'claimed', 'claims', 'remarked', 'remarks', 'suggested', 'suggests', 'described', 'describes', 'hoped', 'hopes',
  'felt', 'feels', 'wants', 'wanted', 'met', 'meets', 'spoke', 'speaks', 'died', 'was born', 'resigned', 'married',
]);

/** Nouns after a possessive or before a name that point to a person ("Smith's wife", "the 23-year-old"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'family', 'parents', 'children',
  'widow', 'widower', 'grandson', 'granddaughter', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'fiancé', 'fiancee',
  'girlfriend', 'boyfriend', 'hostage', 'captive', 'prisoner', 'detainee', 'victim', 'survivor', 'citizen', 'national',
  'resident', 'student', 'pupil', 'worker', 'man', 'woman', 'boy', 'girl', 'teenager', 'child', 'baby', 'veteran',
  'soldier', 'fan', 'friend', 'colleague', 'neighbour', 'neighbor', 'suspect', 'defendant', 'witness', 'patient',
  'farmer', 'driver', 'pilot', 'passenger', 'tourist', 'mourner', 'protester', 'voter', 'spokesperson', 'career',
  'death', 'funeral', 'birthday', 'memoir', 'administration', 'presidency', 'campaign', 'lawyers', 'attorney',
]);

/** Nouns right after a name that make it a person ("a Smith confidant", "Smith allies"). */
export const PERSON_FOLLOWERS: ReadonlySet<string> = new Set([
  'confidant', 'confidants', 'ally', 'allies', 'aide', 'aides', 'loyalist', 'loyalists', 'himself', 'herself',
  'administration', 'administrations', 'presidency', 'campaign',
]);
