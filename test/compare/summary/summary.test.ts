import { describe, expect, it } from 'vitest';
import { buildSummary, MAX_SENTENCES, MIN_SENTENCES, type SummaryInput } from '../../../src/compare/summary/index.js';
import { detectIndependence } from '../../../src/compare/independence/index.js';
import type { Article, Claim, SummarySentence } from '../../../src/contract/analysis-schema.js';
import * as S from '../independence/fixtures.js';
import { at, claim, event, quote, textOf, value } from './builders.js';

// ── the port strike: a wire story (wire, copy), an independent account, an edited copy ──
const wire = S.article('p1', S.PORT_WIRE, { outlet: 'Meridian Wire', published: '2025-06-02T09:00:00Z' });
const copy = S.article('p2', S.PORT_COPY, { outlet: 'Coastline Herald', published: '2025-06-02T11:00:00Z' });
const indep = S.article('p3', S.PORT_INDEPENDENT, { outlet: 'Bay Courier', published: '2025-06-02T15:00:00Z' });
const nolabel = S.article('p4', S.PORT_EDITED, { published: '2025-06-02T16:00:00Z' });
const port = [wire, copy, indep, nolabel];

function portInput(over: Partial<SummaryInput> = {}): SummaryInput {
  const independence = detectIndependence(port);
  const claims: Claim[] = [
    claim('c1', 'workers employed', 'agreed', [value('2,300', 2300, [wire, copy, indep])], { articles: ['p1', 'p2', 'p3'], independentSources: 2 }),
    claim('c2', 'ships at anchor', 'conflict', [value('more than 40', 40, [wire, copy]), value('42', 42, [indep])], { articles: ['p1', 'p2', 'p3'], independentSources: 2 }),
    claim('c3', 'pay rise offered', 'single', [value('4 percent', 4, [wire])]),
  ];
  const quotes = [
    quote('q1', 'We have been patient for eleven months and our members have run out of patience', { name: 'Tomas Reyes', entity: 'e1', role: 'the union’s general secretary' }, [wire, copy, indep]),
  ];
  const events = [
    event('t1', '2025-06-02', 'dock workers walked off the job', [at(wire, 'walked off the job on Monday')]),
    event('t2', '1987-05-01', 'the port was privatised', [at(indep, 'Marlow Terminals')]),
    event('t3', '2025-06-04', 'talks are due to resume', [at(wire, 'resume talks on Wednesday')]),
  ];
  return { articles: port, entities: [], quotes, events, claims, independence, ...over };
}

const texts = (s: SummarySentence[]) => s.map((x) => x.text);

/** Every span is inside its article, and every article listed is cited by a span. */
function expectCited(summary: SummarySentence[], articles: readonly Article[]) {
  for (const s of summary) {
    expect(s.evidence.length, s.text).toBeGreaterThan(0);
    for (const sp of s.evidence) {
      const a = articles.find((x) => x.id === sp.article);
      expect(a, `${s.text}: unknown article ${sp.article}`).toBeDefined();
      expect(sp.start < sp.end && sp.end <= a!.text.length, `${s.text}: span ${sp.start}-${sp.end}`).toBe(true);
    }
    for (const id of s.articles) expect(s.evidence.some((sp) => sp.article === id), `${s.text}: ${id} not cited`).toBe(true);
  }
}

