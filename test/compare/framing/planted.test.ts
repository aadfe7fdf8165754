/**
 * The framing lens on stories with framing planted in them (test/fixtures/framing/), and
 * on two neutral copies of one text, where it must find nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Framing } from '../../../src/contract/analysis-schema.js';
import { schemaErrors, spanErrors } from '../../helpers/validate.js';
import { analyseStory, framingOf, spanText } from './story-loader.js';

const strike = analyseStory('bus-strike');
const conflict = analyseStory('border-conflict');
const copies = analyseStory('neutral-copies');
// written after the rules and measured once (docs/accuracy.md); the misses are listed there, not tuned away
const protest = analyseStory('square-protest');
const stories = { 'bus-strike': strike, 'border-conflict': conflict, 'neutral-copies': copies, 'square-protest': protest };
type StoryName = keyof typeof stories;
const of = (story: StoryName, outlet: string): Framing => framingOf(stories[story], outlet);

const terms = (f: Framing) => f.distinctiveTerms.map((t) => t.term);
const labelKeys = (f: Framing) => (f.labels ?? []).filter((l) => l.sharedWith === 0).map((l) => l.key);
const scare = (f: Framing) => (f.scareQuoteSpans ?? []).filter((s) => s.sharedWith === 0).map((s) => s.text.toLowerCase());

describe('distinctive terms on planted stories', () => {
  it.each<[StoryName, string, string[], string[]]>([
    // story, outlet, must find, must not find (another outlet's words, shared words, names)
    ['bus-strike', 'union-voice', ['walkout', 'industrial action', 'workers'], ['disruption', 'staff', 'union bosses', 'kelby', 'percent']],
    ['bus-strike', 'market-ledger', ['disruption', 'staff', 'union bosses', 'commuters'], ['walkout', 'industrial action', 'workers', 'ardent']],
    ['border-conflict', 'capital-herald', ['terrorist organization', 'hostages'], ['captives', 'tavel', 'soldiers']],
    ['border-conflict', 'hill-dispatch', ['captives'], ['terrorist organization', 'hostages', 'tavel']],
  ])('%s / %s', (story, outlet, want, notWant) => {
    const f = of(story, outlet);
    expect(terms(f)).toEqual(expect.arrayContaining(want));
    for (const t of notWant) expect(terms(f)).not.toContain(t);
  });

  it('gives every term a z-score and evidence spans that contain the term', () => {
    for (const a of [strike, conflict]) {
      for (const f of a.framing!) {
        for (const t of f.distinctiveTerms) {
          expect(t.score).toBeGreaterThanOrEqual(1);
          expect(t.spans!.length).toBeGreaterThan(0);
          for (const s of t.spans!) expect(spanText(a, s).toLowerCase().replace(/’s|'s/g, '')).toContain(t.term.split(' ')[0]);
        }
      }
    }
  });
});

describe('labels for the same actor', () => {
  it.each<[StoryName, string, string[], string[]]>([
    ['border-conflict', 'capital-herald', ['terrorist organization'], ['resistance', 'occupation', 'captive', 'armed group']],
    ['border-conflict', 'hill-dispatch', ['resistance', 'occupation', 'captive'], ['terrorist organization', 'armed group']],
    ['border-conflict', 'river-wire', ['armed group'], ['terrorist organization', 'resistance']],
    ['bus-strike', 'market-ledger', ['union boss'], []],
    ['bus-strike', 'city-wire', [], ['union boss']],
  ])('%s / %s uses labels the others do not', (story, outlet, want, notWant) => {
    const keys = labelKeys(of(story, outlet));
    expect(keys).toEqual(expect.arrayContaining(want));
    for (const k of notWant) expect(keys).not.toContain(k);
  });

  it('ties a label to the entity it names, by appositive or copula, with evidence', () => {
    const label = of('border-conflict', 'capital-herald').labels!.find((l) => l.key === 'terrorist organization')!;
    expect(label.name).toBe('Sarn Brigade');
    expect(['appositive', 'copula']).toContain(label.link);
    expect(label.count).toBeGreaterThanOrEqual(3);
    for (const s of label.spans) expect(spanText(conflict, s).toLowerCase()).toContain('terrorist organization');
    const armed = of('border-conflict', 'river-wire').labels!.find((l) => l.key === 'armed group')!;
    expect(armed.name).toBe('Sarn Brigade');
  });
});

describe('scare quotes', () => {
  it.each<[StoryName, string, string[]]>([
    ['bus-strike', 'union-voice', ['negotiations']],
    ['bus-strike', 'market-ledger', []],
    ['border-conflict', 'hill-dispatch', ['morvania']],
    ['border-conflict', 'capital-herald', []],
  ])('%s / %s', (story, outlet, want) => {
    expect(scare(of(story, outlet))).toEqual(want);
  });

  it('points each scare quote at the quoted words', () => {
    const q = of('border-conflict', 'hill-dispatch').scareQuoteSpans!.find((s) => s.text === 'Morvania')!;
    expect(q.spans).toHaveLength(2);
    for (const s of q.spans) expect(spanText(conflict, s)).toContain('Morvania');
  });
});

describe('voices, tone and omissions', () => {
  it('carries each outlet\'s speakers with their roles and share of quoted words', () => {
    const union = of('bus-strike', 'union-voice').voices[0]!;
    expect(union).toMatchObject({ name: 'Mara Quill', role: expect.stringContaining('Kelby Transport Union') });
    expect(union.share).toBeGreaterThan(0.5);
    expect(of('bus-strike', 'market-ledger').voices.map((v) => v.name)).toEqual(['Oren Pike']);
    for (const f of strike.framing!) expect(f.voices.reduce((n, v) => n + (v.share ?? 0), 0)).toBeCloseTo(f.voices.length ? 1 : 0, 2);
  });

  it('scores tone per article and toward the main entities, naming the lexicon', () => {
    const herald = of('border-conflict', 'capital-herald').tone!;
    const wire = of('border-conflict', 'river-wire').tone!;
    expect(herald.lexicon).toMatch(/AFINN/);
    const toward = (t: typeof herald) => t.entities.find((e) => e.name === 'Sarn Brigade')!;
    expect(toward(herald).score).toBeLessThan(toward(wire).score);
    for (const s of toward(herald).spans) expect(spanText(conflict, s)).toContain('Sarn Brigade');
  });

  it('lists what most other outlets report and this one leaves out', () => {
    const missed = of('bus-strike', 'market-ledger').omissions!;
    expect(missed.map((o) => o.kind)).toContain('quote');
    const q = missed.find((o) => o.kind === 'quote')!;
    expect(q.text).toContain('fair wage');
    expect(q.evidence.every((s) => s.article !== 'market-ledger')).toBe(true);
    // the quote both others carry is not an omission of the outlets that carry it
    expect(of('bus-strike', 'city-wire').omissions!.some((o) => o.ref === q.ref)).toBe(false);
  });
});

describe('held-out protest story', () => {
  it.each<[string, string[], string[], string[]]>([
    // outlet, labels only it uses, scare quotes only it uses, terms
    ['order-times', ['rioter', 'mob', 'agitator', 'radical group'], ['peaceful'], ['rioters', 'mob']],
    ['street-voice', ['peaceful demonstrator'], ['restoration of order'], ['demonstrators']],
    ['metro-wire', [], [], []],
  ])('%s', (outlet, labels, scares, want) => {
    const f = of('square-protest', outlet);
    expect(labelKeys(f)).toEqual(labels);
    expect(scare(f)).toEqual(scares);
    expect(terms(f)).toEqual(expect.arrayContaining(want));
  });

  it('finds what the demonstrators\' outlet leaves out: the injured officers and the commissioner\'s words', () => {
    const missed = of('square-protest', 'street-voice').omissions!.map((o) => o.kind);
    expect(missed).toEqual(expect.arrayContaining(['claim', 'quote']));
  });
});

describe('two neutral copies of one text', () => {
  const [a, b] = copies.framing!;
  it.each([
    ['distinctive terms', (f: Framing) => f.distinctiveTerms],
    ['labels only one outlet uses', (f: Framing) => labelKeys(f)],
    ['scare quotes only one outlet uses', (f: Framing) => scare(f)],
    ['omissions', (f: Framing) => f.omissions],
  ])('shows no %s', (_name, get) => {
    expect(get(a!)).toEqual([]);
    expect(get(b!)).toEqual([]);
  });

  it('gives both the same tone', () => {
    expect(a!.tone!.article.score).toBe(b!.tone!.article.score);
  });
});

describe('the analyses stay valid', () => {
  it.each(Object.entries(stories))('%s: schema-valid, spans inside the texts, deterministic', (name, a) => {
    expect(schemaErrors(a)).toEqual([]);
    expect(spanErrors(a)).toEqual([]);
    expect(JSON.stringify(analyseStoryAgain(name))).toBe(JSON.stringify(a.framing));
  });
});

function analyseStoryAgain(name: string) {
  return analyseStory(name).framing;
}
