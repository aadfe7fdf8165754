/**
 * Words that tell which of "he" and "she" a person named in the text goes with: the pronouns that
 * point back to a subject (not "him" and "her": "Brel praised her" is about someone else) and the
 * honorifics before a name. Lower case, full stop removed.
 * Used only to keep "she said" from going to a man named nearer, and "he said" from a woman.
 */
export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'his', 'himself']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'hers', 'herself']);
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'monsieur', 'herr', 'señor']);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'madam', 'madame', 'mme', 'mlle', 'frau', 'señora']);

/**
 * Nouns of kinship and address that tell the gender of the name right after them ("her father
 * Khaled", "his wife, Ada", "the widow Roe"). Lower case, singular.
 */
export const MALE_KIN_NOUNS: ReadonlySet<string> = new Set(['father', 'son', 'brother', 'husband', 'boyfriend', 'uncle', 'nephew', 'grandfather', 'grandson', 'stepfather', 'stepson', 'widower', 'dad', 'fiancé', 'king', 'prince', 'businessman', 'chairman', 'spokesman', 'congressman', 'councilman', 'sportsman', 'actor']);
export const FEMALE_KIN_NOUNS: ReadonlySet<string> = new Set(['mother', 'daughter', 'sister', 'wife', 'girlfriend', 'aunt', 'niece', 'grandmother', 'granddaughter', 'stepmother', 'stepdaughter', 'widow', 'mom', 'mum', 'fiancée', 'queen', 'princess', 'businesswoman', 'chairwoman', 'spokeswoman', 'congresswoman', 'councilwoman', 'sportswoman', 'actress']);
