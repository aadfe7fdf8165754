/**
 * Parts that add up to a whole stated just before them: "won 10 matches in a row — three in
 * qualifying, seven in the main draw", "12 people died: eight in the town and four on the coast".
 * The parts take the whole's counted thing, marked as parts of it (`partOf`: the whole's value), so
 * another outlet's "seven matches in the main draw" is read as that part, not as a disagreement
 * with "10 matches" (claims step 3, splitByReferent). Only counts, in one sentence, at least two
 * parts, each smaller than the whole, whose sum is exactly the whole. A part that says what holds of
 * it ("of the 278 dead, 177 have been identified") keeps its own topic and is only marked.
 */
import type { KeyedQuantity } from './index.js';

/** Is the record a plain count (not money, a share or a measure)? */
const isCount = (q: KeyedQuantity): boolean => q.claimKind === 'quantity' && !q.canonical && !q.implicit && q.unit !== '%' && !/^[A-Z]{3}$/.test(q.unit ?? '');

/** The group of a blocking key (modifier|group|state…). */
export const keyGroup = (key: string): string => key.split('|')[1] ?? '';

/** The state of a blocking key (modifier|group|state…). */
const keyState = (key: string): string => key.split('|')[2] ?? '';

/** The records of one sentence, in text order, with the parts of a stated whole marked. */
export function markSumParts(records: readonly KeyedQuantity[]): KeyedQuantity[] {
  const out = [...records];
  for (let w = 0; w < out.length; w++) {
    const whole = out[w]!;
    if (!isCount(whole) || whole.partOf !== undefined || whole.value < 2) continue;
    let sum = 0;
    let j = w + 1;
    while (j < out.length && isCount(out[j]!) && out[j]!.value < whole.value && sum < whole.value) sum += out[j++]!.value;
    if (sum !== whole.value || j - w - 1 < 2) continue;
    const key = whole.topicKey ?? whole.topic.toLowerCase();
    for (let k = w + 1; k < j; k++) {
      const p = out[k]!;
      // a part with a state of its own ("177 have been identified while 101 are yet to be") keeps its topic
      const own = p.topicKey ?? p.topic.toLowerCase();
      const described = !own.endsWith('|vague') && keyState(own) !== '' && keyState(own) !== keyState(key);
      out[k] = described ? { ...p, partOf: whole.value } : { ...p, topic: `${whole.topic} (part)`, topicKey: `${key}|part`, unit: whole.unit, scope: 'part', partOf: whole.value };
    }
    w = j - 1;
  }
  return out;
}
