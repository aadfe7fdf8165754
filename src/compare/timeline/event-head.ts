/**
 * The head of a dated event: the event-verb class (src/lexicon/event-verb-classes.ts)
 * written nearest to the date inside the event's evidence, so that "designated …
 * since 1997" and "its designation … in 1997" both have head `designate` while
 * "won the league in 2019" (`win`) and "sacked its manager in 2019" (`dismiss`)
 * differ. An office title just before the date ("mayor since 2017") gives the
 * head `office:mayor`, because holding an office since a year is an event too.
 * When a speech verb is nearest ("officials said early on Wednesday") the
 * date is the date of the telling, and there is no head.
 * Only the evidence span is scanned (one short clause), so this stays cheap.
 */
import type { Span } from '../../contract/analysis-schema.js';
import { EVENT_NOUNS, EVENT_VERB_CLASSES, NOUN_DETERMINERS, OUTBREAK_ING_FORMS, SEQUENCE_WORDS } from '../../lexicon/event-verb-classes.js';
import { TITLE_HEADS } from '../../lexicon/person-titles.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { stem } from './content-words.js';

const FORMS = new Map<string, string>();
for (const [key, forms] of EVENT_VERB_CLASSES) for (const f of forms) FORMS.set(f, key);
/** Every written form of an event-verb class (one or more words, lower case) → its class key. */
export const HEAD_FORMS: ReadonlyMap<string, string> = FORMS;
/** Words in the longest class form. */
export const MAX_PHRASE = Math.max(...[...FORMS.keys()].map((f) => f.split(' ').length));

/** The end offset of the first word of `text` that writes `head` ("opened" for `open`), or -1. */
export function headWordEnd(text: string, head: string): number {
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const w = m[0].toLowerCase();
    if (FORMS.get(w) === head || `office:${w}` === head) return m.index + m[0].length;
  }
  return -1;
}

/** Stems of the one-word class forms: words that say what happened, not what it happened to. */
export const HEAD_STEMS: ReadonlySet<string> = new Set([...FORMS.keys()].filter((f) => !f.includes(' ')).map(stem));

/** An office title counts as the head only this close before the date ("mayor since 2017"). @default 3 */
export const OFFICE_WINDOW = 3;

/** Extra distance for a word across a clause break (comma, dash, bracket…) from the date. @default 2 */
export const BREAK_PENALTY = 2;

interface Tok {
  readonly w: string;
  /** written in lower case (a capitalised "State" is a name, not a speech verb). */
  readonly lower: boolean;
  readonly start: number;
  readonly end: number;
}

/** The class of a verb just before the event noun at `k`, across one determiner ("completed its acquisition"), or null. */
function governingVerb(toks: readonly Tok[], k: number): string | null {
  let j = k - 1;
  if (j >= 0 && NOUN_DETERMINERS.has(toks[j]!.w)) j--;
  const verb = j >= 0 ? FORMS.get(toks[j]!.w) : undefined;
  return verb !== undefined && !EVENT_NOUNS.has(toks[j]!.w) ? verb : null;
}

/** The head class of the event told in `evidence` about the date at `dateSpan`, or null when none is written. */
export function eventHead(text: string, evidence: Span, dateSpan: Span): string | null {
  const toks: Tok[] = [];
  const slice = text.slice(evidence.start, evidence.end);
  for (const m of slice.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const start = evidence.start + m.index;
    const w = m[0].toLowerCase();
    toks.push({ w, lower: w === m[0], start, end: start + m[0].length });
  }
  let first = toks.findIndex((t) => t.end > dateSpan.start);
  if (first < 0) first = toks.length;
  let last = first;
  while (last + 1 < toks.length && toks[last + 1]!.start < dateSpan.end) last++;
  // words between, plus a penalty when a clause break lies between the word and the date.
  const broken = (from: number, to: number) => (/[,;:()[\]—–]/.test(text.slice(from, to)) ? BREAK_PENALTY : 0);
  const distance = (a: number, b: number) =>
    b < first ? first - b + broken(toks[b]!.end, dateSpan.start) : a > last ? a - last + broken(dateSpan.end, toks[a]!.start) : -1;
  // the first "after"/"before" past the date: class words beyond it tell another event.
  let sequence = toks.length;
  for (let k = last + 1; k < toks.length; k++) {
    if (SEQUENCE_WORDS.has(toks[k]!.w)) {
      sequence = k;
      break;
    }
  }
  let best: string | null = null;
  let bestD = Infinity;
  for (let k = 0; k < toks.length; k++) {
    if ((k >= first && k <= last) || k > sequence) continue;
    let hit: string | null = null;
    let len = 1;
    for (let n = Math.min(MAX_PHRASE, toks.length - k); n >= 1 && hit === null; n--) {
      const key = FORMS.get(toks.slice(k, k + n).map((t) => t.w).join(' '));
      if (key !== undefined) {
        hit = key;
        len = n;
      }
    }
    // "blocked the merger": the verb before an event noun says what happened to it.
    if (hit !== null && len === 1 && EVENT_NOUNS.has(toks[k]!.w)) hit = governingVerb(toks, k) ?? hit;
    // "began clearing" / "started to": the start of another action, not an outbreak ("began burning" is one).
    const after = toks[k + len]?.w ?? '';
    if (hit === 'start' && /^(?:to|\p{L}{3,}ing)$/u.test(after) && !OUTBREAK_ING_FORMS.has(after)) hit = null;
    if (hit === null && k < first && first - k <= OFFICE_WINDOW && TITLE_HEADS.has(toks[k]!.w)) hit = `office:${toks[k]!.w}`;
    // a speech verb is a hit without a class: it makes the nearest head "none" — unless it
    // follows the date across a clause break ("died on Monday, officials said"): then it dates nothing.
    const telling = hit === null && toks[k]!.lower && SPEECH_VERBS.has(toks[k]!.w) && !(k > last && broken(dateSpan.end, toks[k]!.start) > 0);
    if (hit === null && !telling) continue;
    const d = distance(k, k + len - 1);
    // strictly nearer wins; on a tie the word before the date (met first) stays.
    if (d >= 0 && d < bestD) {
      best = hit;
      bestD = d;
    }
    k += len - 1;
  }
  return best;
}