describe('buildSummary on the port strike', () => {
  const summary = buildSummary(portInput());

  it('has between five and twelve sentences, all cited', () => {
    expect(summary.length).toBeGreaterThanOrEqual(MIN_SENTENCES);
    expect(summary.length).toBeLessThanOrEqual(MAX_SENTENCES);
    expectCited(summary, port);
  });

  it('opens with verbatim narrative sentences from the top of an article', () => {
    const lead = summary[0]!;
    expect(lead.text).toBe(textOf(port, lead.evidence[0]!));
    expect(lead.text).not.toMatch(/[“”"]/);
    const article = port.find((a) => a.id === lead.articles[0])!;
    expect(lead.evidence[0]!.start).toBeLessThan(article.text.length / 2);
  });

  it('cites the copies of a central sentence as support', () => {
    const central = summary.filter((s) => s.text === textOf(port, s.evidence[0]!));
    expect(central.length).toBeGreaterThanOrEqual(2);
    const supported = central.find((s) => s.articles.length >= 3);
    expect(supported, texts(central).join(' | ')).toBeDefined();
    // the copies say it word for word; the independent account (p3) words it differently and is not cited
    expect([...supported!.articles].sort()).toEqual(['p1', 'p2', 'p4']);
  });

  it('never opens a central sentence with a word that leans on the one before', () => {
    const central = summary.filter((s) => s.text === textOf(port, s.evidence[0]!));
    for (const s of central) expect(s.text).not.toMatch(/^(It|They|But|However|This|He|She)\b/);
  });

  it('states a date agreement with the event in its own words, not as a noun phrase', () => {
    const dated = claim('c8', 'Dock workers walked off the job', 'agreed', [value('Monday', '2025-06-02', [wire, indep], 'Monday')], { kind: 'date', articles: ['p1', 'p3'], independentSources: 2 });
    const out = texts(buildSummary(portInput({ claims: [dated] })));
    expect(out).toContain('Two independent sources agree on the date of this event, 2 June 2025: “Dock workers walked off the job”.');
    expect(out.some((t) => t.includes('agree on Dock workers'))).toBe(false);
  });

  it('states the agreement with source and independent counts', () => {
    const s = summary.find((x) => x.text.startsWith('Three sources'));
    expect(s?.text).toBe('Three sources (two independent) agree on the number of workers employed: 2,300.');
    expect(s!.evidence.map((sp) => textOf(port, sp))).toEqual(['2,300', '2,300', '2,300']);
  });

  it('states the conflict neutrally, naming outlets', () => {
    const s = summary.find((x) => x.text.startsWith('Sources differ'));
    expect(s?.text).toBe('Sources differ on the number of ships at anchor: more than 40 (Meridian Wire and Coastline Herald); 42 (Bay Courier).');
    const cited = s!.evidence.map((sp) => textOf(port, sp));
    expect(cited).toContain('more than 40');
    expect(cited).toContain('42');
  });

  it('quotes the named speaker with role and the outlets carrying it', () => {
    const s = summary.find((x) => x.text.startsWith('Tomas Reyes'));
    expect(s?.text).toBe('Tomas Reyes, the union’s general secretary, said: “We have been patient for eleven months and our members have run out of patience” (quoted by Meridian Wire, Coastline Herald and Bay Courier).');
    for (const sp of s!.evidence) expect(textOf(port, sp)).toContain('Tomas Reyes');
  });

  it('tells the story-period event, not the background one', () => {
    expect(texts(summary)).toContain('2 June 2025: Dock workers walked off the job.');
    expect(texts(summary)).toContain('4 June 2025: Talks are due to resume.');
    expect(texts(summary).some((t) => t.startsWith('1 May 1987'))).toBe(false);
  });

  it('leaves single-source claims out', () => {
    expect(texts(summary).some((t) => t.includes('pay rise offered'))).toBe(false);
  });

  it('is deterministic and independent of the order of findings', () => {
    const input = portInput();
    const again = buildSummary({ ...input, claims: [...input.claims].reverse(), events: [...input.events].reverse() });
    expect(JSON.stringify(again)).toBe(JSON.stringify(summary));
  });
});

describe('buildSummary: what must not be said', () => {
  it.each([
    ['a quote with no speaker', { speaker: null }],
    ['a quote whose speaker is disputed', { speakerConflict: true }],
  ])('%s is not attributed', (_name, over) => {
    const base = portInput();
    const q = { ...base.quotes[0]!, ...over };
    const summary = buildSummary({ ...base, quotes: [q] });
    expect(texts(summary).some((t) => t.includes(' said: '))).toBe(false);
  });

  it('a claim with status single is not stated as agreement even with two articles listed', () => {
    const c = claim('c9', 'trucks queued', 'single', [value('2,300', 2300, [wire])], { articles: ['p1', 'p2'] });
    const summary = buildSummary({ ...portInput(), claims: [c] });
    expect(texts(summary).some((t) => t.includes('trucks queued'))).toBe(false);
  });

  it('copies of one report agreeing with each other are not presented as agreement', () => {
    const c = claim('c9', 'vessels waiting', 'agreed', [value('more than 40', 40, [wire, copy])], { articles: ['p1', 'p2'], independentSources: 1 });
    const summary = buildSummary({ ...portInput(), claims: [c] });
    expect(texts(summary).some((t) => t.includes('agree on the number of vessels waiting'))).toBe(false);
  });

  it('states ages as bare numbers', () => {
    const c = claim('c9', 'age', 'conflict', [value('54-year-old', 54, [wire], 'Monday'), value('56-year-old', 56, [indep], 'Monday')], { kind: 'age', subject: 'Tomas Reyes' });
    const summary = buildSummary({ ...portInput(), claims: [c] });
    expect(texts(summary)).toContain('Sources differ on the age of Tomas Reyes: 54 (Meridian Wire); 56 (Bay Courier).');
  });
});

describe('buildSummary: updates and limits (product recall)', () => {
  const early = S.article('r1', S.RECALL_WIRE, { outlet: 'Meridian Wire', published: '2025-02-06T09:00:00Z' });
  const later = S.article('r2', S.RECALL_INDEPENDENT, { outlet: 'Consumer Weekly', published: '2025-02-06T15:00:00Z' });
  const articles = [early, later];
  const base: SummaryInput = { articles, entities: [], quotes: [], events: [], claims: [], independence: [] };

  it('states a rising figure as an update with times and outlets', () => {
    const c = claim('c1', 'overheating reports', 'updated', [value('37', 37, [early]), value('dozens', null, [later])], {
      updates: [
        { value: '37', normalized: 37, article: 'r1', published: '2025-02-06T09:00:00Z' },
        { value: '52', normalized: 52, article: 'r2', published: '2025-02-06T15:00:00Z' },
      ],
    });
    const summary = buildSummary({ ...base, claims: [c] });
    expect(texts(summary)).toContain('The reported number of overheating reports rose from 37 to 52 between 09:00 and 15:00 on 6 February 2025 (Meridian Wire, then Consumer Weekly).');
  });

  it('fills up to five sentences from the articles when findings are thin', () => {
    const summary = buildSummary(base);
    expect(summary.length).toBe(MIN_SENTENCES);
    for (const s of summary) expect(s.text).toBe(textOf(articles, s.evidence[0]!));
  });

  it('never exceeds twelve sentences, however many findings', () => {
    const claims = Array.from({ length: 12 }, (_, i) => {
      const topic = `figure ${String(i).padStart(2, '0')}`;
      if (i % 3 === 0) return claim(`c${i + 1}`, topic, 'agreed', [value('37', 37, articles, '37')]);
      if (i % 3 === 1) return claim(`c${i + 1}`, topic, 'conflict', [value('37', 37, [early]), value('180,000', 180000, [later], '180,000')]);
      return claim(`c${i + 1}`, topic, 'updated', [value('37', 37, [early]), value('180,000', 180000, [later], '180,000')]);
    });
    const quotes = [
      quote('q1', 'Safety is our first priority', { name: 'Priya Shah', entity: null, role: 'chief executive' }, articles),
      quote('q2', 'the model number printed on the underside', { name: 'Consumer groups', entity: null, role: null }, [early]),
    ];
    const events = [
      event('t1', '2025-02-06', 'the recall was announced', [at(early, 'the company said on Thursday')]),
      event('t2', '2025-02-05', 'owners were warned', [at(later, 'the manufacturer warned this week')]),
    ];
    const summary = buildSummary({ ...base, claims, quotes, events });
    expect(summary.length).toBe(MAX_SENTENCES);
    expectCited(summary, articles);
    expect(texts(summary).filter((t) => t.includes(' said: '))).toHaveLength(2);
  });

  it('is empty only without articles; a one-line article still gives a sentence', () => {
    expect(buildSummary({ ...base, articles: [] })).toEqual([]);
    const tiny = S.article('x', 'Kettle recall announced');
    const summary = buildSummary({ ...base, articles: [tiny] });
    expect(summary).toEqual([{ text: 'Kettle recall announced', articles: ['x'], evidence: [{ article: 'x', start: 0, end: 23 }] }]);
  });
});

describe('buildSummary: events told as statements only', () => {
  const a = S.article('r1', S.RECALL_WIRE, { published: '2025-02-06' });
  const base: SummaryInput = { articles: [a], entities: [], quotes: [], events: [], claims: [], independence: [] };
  const sentence = 'Customers are being asked to stop using the kettles immediately and to return them to the shop where they were bought for a full refund, or to contact the company for a free replacement base.';
  const cases: [string, string, ReturnType<typeof at>, string | null][] = [
    ['a statement is told as written', 'Kestrel recalled its kettles', at(a, 'said Priya Shah'), '6 February 2025: Kestrel recalled its kettles.'],
    ['a clause fragment falls back to its full evidence sentence', 'were asked to stop using the kettles', at(a, sentence), `6 February 2025: ${sentence}`],
    ['a clause fragment with clause evidence is left out', 'when the base can overheat', at(a, 'after reports that the base can overheat and melt'), null],
  ];
  it.each(cases)('%s', (_name, description, evidence, expected) => {
    const summary = buildSummary({ ...base, events: [event('t1', '2025-02-06', description, [evidence])] });
    const told = texts(summary).filter((t) => t.startsWith('6 February 2025'));
    expect(told).toEqual(expected ? [expected] : []);
  });
});

describe('buildSummary: name conflicts', () => {
  const a = S.article('a', S.PORT_WIRE, { outlet: 'Meridian Wire' });
  const b = S.article('b', S.PORT_INDEPENDENT, { outlet: 'Bay Courier' });
  it.each([
    ['first name of Reyes', 'Sources differ on the first name of Reyes: Tomas (Meridian Wire); Tomás (Bay Courier).'],
    ['union leader', 'Sources differ on the name of union leader: Tomas (Meridian Wire); Tomás (Bay Courier).'],
  ])('topic "%s"', (topic, expected) => {
    const c: Claim = { id: 'c1', kind: 'name', topic, status: 'conflict', values: [value('Tomas', 'Tomas', [a]), { ...value('Tomas', 'Tomás', [b]), value: 'Tomás' }] };
    const summary = buildSummary({ articles: [a, b], entities: [], quotes: [], events: [], claims: [c], independence: [] });
    expect(texts(summary)).toContain(expected);
  });
});

describe('buildSummary: no fact told twice', () => {
  it('leaves out an event drawn from a sentence already extracted as a central fact', () => {
    const a = S.article('r1', S.RECALL_WIRE, { published: '2025-02-06' });
    const base: SummaryInput = { articles: [a], entities: [], quotes: [], events: [], claims: [], independence: [] };
    const lead = buildSummary(base)[0]!;
    const summary = buildSummary({ ...base, events: [event('t1', '2025-02-06', 'Kestrel recalled its kettles', [lead.evidence[0]!])] });
    expect(summary[0]).toEqual(lead);
    expect(texts(summary).some((t) => t.startsWith('6 February 2025'))).toBe(false);
  });
});
