/**
 * The outlet an article credits its own reporting to (fishing-quota talks, club takeover, hospital
 * strike, mine collapse texts). MUST-NOT rows: an outlet cited as someone else's reporting, a named
 * speaker talking to a broadcaster, a single "sources told X", two outlets credited equally.
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/ingest/build-article.js';
import { creditedOutlet } from '../../src/ingest/credited-outlet.js';
import { ingestText } from '../../src/ingest/text-ingester.js';

const CASES: readonly (readonly [string, string, string | null])[] = [
  ['two credits to the same outlet (fishing talks)',
    'Negotiators met for six hours on Monday. “The quota offer is final,” a source close to the ministry told Harbour Gazette. ' +
    'Later, two officials confirmed to Harbour Gazette that a second round was planned.', 'Harbour Gazette'],
  ['credits in different forms (club takeover)',
    'The bid values the club at 90 million pounds. Sources familiar with the deal told The Northern Ledger on Friday that the owners had agreed. ' +
    'One person involved in the talks spoke to The Northern Ledger on condition of anonymity.', 'The Northern Ledger'],
  ['the outlet credited more often wins over one credited once (hospital strike)',
    'Nurses walked out at dawn. Two sources told Example Wire that the board would meet. A union official told Valley Courier the strike would last two days. ' +
    'Hospital sources told Valley Courier that non-urgent operations were cancelled.', 'Valley Courier'],
  // must not name an outlet
  ['a single credit is not enough: it reads like a citation (mine collapse)',
    'Rescuers reached the lower gallery on Sunday. Two sources told Example Wire on Saturday that the shaft had flooded.', null],
  ['an outlet also cited as someone else’s reporting (club takeover)',
    'The bid was first reported by Example Wire. Sources told Example Wire that the board agreed. Two officials told Example Wire that talks went on.', null],
  ['an outlet that "reported" is another outlet (fishing talks)',
    'Example Wire reported on Monday that talks had stalled. Sources told Example Wire the offer was final. A diplomat told Example Wire the same.', null],
  ['a named speaker talking to a broadcaster is not the outlet’s own source (hospital strike)',
    'Union leader Mara Quist told Valley Radio the strike would go on. Health minister Ode Lanre told Valley Radio that talks would resume.', null],
  ['two outlets credited equally leave it open (mine collapse)',
    'Sources told Example Wire the pumps had failed. A source told Valley Courier the shaft was sealed. Officials told Example Wire the count was final. ' +
    'Officials told Valley Courier that families were informed.', null],
];

describe('creditedOutlet', () => {
  it.each(CASES)('%s', (_name, text, outlet) => expect(creditedOutlet(text)).toBe(outlet));
});

describe('at ingest, a credit is the last resort for the outlet', () => {
  const body = 'The mill closed on Tuesday. A source at the plant told Ridge Daily that 80 jobs would go.\nManagers told staff at noon, and two sources confirmed to Ridge Daily that the site would be sold.';
  it('no metadata: the credited outlet, from the text', () => {
    const a = buildArticle(ingestText(body, 'txt'), 'mill', 'mill.txt')!;
    expect([a.outlet, a.outletFrom]).toEqual(['Ridge Daily', 'text']);
  });
  it('a sign-off wins over a credit', () => {
    const a = buildArticle(ingestText(`${body}\n(Valley Courier Staff – Ridgeton)`, 'txt'), 'mill', 'mill.txt')!;
    expect([a.outlet, a.outletFrom]).toEqual(['Valley Courier', 'text']);
  });
  it('metadata wins over a credit', () => {
    const a = buildArticle(ingestText(body, 'txt', { outlet: 'Ridge Weekly' }), 'mill', 'mill.txt')!;
    expect([a.outlet, a.outletFrom]).toEqual(['Ridge Weekly', 'metadata']);
  });
});
