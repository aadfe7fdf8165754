/**
 * Loaded and evaluative words: labels and adjectives that carry a judgement rather than
 * a fact ("brutal", "regime", "terrorist", "historic", "shocking"). The summary avoids
 * extracting sentences that use them, so its central facts are told in neutral words;
 * framing may report them. General vocabulary only, never names tied to one story.
 * Belongs here: evaluative adjectives/adverbs, pejorative or honorific labels for
 * people and groups, intensifiers of drama. Lower-case single words.
 */
export const LOADED_WORDS: ReadonlySet<string> = new Set([
  'absurd', 'alarming', 'appalling', 'atrocious', 'audacious', 'barbaric', 'blatant', 'bold', 'brave', 'brazen',
  'brilliant', 'brutal', 'callous', 'catastrophic', 'chaos', 'chaotic', 'controversial', 'corrupt', 'cowardly',
  'crackdown', 'crazy', 'cruel', 'dangerous', 'devastating', 'disastrous', 'disgraceful', 'dramatic', 'dramatically',
  'embattled', 'extremist', 'extremists', 'fanatic', 'fanatics', 'farce', 'fiasco', 'heroic', 'historic', 'horrific',
  'hardline', 'hardliner', 'hardliners', 'infamous', 'insane', 'landmark', 'militant', 'militants', 'notorious',
  'outrage', 'outrageous', 'propaganda', 'radical', 'radicals', 'reckless', 'regime', 'remarkable', 'ruthless',
  'savage', 'scandal', 'scandalous', 'senseless', 'shameful', 'shocking', 'slaughter', 'so-called', 'staggering',
  'startling', 'stunning', 'surprising', 'terror', 'terrorist', 'terrorists', 'thug', 'thugs', 'tragic', 'unprecedented',
  'vicious', 'villain', 'wildly',
]);
