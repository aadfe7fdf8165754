/**
 * Step 4: labels — the nouns an outlet uses to name and qualify actors ("militant group",
 * "the occupation", "captives"), and, where the grammar ties the label to a merged entity,
 * which entity it names: pre-modifier ("the armed group Redcliff"), appositive
 * ("Redcliff, an armed group"), copula or designation ("Redcliff is a militant group",
 * "Redcliff, designated as a terrorist organization"). Generic rules over the
 * labelling-noun lexicon; no story names.
 */
import type { Entity, Span } from '../../contract/analysis-schema.js';
import { DEMONYMS } from '../../lexicon/demonyms.js';
import { LABEL_NOUNS, LABEL_QUALIFIERS } from '../../lexicon/label-nouns.js';
import { LOADED_WORDS } from '../../lexicon/loaded-words.js';

/** A merged entity's mention in one article. */
export interface EntityMention {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
}

/** Each article's entity mentions, in text order: built once per story, not once per article. */
export function mentionsByArticle(entities: readonly Entity[]): Map<string, EntityMention[]> {
  const out = new Map<string, EntityMention[]>();
  for (const e of entities) {
    for (const s of e.mentions) {
      let list = out.get(s.article);
      if (!list) out.set(s.article, (list = []));
      list.push({ entity: e.id, start: s.start, end: s.end });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end || (a.entity < b.entity ? -1 : 1));
  return out;
}

export type LabelLink = 'pre-modifier' | 'appositive' | 'copula' | 'none';

export interface LabelUse {
  /** lower-case, singular head: the key labels are compared by. */
  readonly key: string;
  /** as first written (capitals kept: "Resistance" is a choice too). */
  readonly text: string;
  readonly entity: string | null;
  readonly link: LabelLink;
  readonly span: Span;
}

const HEADS = new Map<string, string>();
for (const [singular, n] of LABEL_NOUNS) {
  HEADS.set(singular, singular);
  HEADS.set(n.plural, singular);
}
const DEMONYM_SET = new Set(DEMONYMS.map((d) => d.toLowerCase()));
const WORD = /[\p{L}][\p{L}-]*/gu;

const isQualifier = (w: string) => LABEL_QUALIFIERS.has(w) || DEMONYM_SET.has(w) || LOADED_WORDS.has(w);

/** Gaps between a mention and a label that tie the label to the mention, by rule. */
const AFTER_MENTION: readonly [LabelLink, RegExp][] = [
  ['appositive', /^,\s+(?:an?|the)\s+$/i],
  ['copula', /^(?:,[^.;!?]{0,60}?)?\s+(?:is|was|are|were|remains|became|(?:has|have) been|designated|classified|described|branded|labell?ed|called|considered|regarded|listed)(?:\s+as)?(?:\s+(?:an?|the))?\s+$/i],
];
const BEFORE_MENTION = /^\s+$/;

interface Word {
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Every labelling phrase (qualifiers + head) in one article, with the entity it names when
 * the grammar says so. Phrases inside `speech` (quoted speech: the speaker's words, not the
 * outlet's) are left out.
 */
export function labelsIn(articleId: string, text: string, mentions: readonly EntityMention[], speech: readonly { start: number; end: number }[] = []): LabelUse[] {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const out: LabelUse[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = HEADS.get(words[i]!.lower);
    if (!head) continue;
    // a head directly followed by another head is a qualifier ("resistance movement"): the later one leads
    if (i + 1 < words.length && HEADS.has(words[i + 1]!.lower) && onlySpace(text, words[i]!.end, words[i + 1]!.start)) continue;
    let first = i;
    while (first > 0 && i - first < 2 && isQualifier(words[first - 1]!.lower) && onlySpace(text, words[first - 1]!.end, words[first]!.start)) first--;
    if (first > 0 && first === i && HEADS.has(words[i - 1]!.lower) && onlySpace(text, words[i - 1]!.end, words[i]!.start)) first--;
    if (first === i && !LABEL_NOUNS.get(head)!.strong) continue;
    if (titleWord(text, words, i, mentions)) continue;
    const start = words[first]!.start;
    const end = words[i]!.end;
    if (insideMention(mentions, start, end)) continue; // part of a name ("Liberation Front"), not a label
    if (insideMention(speech, start, end)) continue;
    const key = [...words.slice(first, i).map((w) => w.lower), head].join(' ');
    const { entity, link } = linkOf(text, start, end, mentions);
    out.push({ key, text: text.slice(start, end), entity, link, span: { article: articleId, start, end } });
  }
  return out;
}

/** A capitalised head followed by another capitalised word that starts no name is part of a title ("Hostage Affairs"). */
function titleWord(text: string, words: readonly Word[], i: number, mentions: readonly { start: number }[]): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (!next || !/^\p{Lu}/u.test(text.slice(w.start, w.end)) || !onlySpace(text, w.end, next.start)) return false;
  return /^\p{Lu}/u.test(text.slice(next.start, next.end)) && !mentions.some((m) => m.start === next.start);
}

function onlySpace(text: string, from: number, to: number): boolean {
  return /^ +$/.test(text.slice(from, to));
}

function insideMention(mentions: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return mentions.some((m) => m.start <= start && m.end >= end);
}

function linkOf(text: string, start: number, end: number, mentions: readonly { entity: string; start: number; end: number }[]): { entity: string | null; link: LabelLink } {
  const after = mentions.find((m) => m.start >= end && m.start - end <= 3 && BEFORE_MENTION.test(text.slice(end, m.start)));
  if (after) return { entity: after.entity, link: 'pre-modifier' };
  // the nearest mention before the label, within the sentence
  const before = [...mentions].reverse().find((m) => m.end <= start && start - m.end <= 90);
  if (before) {
    const gap = text.slice(before.end, start);
    for (const [link, re] of AFTER_MENTION) if (re.test(gap)) return { entity: before.entity, link };
  }
  return { entity: null, link: 'none' };
}
