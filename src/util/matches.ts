/**
 * `text.matchAll(re)` without its cost. `String.prototype.matchAll` copies the regular expression
 * on every call (a new RegExp object, about a microsecond); the extraction rules call it once per
 * sentence and per rule, hundreds of thousands of times for a few hundred articles. This runs the
 * same search with `re.exec` on the expression itself and gives back the same matches, in order.
 */

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Every match of the global expression `re` in `text`, as `[...text.matchAll(re)]` gives them:
 * from `re.lastIndex` on, an empty match stepping one character (one code point with the `u` or
 * `v` flag), and `re.lastIndex` left as it was. All matches are collected before the caller reads
 * any, so the loop body may use `re` again.
 *
 * @example
 * for (const m of allMatches(/\d+/g, 'a 1 b 22')) console.log(m.index, m[0]); // 2 '1', 6 '22'
 */
export function allMatches(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: expected a global regular expression (flag g), got /${re.source}/${re.flags}`);
  const saved = re.lastIndex;
  let out: RegExpExecArray[] | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    (out ??= []).push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || (re as { unicodeSets?: boolean }).unicodeSets === true);
  }
  re.lastIndex = saved;
  return out ?? NO_MATCHES;
}

/** The ECMAScript AdvanceStringIndex: one code unit, or one code point in unicode mode. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
