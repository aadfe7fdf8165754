/**
 * Step 6: date conflicts keyed by the event itself — the same event verb class
 * about the same thing, given incompatible dates by different articles, even
 * when the two clauses share too few words for step 4 ("The study published
 * Thursday concluded …" / "The study, published in the Lancet on Friday, said …").
 *
 * An event's key is its head class (event-head.ts) and the words the head is
 * about: its subject (a few words before it, across a comma only right before a
 * participle: "The study, published") and its object (the words after it up to
 * the date or the end of the clause). Words inside an entity mention become the
 * merged entity's id, so two people of one surname are two subjects. Two events
 * match when their objects share at least half of the smaller object's words,
 * or their subjects do and their objects do not name different things.
 *
 * Guards: the date must be written in the head's clause (no comma or other
 * break between them); a hedged or denied clause ("was expected to win on Saturday", "did not
 * sign on Monday") is no account of the event; the dates must be at most
 * `MAX_DAYS_APART` apart — or, for a class that happens once to one thing
 * (ONE_TIME_EVENT_CLASSES: bought, published, founded), the same month (and
 * day) a year apart, a slip of the year, with an entity shared; and the merged
 * events must come from disjoint articles, as in step 4.
 */
import type { Span } from '../../contract/analysis-schema.js';
import { EVENT_ARGUMENT_STOPS, ONE_TIME_EVENT_CLASSES } from '../../lexicon/event-key-words.js';
import { HEDGE_CUES, NEGATION_CUES } from '../../lexicon/fact-predicates.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import { candidatePairs } from './blocking.js';
import type { EventItem } from './01-collect.js';
import type { EventGroup } from './03-group-events.js';
import { contentWords, sharedCount } from './content-words.js';
import { compatible, daysApart } from './date-compat.js';
import { MAX_DAYS_APART } from './04-date-conflicts.js';
import { HEAD_FORMS, MAX_PHRASE } from './event-head.js';
import { CLAUSE_BREAK, isTelling, nightApart } from './same-moment.js';

/** Argument words read before the head / after it. @default { subject: 3, object: 4 } */
export const ARGUMENT_WORDS = { subject: 3, object: 4 } as const;
/** Words before the head searched for a hedge or a denial. @default 4 */
export const CUE_WINDOW = 4;

const FORMS = HEAD_FORMS;
const CUES = [...HEDGE_CUES, ...NEGATION_CUES].map((c) => c.split(' '));

interface Tok {
  readonly w: string;
  readonly start: number;
  readonly end: number;
  /** merged entity id when the word lies inside an entity mention. */
  readonly entity: string | null;
  /** inside a date expression. */
  readonly date: boolean;
}

/** What one article's event is about. */
export interface EventKey {
  readonly head: string;
  readonly subject: ReadonlySet<string>;
  readonly object: ReadonlySet<string>;
  /** the clause hedges or denies the event ("was expected to win", "did not sign"). */
  readonly hedged?: boolean;
}


function tokens(x: ArticleExtraction, resolver: EntityResolver, evidence: Span): Tok[] {
  const text = x.article.text;
  const mentions = x.entities.mentions.filter((m) => m.span.start < evidence.end && m.span.end > evidence.start);
  const dates = x.dates.filter((d) => d.span.start < evidence.end && d.span.end > evidence.start);
  const out: Tok[] = [];
  for (const m of text.slice(evidence.start, evidence.end).matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const start = evidence.start + m.index;
    const t = { start, end: start + m[0].length };
    const mention = mentions.find((n) => t.start >= n.span.start && t.start < n.span.end);
    out.push({
      w: m[0].toLowerCase(),
      ...t,
      entity: mention ? resolver.globalId(x.article.id, mention.entity) : null,
      date: dates.some((d) => t.start >= d.span.start && t.start < d.span.end),
    });
  }
  return out;
}

/** Length of the head-class phrase starting at token k (0 when none of class `head` starts there). */
function headAt(toks: readonly Tok[], k: number, head: string): number {
  for (let n = Math.min(MAX_PHRASE, toks.length - k); n >= 1; n--) {
    if (FORMS.get(toks.slice(k, k + n).map((t) => t.w).join(' ')) === head) return n;
  }
  return 0;
}

function hedged(toks: readonly Tok[], k: number): boolean {
  const before = toks.slice(Math.max(0, k - CUE_WINDOW), k).map((t) => t.w.replace(/’/g, "'"));
  return CUES.some((cue) => before.some((_, i) => cue.every((c, j) => before[i + j] === c || (c === "n't" && before[i + j]?.endsWith("n't")))));
}

/** The argument of one word: its entity id, or its stem when it is a content word; null for none. */
function arg(t: Tok): string | null {
  if (t.date || FORMS.has(t.w)) return null;
  if (t.entity !== null) return `e:${t.entity}`;
  return [...contentWords(t.w)][0] ?? null;
}

