// What the source of a quotation is (a name, a pronoun, a description), from its words. Pure.

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'her', 'them', 'me', 'us', 'his', 'hers', 'their', 'its', 'our', 'my', 'who', 'which', 'this', 'that', 'these', 'those', 'one']);
const LINKS = new Set(['of', 'and', '&', 'de', 'la', 'van', 'von', 'der', 'del', 'da', 'du', 'le', 'bin', 'al', 'for', 'on']);
const capitalised = (w) => /^\p{Lu}/u.test(w);
const words = (s) => s.split(/[\s\u00a0]+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d.'’]+$/gu, '')).filter(Boolean);

/** The capitalised words that end a stretch ("campaign manager Kellyanne Conway" → "Kellyanne Conway"), or null. */
function endName(text) {
  const w = words(text);
  let k = w.length;
  while (k > 0 && (capitalised(w[k - 1]) || (k < w.length && LINKS.has(w[k - 1].toLowerCase())))) k--;
  while (k < w.length && LINKS.has(w[k].toLowerCase())) k++;
  if (k < w.length && /^(the|a|an)$/i.test(w[k])) k++;
  return k < w.length ? w.slice(k).join(' ').replace(/['’]s$/, '') : null;
}

/**
 * The name a source gives, or null: with an appositive or a relative clause ("Ann Lee, an aide to
 * Sen. Bo Park"; "Lee, who …"; "Ann Lee of Derry, N.H."), the name ending the first piece, else
 * ("a former aide, Ann Lee") a later piece that is all name.
 */
export function trailingName(text) {
  const pieces = text.replace(/\([^)]*\)/g, ' ').split(/,|\s(?:who|which|whose)\s/).map((p) => p.trim()).filter(Boolean);
  const first = pieces.length ? endName(pieces[0]) : null;
  if (first !== null) return first;
  const whole = pieces.find((p) => endName(p) === words(p).join(' ').replace(/^(the|a|an)\s/i, '').replace(/['’]s$/, ''));
  return whole === undefined ? null : endName(whole);
}

/**
 * What a Source is: a pronoun ("she", "they"); a name when it ends in capitalised words, a role
 * before them allowed ("Hillary Clinton", "The New York Post", "campaign manager Kellyanne
 * Conway"); otherwise a description ("a campaign aide", "the Republican nominee", "Clinton's aide").
 */
export function sourceKind(text) {
  const w = words(text);
  if (w.length === 1 && PRONOUNS.has(w[0].toLowerCase())) return 'pronoun';
  return trailingName(text) === null ? 'description' : 'name';
}

