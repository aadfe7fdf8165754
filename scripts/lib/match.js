// Lenient-where-harmless, strict-where-it-matters comparison helpers for the evaluation scorer.
// Lenient: case, diacritics, typographic marks, leading titles, word endings in topics.
// Strict: which person spoke, and the numbers, ages and dates themselves.

/** Words that head a title before a name ("Mayor", "Dr", "Chief"). */
const TITLE_HEADS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'mayor', 'governor', 'gov', 'sheriff', 'president', 'minister', 'secretary', 'senator', 'sen', 'rep',
  'chief', 'commander', 'captain', 'general', 'judge', 'justice', 'clerk', 'councillor', 'councilor',
  'manager', 'coach', 'substitute', 'striker', 'defender', 'director', 'envoy', 'governor', 'spokesperson',
]);
/** Words that may precede a title head ("County Fire Chief", "Deputy Governor"); never stripped alone. */
const TITLE_MODIFIERS = new Set([
  'former', 'us', 'u.s.', 'state', 'county', 'fire', 'station', 'prime', 'deputy', 'special', 'finance',
  'transport', 'health', 'foreign', 'vice', 'assistant', 'acting', 'interim', 'police', 'city', 'team', 'club',
]);

/** Lower-case, strip diacritics, unify quotation marks, apostrophes and dashes, collapse spaces. */
export function normText(s) {
  return String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u2026/g, '...')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text reduced to its words, for containment tests that ignore punctuation. */
export function normWords(s) {
  return normText(s).replace(/[^a-z0-9'&-]+/g, ' ').replace(/'(?=\s|$)/g, '').trim();
}

/** A name for comparison: normalised, possessive and leading titles removed. */
export function normName(s) {
  let words = normWords(s).replace(/'s\b/g, '').split(' ').filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words = words.slice(1);
  // strip the longest run of title words that ends in a head word, keeping at least one word
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] ?? '';
    if (TITLE_HEADS.has(w)) cut = i + 1;
    else if (!TITLE_MODIFIERS.has(w)) break;
  }
  return words.slice(cut).join(' ');
}

/** Every comparable form of an expected thing's name: the name and its aliases. */
export function nameForms(x) {
  return [x.name, ...(x.aliases ?? [])].map(normName).filter(Boolean);
}

/**
 * Does a predicted name denote the expected person/thing? Equal to the name or an alias after
 * normalisation; for people, a bare surname is accepted too ("Okafor" for "Marcus Okafor").
 */
export function sameName(predicted, expected, { surname = false } = {}) {
  const p = normName(predicted);
  if (!p) return false;
  const forms = nameForms(expected);
  if (forms.includes(p)) return true;
  if (surname) {
    const last = normName(expected.name).split(' ').at(-1);
    if (last && p === last) return true;
  }
  // a full name (two words or more) preceded by role words the extractor left on: "mission manager Jane Roe"
  return forms.some((f) => f.includes(' ') && p.endsWith(` ${f}`));
}

/** Crude English stem: enough to let "killed"/"kill", "injuries"/"injured" meet. */
export function stem(w) {
  let s = w.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const suf of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'y']) {
    if (s.length - suf.length >= 4 && s.endsWith(suf)) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  return s;
}

function stemsOf(text) {
  return normWords(text).split(/[\s-]+/).filter((w) => w.length > 1).map(stem);
}

const closeStem = (a, b) => a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * Topic match by keyword overlap: true when at least one expected keyword (all words of it, for
 * multi-word keywords) appears among the predicted text's word stems.
 */
export function topicOverlap(keywords, predictedText) {
  const have = stemsOf(predictedText);
  return keywords.some((k) => {
    const need = stemsOf(k);
    return need.length > 0 && need.every((n) => have.some((h) => closeStem(n, h)));
  });
}

/** Every content word of `expected` appears in `predicted` (used for roles). */
export function allWordsIn(expected, predicted) {
  const have = stemsOf(predicted);
  const need = stemsOf(expected).filter((w) => !['the', 'of', 'a', 'an', 'at', 'in'].includes(w));
  return need.length > 0 && need.every((n) => have.some((h) => closeStem(n, h)));
}

/** Numbers compared exactly (to a relative 1e-9); anything else compared as normalised text. */
export function sameValue(expected, predicted) {
  if (typeof expected === 'number') {
    const cands = [predicted.normalized, predicted.value].map((v) => (typeof v === 'number' ? v : parseNumber(v)));
    return cands.some((n) => n !== null && Math.abs(n - expected) <= 1e-9 * Math.max(1, Math.abs(expected)));
  }
  const e = normWords(expected);
  const cands = [predicted.normalized, predicted.value].filter((v) => v !== null && v !== undefined).map((v) => normWords(String(v)));
  return cands.some((c) => c === e || ` ${c} `.includes(` ${e} `));
}

function parseNumber(v) {
  if (typeof v !== 'string') return null;
  const t = v.replace(/,/g, '').trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

const QUALIFIERS = [
  ['about', ['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'close to', 'an estimated', 'estimated']],
  ['more than', ['more than', 'over', 'upwards of', 'in excess of']],
  ['at least', ['at least', 'no fewer than', 'a minimum of']],
  ['fewer than', ['fewer than', 'less than', 'under', 'below']],
  ['up to', ['up to', 'as many as', 'at most']],
];

/** A qualifier in canonical form ("around" → "about"); null for none. */
export function normQualifier(q) {
  if (q === null || q === undefined || q === '') return null;
  const t = normWords(q);
  for (const [canon, forms] of QUALIFIERS) if (forms.includes(t)) return canon;
  return t;
}

const UNITS = [
  ['%', ['%', 'percent', 'per cent', 'pct', 'percentage']],
  ['percentage points', ['percentage points', 'percentage point', 'points', 'pp']],
  ['km', ['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers']],
  ['GBP', ['gbp', '£', 'pound', 'pounds', 'sterling']],
  ['USD', ['usd', '$', 'dollar', 'dollars', 'us$']],
  ['EUR', ['eur', '€', 'euro', 'euros']],
  ['hours', ['hours', 'hour', 'h', 'hrs']],
  ['minutes', ['minutes', 'minute', 'min', 'mins']],
  ['years', ['years', 'year', 'yrs']],
  ['tonnes', ['tonnes', 'tonne', 'tons', 'ton', 't']],
];

/** A unit in canonical form; unknown units are compared by stem. */
export function normUnit(u) {
  if (u === null || u === undefined || u === '') return null;
  const t = normText(u);
  for (const [canon, forms] of UNITS) if (forms.includes(t)) return canon;
  return stem(normWords(t));
}

/** Expected and predicted units agree: equal canonical forms, or the predicted unit is a topic word. */
export function sameUnit(expected, predicted, topic = []) {
  const e = normUnit(expected);
  const p = normUnit(predicted);
  if (e === p) return true;
  if (p === null || e === null) return false;
  return topic.some((k) => stem(normWords(k)) === p) || closeStem(e, p);
}

/** The article key used in expectations: the file name without folder, extension or ":line". */
export function articleKey(source) {
  const base = String(source).split(/[\\/]/).at(-1) ?? '';
  return base.replace(/:\d+$/, '').replace(/\.[a-z0-9]+$/i, '');
}

/** An expected article key names a predicted article (seed keys are file-name prefixes). */
export function sameArticle(expectedKey, predictedKey) {
  return predictedKey === expectedKey || predictedKey.startsWith(`${expectedKey}_`);
}
