/**
 * One fixture per input format and per quirk; each row checks the fields that fixture is about.
 * Fixtures are original texts on three topics (a river flood, a football transfer, a company's results).
 */
import { describe, expect, it } from 'vitest';
import { articleOf, expectArticle, type ArticleExpectation } from './helpers.js';

const CASES: readonly (readonly [string, ArticleExpectation])[] = [
  ['flood-headline.txt', {
    fields: { id: 'flood-headline', title: 'River Alder Bursts Its Banks as Storm Brings Record Rain', outlet: null, outletFrom: null, published: null },
    textStartsWith: 'Hundreds of homes in the market town of Wexley',
    textLacks: ['Bursts Its Banks'],
    nothingRemoved: true,
  }],
  ['transfer-inline-date.txt', {
    fields: { published: '2025-08-14', title: null },
    textStartsWith: 'Northbridge Rovers have signed the winger',
    textLacks: ['date 2025'],
    removed: [{ reason: 'metadata', has: '2025-08-14' }],
  }],
  ['earnings-metadata-lines.txt', {
    fields: { published: '2025-03-05', outlet: 'The Harbourside Business Times', outletFrom: 'metadata', url: 'https://www.harbourside-times.example/markets/corvane-results', author: 'Priya Anand' },
    textStartsWith: 'Corvane Foods reported a 12 per cent rise',
    textLacks: ['Published:', 'Source:', 'URL:', 'By Priya'],
  }],
  ['flood-front-matter.md', {
    fields: { title: 'Flood defences hold in Wexley as river peaks', outlet: 'Valley Courier', published: '2025-03-06T09:30:00Z', author: 'Jon Pike, Ada Moss', language: 'en-GB', url: 'https://valleycourier.example/news/wexley-river-peaks' },
    textStartsWith: 'The River Alder peaked at 4.2 metres at the Mill Lane gauge early on Wednesday, and the new flood walls held, the county council said.',
    textHas: ['What residents should do\n- Keep away from the riverbank path.', 'Engineers will inspect the walls on Friday.'],
    textLacks: ['**', '*Wednesday*', '](', '#', 'img.example', '---'],
  }],
  ['transfer.html', {
    fields: { title: 'Rovers complete £18m signing of winger Ferreira', outlet: 'Northern Football Post', outletFrom: 'metadata', published: '2025-08-14T18:45:00+01:00', author: 'Sam Okoro', language: 'en-GB', url: 'https://northernfootballpost.example/transfers/ferreira-signs' },
    textStartsWith: 'Northbridge Rovers have completed the signing',
    textEndsWith: 'subject to international clearance.',
    textHas: ['Share prices of the club', '"He is quick, brave and he works for the team,"'],
    textLacks: ['Home', 'Transfers Results', 'Share this article', 'winless start', 'All rights reserved'],
    removed: [{ reason: 'share-prompt', has: 'Share this article' }, { reason: 'related-links', has: 'winless start' }],
  }],
  ['earnings-jsonld-graph.html', {
    fields: { title: 'Corvane revenue climbs 12% on frozen meal sales', outlet: 'Market Ledger', published: '2025-03-05T07:15:00Z', author: 'Priya Anand, Tom Reyes', url: 'https://marketledger.example/companies/corvane-q4', language: 'en' },
    textStartsWith: 'Corvane Foods said on Wednesday',
    textHas: ['\nThe company said demand', '\nShares rose 3.4 per cent'],
  }],
  ['flood-dublin-core.html', {
    fields: { title: 'Clean-up begins in Wexley after floodwater recedes', outlet: 'Alder Valley Gazette', published: '2025-03-08', author: 'Ruth Calder', url: 'https://aldervalleygazette.example/2025/03/08/clean-up', language: 'en' },
    textStartsWith: 'Residents of Wexley began clearing mud',
  }],
  ['charset-1252.html', { fields: { title: 'Café reopens' }, textHas: ['The café on Mill Lane'] }],
  ['single.json', {
    fields: { id: 'courier-transfer', title: 'Ferreira joins Rovers', outlet: 'BBC', outletFrom: 'url', published: '2025-08-14T17:02:00Z' },
    textStartsWith: 'Winger Tomas Ferreira has joined Northbridge Rovers',
  }],
  ['bom.txt', { textStartsWith: 'Corvane Foods opened a café', nothingRemoved: true }],
  ['cp1252.txt', { textHas: ['The new café on Mill Lane', '“We lost everything downstairs,” said the owner, Marion Hale – but'] }],
  ['crlf.txt', { textStartsWith: 'Rovers beat Kingsford City 2-1 on Saturday.\nFerreira scored the winner in the 88th minute.\nThe crowd was 31,000.' }],
  ['hard-wrapped.txt', {
    fields: { title: 'Rovers Sign Ferreira in Record Deal' },
    textStartsWith: 'Northbridge Rovers have signed the winger Tomas Ferreira from Porto Azul on a four-year contract, the club said on Thursday, in a deal worth a reported 18 million pounds.\nThe 24-year-old',
  }],
  ['date-body.txt', { fields: { published: null }, textStartsWith: 'Date growers in the Harran valley', nothingRemoved: true }],
  ['trailing-related.txt', { textEndsWith: "Saturday's home game against Northbridge Rovers.", removed: [{ reason: 'related-links', has: 'Read more\nRovers complete' }] }],
  ['share-prompt.txt', {
    textHas: ['Share prices across the food sector also climbed', 'Shares in Corvane Foods rose'],
    textLacks: ['Share this article', 'Follow us on Twitter', 'Subscribe to our newsletter'],
    removed: [{ reason: 'share-prompt', has: 'Share this article' }, { reason: 'share-prompt', has: 'Follow us' }, { reason: 'share-prompt', has: 'Subscribe' }],
  }],
  ['source-list.txt', {
    fields: { title: 'Wexley Counts the Cost of the Alder Floods' },
    textEndsWith: 'before next winter.',
    removed: [{ reason: 'source-list', has: 'References\n- County council flood report' }],
  }],
  ['sign-off.txt', { fields: { outlet: 'Market Ledger', outletFrom: 'text' }, textEndsWith: 'on the news.', removed: [{ reason: 'sign-off', has: '(Market Ledger Newsroom – Amsterdam)' }] }],
  ['unrelated-headline.txt', {
    textEndsWith: 'the new walls spared many homes.',
    textHas: ['\nConclusion\n'],
    removed: [{ reason: 'trailing-unrelated-headline', has: 'Kingsford City Appoint Former Captain' }],
  }],
  // must-not-match: a closing sub-heading about the same story, and a short last paragraph, stay.
  ['final-subheading.txt', { textEndsWith: '\nWexley Flood Clean-Up Continues on Mill Lane', nothingRemoved: true }],
  ['short-final-paragraph.txt', { textEndsWith: '\nRovers play again on Tuesday', nothingRemoved: true }],
];

describe('ingest formats and quirks', () => {
  it.each(CASES)('%s', async (name, expectation) => {
    const a = await articleOf(name);
    expectArticle(name, a, expectation);
    expect(a.source, `${name}: source is relative to cwd`).toBe(`test/fixtures/ingest/${name}`);
  });
});
