/**
 * A short, readable stand-in for an outlet when an article has none (no metadata, URL, sign-off
 * or credit in the text): derived from its id, which is usually the file name. Hash-like parts
 * are dropped so a badge never shows (or wraps inside) "32219904202aabac":
 * "000_32219904202aabac" → "article 000", "harbour-report_9f3a1c77e2" → "harbour-report",
 * "valley-courier" → "valley-courier" (nothing to drop: the id as it is).
 */

// hex runs of 6+ characters mixing digits and letters, or any hex run of 12+: content hashes, not words
const HASHLIKE = /^(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{6,}$|^[0-9a-f]{12,}$/i;
const MAX_LABEL = 40;

/** The readable label for one article id (see above). */
export function articleLabel(id: string): string {
  const parts = id.split(/[_\s.]+/).filter(Boolean);
  const kept = parts.filter((p) => !HASHLIKE.test(p));
  if (kept.length === parts.length) return id;
  if (!kept.length) return `article ${id.slice(0, 6)}`;
  const label = kept.join(' ');
  const short = label.length > MAX_LABEL ? label.slice(0, MAX_LABEL).replace(/\s+\S*$/, '') : label;
  return /^\d+(?: \d+)*$/.test(short) ? `article ${short}` : short;
}

/**
 * Labels for a set of ids: `articleLabel` of each, except where two ids would get the same label
 * ("000_ab12cd34ef" and "000_98fe76dc54"); those keep their full ids, so two articles never
 * pass for one outlet.
 */
export function articleLabels(ids: Iterable<string>): Map<string, string> {
  const all = [...new Set(ids)];
  const count = new Map<string, number>();
  for (const id of all) count.set(articleLabel(id), (count.get(articleLabel(id)) ?? 0) + 1);
  return new Map(all.map((id) => [id, count.get(articleLabel(id)) === 1 ? articleLabel(id) : id]));
}