const stops = (t: Tok) => EVENT_ARGUMENT_STOPS.has(t.w) || SPEECH_VERBS.has(t.w);

/** Collect up to `max` arguments walking from token `from` by `step`, stopping at a clause break. */
function collect(text: string, toks: readonly Tok[], from: number, step: 1 | -1, max: number, until: (k: number) => boolean): Set<string> {
  const out = new Set<string>();
  for (let k = from, n = 0; k >= 0 && k < toks.length && out.size < max; k += step, n++) {
    const t = toks[k]!;
    const prev = step === 1 ? toks[k - 1] : toks[k + 1];
    if (prev !== undefined) {
      const gap = step === 1 ? text.slice(prev.end, t.start) : text.slice(t.end, prev.start);
      // a comma ends the clause, except the one right before a participle head ("The study, published …").
      if (CLAUSE_BREAK.test(gap) || (gap.includes(',') && !(step === -1 && n === 0))) break;
    }
    if (until(k) || stops(t)) break;
    const a = arg(t);
    if (a !== null) out.add(a);
  }
  return out;
}

/** The key of one article's event, or null when it has no head or its date is outside the head's clause. */
export function eventKey(x: ArticleExtraction, resolver: EntityResolver, item: EventItem): EventKey | null {
  const head = item.head;
  if (head === null || head.startsWith('office:') || head === 'deadline') return null;
  const { evidence, dateSpan } = item.event;
  const toks = tokens(x, resolver, evidence);
  // the head word of this class nearest the date.
  let k = -1;
  let len = 0;
  let best = Infinity;
  toks.forEach((t, i) => {
    const n = headAt(toks, i, head);
    const d = Math.min(Math.abs(t.start - dateSpan.end), Math.abs(t.end - dateSpan.start));
    if (n > 0 && d < best) [k, len, best] = [i, n, d];
  });
  if (k < 0) return null;
  const text = x.article.text;
  // the date must be in the head's clause: "turned 19 on Monday, 6-4, 6-3 today to win" dates the win today only.
  const headSpan = { start: toks[k]!.start, end: toks[k + len - 1]!.end };
  const between = headSpan.end <= dateSpan.start ? text.slice(headSpan.end, dateSpan.start) : text.slice(dateSpan.end, headSpan.start);
  if (/[,;:()[\]—–.!?]/.test(between)) return null;
  const subject = collect(text, toks, k - 1, -1, ARGUMENT_WORDS.subject, () => false);
  // the object runs to the date when the date follows it ("clinched the title on Sunday"), else to the clause's end.
  const dateAfter = dateSpan.start >= headSpan.end;
  const firstAfter = toks.findIndex((t, i) => i >= k + len && !t.date && arg(t) !== null);
  const dateFirst = dateAfter && (firstAfter < 0 || toks[firstAfter]!.start > dateSpan.start);
  const object = collect(text, toks, k + len, 1, ARGUMENT_WORDS.object, (i) => !dateFirst && dateAfter && toks[i]!.start >= dateSpan.start);
  return { head, subject, object, ...(hedged(toks, k) ? { hedged: true } : {}) };
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Both sets non-empty and sharing at least half of the smaller one. */
function close(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const n = shared(a, b);
  return n >= 1 && n * 2 >= Math.min(a.size, b.size);
}

const named = (s: ReadonlySet<string>) => [...s].filter((w) => w.startsWith('e:'));

/**
 * True when two keys of one head tell two events: they name other things (objects both given,
 * no word shared: "won the semi-final" / "won the final") or other named doers (Anna Berg's sprint
 * is not Tomas Berg's).
 */
export function otherEventKey(a: EventKey, b: EventKey): boolean {
  if (a.head !== b.head) return false;
  const [da, db] = [named(a.subject), named(b.subject)];
  if (da.length > 0 && db.length > 0 && !da.some((e) => db.includes(e))) return true;
  return a.object.size > 0 && b.object.size > 0 && shared(a.object, b.object) === 0;
}

/** True when two keys tell the same event: same head, not two events, and the same thing (object) or the same doer (subject). */
export function sameEventKey(a: EventKey, b: EventKey): boolean {
  if (a.head !== b.head || otherEventKey(a, b)) return false;
  return close(a.object, b.object) || close(a.subject, b.subject);
}

/** The same month and day in consecutive years, month precision at least: a slip of the year. */
function yearSlip(a: string, b: string): boolean {
  return a.length >= 7 && a.length === b.length && a.slice(4) === b.slice(4) && Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))) === 1;
}

const hasEntity = (s: ReadonlySet<string>, t: ReadonlySet<string>) => [...s].some((w) => w.startsWith('e:') && t.has(w));

