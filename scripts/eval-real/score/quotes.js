// Quote and speaker scoring for real attribution corpora (PolNeAR, GenderGapTracker). Pure: gold
// quotations and predicted quotes in, counters and error records out.
import { normName } from '../../lib/match.js';

const DETERMINERS = new Set(['the', 'a', 'an']);
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** A name reduced to comparable words: lower case, no possessive, article, leading title or "(D-N.Y.)". */
function nameWords(s) {
  const w = normName(String(s ?? '').replace(/\([^)]*\)/g, ' ')).split(' ').filter(Boolean);
  return DETERMINERS.has(w[0]) && w.length > 1 ? w.slice(1) : w;
}

/**
 * Do two names denote the same speaker? Equal word for word, or one is the last word (surname) of
 * the other ("Okafor" / "Ada Okafor"), or the longer ends with the shorter full name
 * ("Mayor Ada Okafor" / "Ada Okafor") or adds where the person is from ("Ada Okafor of Acme").
 */
export function namesMatch(a, b) {
  const x = nameWords(a).join(' ');
  const y = nameWords(b).join(' ');
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.includes(' ') && long.startsWith(`${short} of `)) return true; // "Ann Lee of Acme"
  return long.endsWith(` ${short}`) && (short.includes(' ') || long.split(' ').at(-1) === short);
}

/**
 * Score one article. Gold quotations: { id, parts: [{ start, end }] (quoted words), kind:
 * 'name' | 'pronoun' | 'description' | null (no speaker annotated), names: [accepted speaker names],
 * source: { start, end } | null (where the source is written; for a description, a prediction whose
 * speaker span overlaps it names the source as written and is accepted), direct, cue? (the
 * attribution's cue words, shown in errors) }. `regions`: every
 * annotated span (quoted or not) — a predicted quote overlapping none of them is a false positive.
 * Predicted: { start, end, speaker: name | null, speakerSpan: { start, end } | null, scare? }; scare
 * quotes (the extractor's "not an utterance") only explain a miss.
 * A gold quotation is found when a predicted quote overlaps one of its parts; its speaker is right
 * when one of the predicted quotes overlapping it has an accepted speaker (an attribution the
 * extractor splits into several quotes has one speaker). A pronoun source with no named referent
 * cannot be judged: it is counted under 'speaker: pronoun source, no referent' (tp only) instead.
 */
export function scoreQuotes(gold, allPredicted, regions) {
  const predicted = allPredicted.filter((p) => !p.scare);
  const scare = allPredicted.filter((p) => p.scare);
  const counts = {};
  const bump = (k, f) => ((counts[k] ??= { tp: 0, fp: 0, fn: 0 })[f]++);
  const errors = [];
  for (const g of gold) {
    const task = g.direct ? 'direct' : 'indirect';
    const pieces = predicted
      .map((p) => ({ p, n: g.parts.reduce((s, part) => s + overlap(p, part), 0) }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n || a.p.start - b.p.start)
      .map((x) => x.p);
    const at = g.parts[0] ?? { start: 0, end: 0 };
    if (pieces.length === 0) {
      bump(`${task} quotes found`, 'fn');
      const why = scare.some((p) => g.parts.some((part) => overlap(p, part) > 0)) ? ' (taken for a scare quote)' : '';
      errors.push({ start: at.start, end: at.end, kind: `${task} quote missed${why}`, expected: g.names[0] ?? '', got: '' });
      continue;
    }
    bump(`${task} quotes found`, 'tp');
    if (g.kind === null) continue;
    if (g.kind === 'pronoun' && g.names.length === 0) {
      bump(`${task} speaker: pronoun source, no referent`, 'tp');
      continue;
    }
    const rightFor = (p) => (g.kind === 'description' && g.source !== null && p.speakerSpan !== null && overlap(p.speakerSpan, g.source) > 0)
      || (p.speaker !== null && g.names.some((n) => namesMatch(p.speaker, n)));
    // one attribution, one speaker: right when any piece of it carries the right speaker; else the
    // judged piece is the largest one with a speaker (or the largest one)
    const right = pieces.some(rightFor);
    const best = pieces.find((p) => p.speaker !== null) ?? pieces[0];
    for (const k of [`${task} speaker right`, `${task} speaker: ${g.kind} source`]) {
      if (right) bump(k, 'tp');
      else {
        bump(k, 'fn');
        if (best.speaker !== null) bump(k, 'fp');
      }
    }
    if (!right) {
      const kind = best.speaker === null ? 'no speaker' : 'wrong speaker';
      const cue = g.cue ? ` [cue: ${g.cue}]` : '';
      errors.push({ start: at.start, end: at.end, kind: `${task} ${kind} (${g.kind} source)`, expected: `${g.names.join(' | ')}${cue}`, got: best.speaker ?? '' });
    }
  }
  for (const p of predicted) {
    if (regions.some((r) => overlap(p, r) > 0)) continue;
    bump('direct quotes found', 'fp');
    errors.push({ start: p.start, end: p.end, kind: 'quote not annotated', expected: '', got: p.speaker ?? '' });
  }
  errors.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
  return { counts, errors };
}
