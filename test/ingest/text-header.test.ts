/**
 * The head of a plain-text article: metadata lines, an inline leading date, bylines and the
 * headline. Must-not-match rows show body text that merely looks like a header.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/text-ingester.js';

const BODY = 'The council said 212 homes had been flooded by the river this week.';

type Row = readonly [name: string, raw: string, meta: Record<string, string | null>, firstLine: string];

const CASES: readonly Row[] = [
  ['inline lower-case date token', ` date 2025-03-05 ${BODY}`, { published: '2025-03-05' }, BODY],
  ['inline date with colon and time', `Date: 2025-03-05T09:00:00Z ${BODY}`, { published: '2025-03-05T09:00:00Z' }, BODY],
  ['inline written date', `Published March 5, 2025 ${BODY}`, { published: '2025-03-05' }, BODY],
  ['date line on its own', `date 2025-03-05\n${BODY}`, { published: '2025-03-05' }, BODY],
  ['metadata block', `Title: Floods hit Wexley\nOutlet: Valley Courier\nPublished: 5 March 2025\nURL: https://valleycourier.example/a\n\n${BODY}`, { title: 'Floods hit Wexley', outlet: 'Valley Courier', published: '2025-03-05', url: 'https://valleycourier.example/a' }, BODY],
  ['headline then dateline and byline', `Rovers sign winger in record deal\nUpdated 14 August 2025\nBy Sam Okoro and Ana Diaz\n\n${BODY}`, { title: 'Rovers sign winger in record deal', published: '2025-08-14', author: 'Sam Okoro and Ana Diaz' }, BODY],
  ['byline with role', `By Priya Anand, Markets Correspondent\n${BODY}`, { author: 'Priya Anand' }, BODY],
  ['sentence-case headline followed by a blank line', `Floods hit market town after storm\n\n${BODY}`, { title: 'Floods hit market town after storm' }, BODY],
  ['question headline in title case', `Can Wexley Afford New Flood Walls?\n${BODY}`, { title: 'Can Wexley Afford New Flood Walls?' }, BODY],
  // must not match
  ['body starting with "Date" keeps its words', `Date growers lost their harvest on Tuesday.\n${BODY}`, { published: null, title: null }, 'Date growers lost their harvest on Tuesday.'],
  ['"Published" followed by a date inside a sentence', `Published March 5, 2025, the report blamed the council.\n${BODY}`, { published: null }, 'Published March 5, 2025, the report blamed the council.'],
  ['"Dated" with a year only', `Dated 1998 the bridge was due for repair.\n${BODY}`, { published: null }, 'Dated 1998 the bridge was due for repair.'],
  ['short sentence-case first line without a blank line is a lead, not a title', `Rain fell all night\n${BODY}`, { title: null }, 'Rain fell all night'],
  ['a dateline on its own line is body, not a title', `WEXLEY, England\n${BODY}`, { title: null }, 'WEXLEY, England'],
  ['first line ending in a full stop is body', `Floods Hit Wexley Again.\n${BODY}`, { title: null }, 'Floods Hit Wexley Again.'],
  ['"By" starting a sentence is no byline', `By Tuesday the water had gone down\n${BODY}`, { author: null }, 'By Tuesday the water had gone down'],
  ['a "Source:" line that is a sentence is body', `Source: the council said homes would be checked for damage over the next two weeks before residents are allowed back.\n${BODY}`, { outlet: null }, 'Source: the council said homes would be checked for damage over the next two weeks before residents are allowed back.'],
];

describe('plain-text header', () => {
  it.each(CASES)('%s', (name, raw, meta, firstLine) => {
    const d = ingestText(raw, 'txt');
    for (const [k, v] of Object.entries(meta)) expect(d.meta[k as keyof typeof d.meta] ?? null, `${name}: ${k}`).toBe(v);
    expect(d.lines[0], `${name}: first body line`).toBe(firstLine);
  });
});

describe('title from a metadata line', () => {
  it('a first body line repeating the Title: line is dropped, not kept as text', () => {
    const d = ingestText(`Title: Rovers sign Ferreira\nRovers sign Ferreira\n${BODY}`, 'txt');
    expect(d.meta.title).toBe('Rovers sign Ferreira');
    expect(d.lines[0]).toBe(BODY);
  });
});

describe('Markdown headline versus front matter title', () => {
  it('an H1 that differs from the front matter title is kept in removed[] as headline', () => {
    const d = ingestText(`---\ntitle: Short title\n---\n# The longer headline of the story\n\n${BODY}`, 'md');
    expect(d.meta.title).toBe('Short title');
    expect(d.lines[0]).toBe(BODY);
    expect(d.removed).toContainEqual({ text: 'The longer headline of the story', reason: 'headline' });
  });
});
