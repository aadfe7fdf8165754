import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/contract/analysis-schema.js';
import { buildQuoteLedger } from '../../../src/compare/quotes/index.js';
import { normaliseQuote } from '../../../src/compare/quotes/01-normalise.js';
import { groupUtterances } from '../../../src/compare/quotes/02-match.js';
import type { StoryArticle } from './helpers.js';
import { extractStory, surnameResolver } from './helpers.js';

const FLOOD: readonly StoryArticle[] = [
  { id: 'a-gazette', outlet: 'Harbour Gazette', published: '2025-03-05T10:00:00Z', text: '“We are asking everyone in the low streets to leave now, before the evening tide comes in,” Mayor Linda Okafor said on Tuesday. The pumps were a “lifeline” for the low streets.\n“We are very proud of the crews who worked through the night,” Okafor said.' },
  { id: 'b-courier', outlet: 'County Courier', published: '2025-03-05T08:00:00Z', text: 'Linda Okafor urged people to go. "We are asking everyone in the low streets to leave now," she said.' },
  { id: 'c-post', outlet: 'Coast Post', published: null, text: 'Mayor Linda Okafor said: “We are asking everyone […] to leave now, before the evening tide [on Tuesday night] comes in.”' },
  { id: 'd-daily', outlet: 'Daily Record', published: '2025-03-06', text: 'Football coach Marta Silva said: “We are very proud of the fans who travelled all the way to the north for this game.”' },
];

function ledgerOf(story: readonly StoryArticle[]): Quote[] {
  const xs = extractStory(story);
  return buildQuoteLedger(xs, surnameResolver(xs));
}

function entryContaining(ledger: readonly Quote[], words: string): Quote {
  const q = ledger.find((x) => normaliseQuote(x.text).words.join(' ').includes(words));
  if (!q) throw new Error(`no ledger entry containing “${words}”; entries: ${ledger.map((x) => x.text).join(' | ')}`);
  return q;
}

describe('quote ledger', () => {
  const ledger = ledgerOf(FLOOD);

  it('merges a full, a truncated and an elided/bracketed rendering into one entry', () => {
    const q = entryContaining(ledger, 'leave now');
    expect(q.occurrences.map((o) => o.article)).toEqual(['a-gazette', 'b-courier', 'c-post']);
    expect(q.text).toBe('We are asking everyone in the low streets to leave now, before the evening tide comes in,');
    expect(q.altered).toBe(false);
    expect(q.speaker?.name).toBe('Linda Okafor');
    expect(q.speakerConflict).toBe(false);
  });

  it('gives each occurrence its article, outlet, offsets and written speaker', () => {
    const q = entryContaining(ledger, 'leave now');
    const story = new Map(FLOOD.map((a) => [a.id, a]));
    for (const o of q.occurrences) {
      expect(story.get(o.article)!.text.slice(o.start, o.end)).toBe(o.text);
      expect(o.outlet).toBe(story.get(o.article)!.outlet);
      expect(o.speakerName).not.toBeNull();
    }
    expect(q.occurrences.find((o) => o.article === 'b-courier')?.partial).toBe(false);
  });

  it('dates the first appearance by published time, not by article id', () => {
    expect(entryContaining(ledger, 'leave now').firstArticle).toBe('b-courier');
  });

  it('does not merge different utterances that share a phrase', () => {
    const crews = entryContaining(ledger, 'crews who worked');
    const fans = entryContaining(ledger, 'fans who travelled');
    expect(crews.id).not.toBe(fans.id);
    expect(crews.occurrences).toHaveLength(1);
    expect(fans.speaker?.name).toContain('Silva');
  });

  it('leaves scare quotes out', () => {
    expect(ledger.some((q) => q.text.includes('lifeline'))).toBe(false);
  });

  it('numbers entries q1… by first occurrence and is independent of input order', () => {
    expect(ledger.map((q) => q.id)).toEqual(ledger.map((_, i) => `q${i + 1}`));
    const firsts = ledger.map((q) => `${q.occurrences[0]!.article}:${String(q.occurrences[0]!.start).padStart(6, '0')}`);
    expect([...firsts].sort()).toEqual(firsts);
    expect(JSON.stringify(ledgerOf([...FLOOD].reverse()))).toBe(JSON.stringify(ledger));
  });
});

describe('altered wording, conflicts and dates', () => {
  it('flags a changed word as altered but keeps it in the same entry', () => {
    const ledger = ledgerOf([
      { id: 'a', text: '“The new stand will be finished before the first home game of the season,” the chairman, Peter Vance, said.' },
      { id: 'b', text: '“The new stand will be ready before the first home game of the season,” Peter Vance said.' },
    ]);
    const q = entryContaining(ledger, 'new stand');
    expect(q.occurrences).toHaveLength(2);
    expect(q.altered).toBe(true);
    expect(q.firstArticle).toBeNull(); // no article has a date
  });

  it('flags a speaker conflict and takes the majority speaker', () => {
    const text = (who: string) => `“Prices will rise by the spring whatever the ministry decides this week,” ${who} said.`;
    const ledger = ledgerOf([
      { id: 'a', text: text('Erik Lund') },
      { id: 'b', text: text('Erik Lund') },
      { id: 'c', text: text('Aiko Tanaka') },
    ]);
    const q = entryContaining(ledger, 'prices will rise');
    expect(q.occurrences).toHaveLength(3);
    expect(q.speakerConflict).toBe(true);
    expect(q.speaker?.name).toBe('Erik Lund');
  });

  it('breaks a tie in publication time by article id', () => {
    const text = '“We will appeal the decision to the highest court in the land,” Aiko Tanaka said.';
    const ledger = ledgerOf([
      { id: 'm', published: '2025-04-02', text },
      { id: 'k', published: '2025-04-02T00:00:00Z', text },
      { id: 'z', published: '2025-04-01T23:00:00Z', text },
    ]);
    expect(entryContaining(ledger, 'appeal the decision').firstArticle).toBe('z');
  });
});

describe('matching speed', () => {
  it('groups thousands of quotations near-linearly (shingle blocking)', () => {
    let seed = 7; // mulberry32: a deterministic pseudo-random sequence
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const vocab = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const base = Array.from({ length: 4000 }, () => Array.from({ length: 8 + Math.floor(rnd() * 20) }, () => vocab[Math.floor(rnd() * vocab.length)]!).join(' '));
    // each utterance appears twice: once whole, once truncated
    const all = base.flatMap((q) => [q, q.split(' ').slice(0, -2).join(' ')]).map(normaliseQuote);
    const t0 = performance.now();
    const groups = groupUtterances(all);
    const ms = performance.now() - t0;
    expect(groups).toHaveLength(base.length);
    expect(groups.every((g) => g.length === 2)).toBe(true);
    console.log(`ledger matching: ${all.length} quotations grouped in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3000);
  });

  it('still groups a quotation syndicated to hundreds of outlets', () => {
    const copies = Array.from({ length: 300 }, (_, i) => normaliseQuote(i % 3 === 0 ? 'We will rebuild the harbour wall before the winter storms arrive' : i % 3 === 1 ? 'We will rebuild the harbour wall […] before the winter storms arrive' : 'we will rebuild the harbour wall'));
    const other = normaliseQuote('We will rebuild the town hall once the insurers have paid out');
    const groups = groupUtterances([...copies, other]);
    expect(groups.map((g) => g.length).sort((a, b) => a - b)).toEqual([1, 300]);
  });
});