function datesClash(a: EventItem, b: EventItem, ka: EventKey, kb: EventKey): boolean {
  const da = a.event.date;
  const db = b.event.date;
  if (compatible(da, db) || nightApart({ date: da, text: a.dateText }, { date: db, text: b.dateText })) return false;
  if (daysApart(da, db) <= MAX_DAYS_APART) return true;
  return ONE_TIME_EVENT_CLASSES.has(ka.head) && yearSlip(da, db) && (hasEntity(ka.object, kb.object) || hasEntity(ka.subject, kb.subject));
}

/** Step 6's findings: extra conflicting pairs of merged events, and a veto for step 4's pairs. */
export interface KeyedComparison {
  /** pairs [i, j] (i < j) of merged events telling one keyed event on clashing dates, sorted. */
  readonly pairs: readonly [number, number][];
  /**
   * True when two merged events are different events however alike their words, or one moment:
   * two days something was said ("told CNN Friday" / "warned on Saturday"), a night and the
   * next day ("Wednesday night" / "tonight" after midnight), a plan against
   * an account of what happened ("was expected to win on Saturday" / "won on Sunday"), or the same
   * head about other things or other named doers ("won the semi-final" / "won the final").
   */
  readonly apart: (i: number, j: number) => boolean;
}

/** Keys of all items and the keyed comparison of the merged events (`items`, `groups`: steps 1 and 3). */
export function compareKeyed(
  extractions: readonly ArticleExtraction[],
  resolver: EntityResolver,
  items: readonly EventItem[],
  groups: readonly EventGroup[],
): KeyedComparison {
  const byArticle = new Map(extractions.map((x) => [x.article.id, x]));
  const groupOf = new Map(groups.flatMap((g, k) => g.members.map((m) => [m.i, k] as const)));
  const keys = new Map<number, EventKey>();
  const telling = new Set<number>();
  for (const it of items) {
    const x = byArticle.get(it.article);
    if (x && isTelling(x, it)) telling.add(it.i);
    const key = x && !telling.has(it.i) ? eventKey(x, resolver, it) : null;
    if (key) keys.set(it.i, key);
  }
  const asserted = [...keys].filter(([, k]) => k.hedged !== true).map(([i, key]) => ({ it: items[i]!, key }));
  const blockable = asserted.map(({ key }, i) => ({ i, keys: [...key.subject, ...key.object].map((w) => `${key.head}|${w}`), sort: `${key.head}\u0000${[...key.object].sort().join(' ')}` }));
  const out = new Map<string, [number, number]>();
  for (const [p, q] of candidatePairs(blockable)) {
    const a = asserted[p]!;
    const b = asserted[q]!;
    if (a.it.article === b.it.article || !sameEventKey(a.key, b.key) || !datesClash(a.it, b.it, a.key, b.key)) continue;
    const ga = groupOf.get(a.it.i);
    const gb = groupOf.get(b.it.i);
    if (ga === undefined || gb === undefined || ga === gb || sharedCount(groups[ga]!.articles, groups[gb]!.articles) > 0) continue;
    const pair: [number, number] = [Math.min(ga, gb), Math.max(ga, gb)];
    out.set(`${pair[0]} ${pair[1]}`, pair);
  }
  const keysOf = (g: number) => groups[g]!.members.map((m) => keys.get(m.i)).filter((k): k is EventKey => k !== undefined);
  const onlyHedged = (ks: readonly EventKey[]) => ks.length > 0 && ks.every((k) => k.hedged === true);
  const allTelling = (g: number) => groups[g]!.members.every((m) => telling.has(m.i));
  const night = (i: number, j: number) =>
    groups[i]!.members.some((a) => groups[j]!.members.some((b) => nightApart({ date: a.event.date, text: a.dateText }, { date: b.event.date, text: b.dateText })));
  const apart = (i: number, j: number): boolean => {
    if ((allTelling(i) && allTelling(j)) || night(i, j)) return true;
    const [ki, kj] = [keysOf(i), keysOf(j)];
    if (onlyHedged(ki) !== onlyHedged(kj) && ki.length > 0 && kj.length > 0) return true;
    let other = false;
    for (const a of ki) {
      for (const b of kj) {
        if (a.head !== b.head || a.hedged !== b.hedged) continue;
        if (!otherEventKey(a, b)) return false;
        other = true;
      }
    }
    return other;
  };
  return { pairs: [...out.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]), apart };
}

/** Step 4's conflict sets joined by extra conflicting pairs (sets ≥ 2, each sorted, sorted by first member). */
export function joinConflictSets(sets: readonly (readonly number[])[], pairs: readonly (readonly [number, number])[]): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  for (const s of sets) for (const m of s) join(s[0]!, m);
  for (const [a, b] of pairs) join(a, b);
  const out = new Map<number, number[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    out.set(r, [...(out.get(r) ?? []), x]);
  }
  return [...out.values()].filter((s) => s.length > 1).map((s) => s.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}
