/**
 * How a claim value is shown: once, as the article wrote it, with its unit added only when the
 * writing leaves it out. The extraction's span already holds any qualifier ("approximately
 * 2,000", "no more than six months"), so the normalised qualifier ("about", "up to") is never
 * put in front of it; a counted noun ("prisoners") or a bare age ("54") lies outside the span,
 * so it is added; a unit written in any of its forms ("42-day", "21-year-old", "£45m", "7 per
 * cent") is not added again.
 */
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS } from '../../lexicon/quantity-units.js';

/** Normalised unit → every way it is written (lower case). */
const WRITTEN_FORMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const forms = new Map<string, Set<string>>();
  const add = (unit: string, form: string) => forms.set(unit, (forms.get(unit) ?? new Set()).add(form.toLowerCase()));
  for (const [form, m] of Object.entries(MEASURE_UNITS)) add(m.unit, form);
  for (const [form, iso] of [...Object.entries(CURRENCY_SYMBOLS), ...Object.entries(CURRENCY_WORDS)]) add(iso, form);
  for (const form of PERCENT_WORDS) add('%', form);
  add('%', 'cent');
  // "aged 58": the age's unit is in the word
  add('years', 'aged');
  return forms;
})();

/** The words and signs of a written value, without its digits: "£45m" → £, m; "42-day" → day. */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[\s\d.,\-–—]+/).filter(Boolean);

/** True when `text` already writes `unit` (in full, singular, or any of its lexicon forms). */
export function writesUnit(text: string, unit: string): boolean {
  const words = wordsOf(text);
  // "miles/h" is written when "miles" is ("70 miles per hour")
  const base = unit.toLowerCase().split('/')[0]!;
  const forms = WRITTEN_FORMS.get(unit) ?? WRITTEN_FORMS.get(base) ?? new Set<string>();
  const singular = base.endsWith('s') ? base.slice(0, -1) : base;
  return words.some((w) => w === base || w === singular || forms.has(w));
}

/** "approximately 2,000 prisoners", "42-day", "54 years": the value as written, its unit once. */
export function valueLabel(v: { readonly value: string; readonly unit: string | null }): string {
  const text = v.value.trim();
  return v.unit && !writesUnit(text, v.unit) ? `${text} ${v.unit}` : text;
}
