/** Outlet resolution: metadata, then URL, then a sign-off or dateline in the text. */
import { describe, expect, it } from 'vitest';
import { cleanOutletName, datelineOutlet, signOffOutlet } from '../../src/ingest/boilerplate/sign-off.js';
import { domainOf, resolveOutlet } from '../../src/ingest/outlet.js';

describe('resolveOutlet', () => {
  it.each([
    ['metadata wins', 'Valley Courier', 'https://www.reuters.com/x', 'Wire', { outlet: 'Valley Courier', outletFrom: 'metadata' }],
    ['known domain', null, 'https://www.reuters.com/world/x', 'Wire', { outlet: 'Reuters', outletFrom: 'url' }],
    ['known parent domain', null, 'https://edition.cnn.com/2025/x', null, { outlet: 'CNN', outletFrom: 'url' }],
    ['unknown domain without www', null, 'https://www.valleycourier.example/news', null, { outlet: 'valleycourier.example', outletFrom: 'url' }],
    ['text when nothing else', null, null, 'Market Ledger', { outlet: 'Market Ledger', outletFrom: 'text' }],
    ['nothing', null, null, null, { outlet: null, outletFrom: null }],
  ] as const)('%s', (_name, meta, url, text, expected) => {
    expect(resolveOutlet(meta, url, text)).toEqual(expected);
  });

  it('rejects non-http URLs', () => {
    expect(domainOf('mailto:desk@example.com')).toBeNull();
    expect(domainOf('not a url')).toBeNull();
  });
});

describe('sign-offs and datelines', () => {
  it.each([
    ['(Valley Courier Newsroom – Wexley)', 'Valley Courier'],
    ['(Market Ledger World Headquarters – Amsterdam)', 'Market Ledger'],
    ['(Northern Football Post)', 'Northern Football Post'],
    ['(Dunmore Herald / Dunmore)', 'Dunmore Herald'],
    // must not match
    ['(Updated)', null],
    ['(The council declined to comment.)', null],
    ['(see the full results table below for every ward in the count)', null],
    ['Valley Courier – Wexley', null],
  ] as const)('signOffOutlet(%j)', (line, outlet) => {
    expect(signOffOutlet(line)).toBe(outlet);
  });

  it.each([
    ['WEXLEY, England (Valley Wire) — The River Alder burst its banks on Tuesday.', 'Valley Wire'],
    ['AMSTERDAM, March 5 (Market Ledger) - Corvane Foods reported higher revenue.', 'Market Ledger'],
    // must not match
    ['The River Alder (which runs through Wexley) — officials said — burst its banks.', null],
    ['Rovers won (again) - a third win in a row.', null],
  ] as const)('datelineOutlet(%j)', (line, outlet) => {
    expect(datelineOutlet(line)).toBe(outlet);
  });

  it('strips only a trailing desk word and never the whole name', () => {
    expect(cleanOutletName('Newsroom')).toBe('Newsroom');
    expect(cleanOutletName('Desk Street Gazette')).toBe('Desk Street Gazette');
  });
});
