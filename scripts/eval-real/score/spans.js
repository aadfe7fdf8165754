// Exact-span entity scoring (the CoNLL convention: a prediction counts only when both edges and the
// type agree). Pure: gold and predicted spans in, tally and error records out.

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const key = (s) => `${s.start}:${s.end}`;

/**
 * Score one document. `gold`: [{ start, end, type }] (types outside `types`, e.g. MISC, are not
 * scored); `predicted`: [{ start, end, type }] (types outside `types`, e.g. crosscheck's 'other', are
 * not scored either, but are named in the error of a gold span they cover). Returns counters per
 * type and overall ('all'), and one error per false positive or false negative, with its cause and
 * the gold (`expected`) and predicted (`got`) spans involved, null where there is none:
 *   fn: missed | boundary | wrong-type | unscored-type (found, typed other/group)
 *   fp: spurious | boundary | wrong-type | on-unscored-gold (e.g. a MISC span)
 */
export function scoreSpans(gold, predicted, types) {
  const scored = (s) => types.includes(s.type);
  const g = gold.filter(scored);
  const p = predicted.filter(scored);
  const goldAt = new Map(g.map((s) => [key(s), s]));
  const predAt = new Map(p.map((s) => [key(s), s]));
  const counts = {};
  const bump = (t, f) => {
    for (const k of ['all', t]) (counts[k] ??= { tp: 0, fp: 0, fn: 0 })[f]++;
  };
  const errors = [];
  for (const s of g) {
    const hit = predAt.get(key(s));
    if (hit && hit.type === s.type) {
      bump(s.type, 'tp');
      continue;
    }
    bump(s.type, 'fn');
    const same = hit ?? predicted.find((q) => key(q) === key(s));
    const near = predicted.find((q) => overlaps(q, s));
    const kind = same ? (scored(same) ? 'wrong-type' : 'unscored-type') : near ? 'boundary' : 'missed';
    const other = same ?? near ?? null;
    errors.push({ start: s.start, end: s.end, kind: `fn ${kind}`, expected: s, got: other });
  }
  for (const s of p) {
    const hit = goldAt.get(key(s));
    if (hit && hit.type === s.type) continue;
    bump(s.type, 'fp');
    const any = gold.find((q) => key(q) === key(s));
    const near = gold.find((q) => overlaps(q, s));
    const kind = hit ? 'wrong-type' : any ? 'on-unscored-gold' : near ? 'boundary' : 'spurious';
    errors.push({ start: s.start, end: s.end, kind: `fp ${kind}`, expected: any ?? near ?? null, got: s });
  }
  errors.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind) || a.end - b.end);
  return { counts, errors };
}
