/**
 * Precision and recall of quotations and speakers, measured on hand-labelled texts
 * (the invented corpus always; the seeds when present). Prints the figures; fails when
 * they drop below the floors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../../../src/model/records.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';
import { CORPUS } from './corpus.js';
import type { CorpusText } from './corpus.js';
import { HELD_OUT } from './heldout.js';
import { runQuotes, sameName } from './helpers.js';

interface Labelled {
  readonly opening: string;
  /** null: the quotation has no identifiable speaker */
  readonly speaker: string | null;
}

interface Score {
  expected: number;
  found: number;
  matched: number;
  speakersRight: number;
}

function score(found: readonly QuoteRecord[], expected: readonly Labelled[], s: Score): void {
  const utterances = found.filter((q) => !q.scare);
  s.expected += expected.length;
  s.found += utterances.length;
  for (const e of expected) {
    const q = utterances.find((x) => x.text.trimStart().startsWith(e.opening));
    if (!q) continue;
    s.matched++;
    const right = e.speaker === null ? q.speaker === null : q.speaker !== null && sameName(q.speaker.name, e.speaker);
    if (right) s.speakersRight++;
    else console.log(`  wrong speaker for “${e.opening}”: ${q.speaker?.name ?? 'none'} (want ${e.speaker ?? 'none'})`);
  }
}

function report(label: string, s: Score): { precision: number; recall: number; speaker: number } {
  const precision = s.matched / Math.max(1, s.found);
  const recall = s.matched / Math.max(1, s.expected);
  const speaker = s.speakersRight / Math.max(1, s.matched);
  console.log(`${label}: quotes precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (${s.matched}/${s.expected} found, ${s.found} extracted); speaker accuracy ${speaker.toFixed(3)} (${s.speakersRight}/${s.matched})`);
  return { precision, recall, speaker };
}

describe('quote accuracy', () => {
  const measure = (label: string, texts: readonly CorpusText[]) => {
    const s: Score = { expected: 0, found: 0, matched: 0, speakersRight: 0 };
    let scareRight = 0;
    let scareExpected = 0;
    for (const t of texts) {
      const found = runQuotes(t.text).quotes;
      const expected = t.quotes.filter((q) => !q.scare).map((q) => ({ opening: q.opening, speaker: q.speaker ?? null }));
      score(found, expected, s);
      for (const q of t.quotes.filter((x) => x.scare)) {
        scareExpected++;
        if (found.some((x) => x.scare && x.text.trimStart().startsWith(q.opening))) scareRight++;
      }
    }
    console.log(`${label}: scare quotes ${scareRight}/${scareExpected}`);
    return report(label, s);
  };

  it('on the invented corpus (storm, trade, football)', () => {
    const r = measure('invented corpus', CORPUS);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.speaker).toBeGreaterThanOrEqual(0.9);
  });

  it('on the held-out texts (election count, company merger)', () => {
    const r = measure('held-out', HELD_OUT);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.speaker).toBeGreaterThanOrEqual(0.85);
  });

  // Every utterance in the seeds; short framing quotes without a speech cue are scare quotes by rule and not listed.
  const SEED_LABELS: Record<string, readonly Labelled[]> = {
    '000': [
      { opening: 'very productive talks', speaker: 'Boehler' }, { opening: 'provided some very', speaker: 'Boehler' },
      { opening: 'discussed what the end', speaker: 'Boehler' }, { opening: 'leaned toward', speaker: 'Boehler' },
      { opening: 'These kinds of dialogues', speaker: 'Boehler' }, { opening: 'War is a last resort', speaker: 'Boehler' },
      { opening: 'Several meetings', speaker: 'Nunu' }, { opening: 'That doesn’t mean', speaker: 'Rubio' },
      { opening: 'But our primary focus', speaker: 'Rubio' }, { opening: 'not an agent of Israel', speaker: 'Boehler' },
      { opening: 'Not a single Hamas member', speaker: 'Trump' }, { opening: 'achieve war objectives', speaker: 'Netanyahu' },
      { opening: 'blatant violation', speaker: 'Hamas' },
    ],
    '001': [
      { opening: 'It\'s time to stop', speaker: 'Trump' }, { opening: 'part of the negotiation', speaker: 'Analysts' },
      { opening: 'Trump doesn\'t want', speaker: 'a source from Hamas' }, { opening: 'Trump had previously', speaker: 'a source from Hamas' },
      { opening: 'The direct meeting', speaker: 'Ziad' }, { opening: 'takes a different approach', speaker: 'Ziad' },
      { opening: 'he wants to appease', speaker: 'Youssef' }, { opening: 'Israel is extremely concerned', speaker: 'an informed Israeli source' },
      { opening: 'a major slap', speaker: 'Channel 12\'s correspondent' }, { opening: 'Shalom Hamas', speaker: 'Trump' },
      { opening: 'I\'m sending Israel', speaker: 'Trump' }, { opening: 'Now is the time', speaker: 'Trump' },
      { opening: 'A beautiful Future', speaker: 'Trump' }, { opening: 'there is a shift', speaker: 'Nunu' },
      { opening: 'the Arab position', speaker: 'Nunu' }, { opening: 'Unfortunately, what we learned', speaker: 'Witkoff' },
      { opening: 'Israel’s behavior', speaker: 'Ziad' }, { opening: 'earthquake', speaker: 'Channel 12\'s correspondent' },
      { opening: 'pragmatism', speaker: 'U.S. analysts' }, { opening: 'limited deal', speaker: 'Palestinian sources' },
    ],
    '002': [],
    '003': [{ opening: 'Direct engagement', speaker: 'Panikoff' }, { opening: 'However, negotiating', speaker: 'Panikoff' }],
    '004': [{ opening: 'whatever action is necessary', speaker: 'Trump' }],
  };

  it.skipIf(!HAVE_SEEDS)('on the seeds', () => {
    const s: Score = { expected: 0, found: 0, matched: 0, speakersRight: 0 };
    const t0 = performance.now();
    let bytes = 0;
    for (const f of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(SEEDS_DIR, f), 'utf8').trim();
      bytes += Buffer.byteLength(text);
      // the scraped source list at the end of one seed is not article text
      const body = text.replace(/\nSources\n[\s\S]*$/, '');
      score(runQuotes(body, f.slice(0, 3)).quotes, SEED_LABELS[f.slice(0, 3)] ?? [], s);
    }
    const r = report('seeds', s);
    console.log(`seeds: entities+quotes over ${bytes} bytes in ${(performance.now() - t0).toFixed(0)} ms`);
    expect(r.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.speaker).toBeGreaterThanOrEqual(0.9);
  });
});
