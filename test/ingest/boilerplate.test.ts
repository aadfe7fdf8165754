/**
 * Boilerplate rules on inline texts (flood, football, earnings, election): each MATCH row must lose
 * exactly the named lines with the named reason; each KEEP row is a must-not-match case.
 */
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../src/ingest/boilerplate/index.js';

const BODY_FLOOD = [
  'The River Alder burst its banks on Tuesday night, flooding 212 homes in Wexley, the council said.',
  'Rescue teams in boats reached about 40 residents trapped on upper floors along Mill Lane.',
  'Forecasters expect more rain on Thursday.',
];
const BODY_ELECTION = [
  'Counting in the Dunmore by-election resumed on Friday after a recount was ordered in two wards.',
  'The Greens candidate, Hana Iles, led by 312 votes when counting stopped on Thursday night.',
  'Election officials said a final result was expected by the evening.',
];

type Row = readonly [name: string, lines: readonly string[], removed: readonly (readonly [reason: string, text: string])[], signOff?: string];

const MATCH: readonly Row[] = [
  ['source list under a Sources heading', [...BODY_FLOOD, 'Sources', '- Council flood bulletin', '- River gauge data'], [['source-list', 'Sources\n- Council flood bulletin\n- River gauge data']]],
  ['numbered references', [...BODY_ELECTION, 'References:', '1. Returning officer statement', '2. Ward results table'], [['source-list', 'References:\n1. Returning officer statement\n2. Ward results table']]],
  ['related heading with link titles', [...BODY_ELECTION, 'More from Dunmore Herald', 'Council tax to rise 4%', 'New bus route opens'], [['related-links', 'More from Dunmore Herald\nCouncil tax to rise 4%\nNew bus route opens']]],
  ['teaser line mid-article', [BODY_FLOOD[0]!, 'READ MORE: Insurers brace for claims after floods', ...BODY_FLOOD.slice(1)], [['related-link', 'READ MORE: Insurers brace for claims after floods']]],
  ['share prompt', [...BODY_ELECTION, 'Share this story on Facebook'], [['share-prompt', 'Share this story on Facebook']]],
  ['follow prompt', [...BODY_FLOOD, 'Follow us on Instagram @valleycourier'], [['share-prompt', 'Follow us on Instagram @valleycourier']]],
  ['newsletter prompt', [...BODY_FLOOD, 'Sign up for our morning newsletter'], [['share-prompt', 'Sign up for our morning newsletter']]],
  ['advertisement marker', [BODY_ELECTION[0]!, 'Advertisement', ...BODY_ELECTION.slice(1)], [['advertisement', 'Advertisement']]],
  ['copyright line', [...BODY_FLOOD, '© 2025 Valley Courier Ltd. All rights reserved.'], [['copyright', '© 2025 Valley Courier Ltd. All rights reserved.']]],
  ['picture credit', [BODY_FLOOD[0]!, 'Image source, Valley Photo Agency', ...BODY_FLOOD.slice(1)], [['advertisement', 'Image source, Valley Photo Agency']]],
  ['long agency copyright notice', [...BODY_ELECTION, 'Copyright 2025 Example Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.'], [['copyright', 'Copyright 2025 Example Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.']]],
  ['syndication note', [...BODY_FLOOD, 'This article was originally published on Valley Courier.'], [['credit', 'This article was originally published on Valley Courier.']]],
  ['section separator', [BODY_FLOOD[0]!, '* * *', ...BODY_FLOOD.slice(1)], [['separator', '* * *']]],
  ['tag list', [...BODY_FLOOD, 'Tags: flooding, Wexley, weather'], [['tags', 'Tags: flooding, Wexley, weather']]],
  ['reporting credit', [...BODY_ELECTION, 'Reporting by Hana Ortiz; Editing by Sam Lee'], [['credit', 'Reporting by Hana Ortiz; Editing by Sam Lee']]],
  ['sign-off with city', [...BODY_FLOOD, '(Valley Courier Staff – Wexley)'], [['sign-off', '(Valley Courier Staff – Wexley)']], 'Valley Courier'],
  ['one-name sign-off', [...BODY_ELECTION, '(Dunmore Herald)'], [['sign-off', '(Dunmore Herald)']], 'Dunmore Herald'],
  ['unrelated title-case headline', [...BODY_ELECTION, 'Ten Best Hiking Trails to Try This Autumn'], [['trailing-unrelated-headline', 'Ten Best Hiking Trails to Try This Autumn']]],
  ['a block of unrelated headlines', [...BODY_FLOOD, 'Ten Best Hiking Trails to Try This Autumn', 'Chancellor Unveils Pension Reform Plan', 'Why Vinyl Records Are Selling Again'], [['trailing-unrelated-headline', 'Ten Best Hiking Trails to Try This Autumn\nChancellor Unveils Pension Reform Plan\nWhy Vinyl Records Are Selling Again']]],
  ['a long agency credit in parentheses above a note (election)', [...BODY_ELECTION, '(Additional reporting by Hana Ortiz and Sam Lee in Dunmore, Ravi Patel and Jo Finch in Harlow and Ada Moss in Wexley; Writing by Ben Tull; Editing by Kim Rowe, Lee Dunn and Pat Quill.)', 'Election officials said a full recount was not needed.'], [['credit', '(Additional reporting by Hana Ortiz and Sam Lee in Dunmore, Ravi Patel and Jo Finch in Harlow and Ada Moss in Wexley; Writing by Ben Tull; Editing by Kim Rowe, Lee Dunn and Pat Quill.)']]],
  ['a two-role credit mid-article (flood)', [BODY_FLOOD[0]!, 'Reporting by Jon Pike; Editing by Ada Moss', ...BODY_FLOOD.slice(1)], [['credit', 'Reporting by Jon Pike; Editing by Ada Moss']]],
  ['several tail pieces peeled from the bottom', [...BODY_FLOOD, 'Related stories', 'Insurers brace for claims', 'Share this article', '© 2025 Valley Courier'], [['related-links', 'Related stories\nInsurers brace for claims'], ['share-prompt', 'Share this article'], ['copyright', '© 2025 Valley Courier']]],
];

const KEEP: readonly (readonly [name: string, lines: readonly string[]])[] = [
  ['"Share prices fell" is news, not a share prompt', [...BODY_ELECTION, 'Share prices fell 2 per cent after the result was announced.']],
  ['"Follow" in a sentence', [...BODY_FLOOD, 'Follow-up inspections of the walls will take place on Friday.']],
  ['a short real final paragraph', [...BODY_FLOOD, 'Schools will reopen on Monday.']],
  ['two closing sub-headings about the same story', [...BODY_FLOOD, 'Wexley Residents Count the Cost of Flooding', 'Rescue Teams and Boats on Mill Lane']],
  ['a final sub-heading about the same story', [...BODY_ELECTION, 'Dunmore By-Election Recount Result Expected Friday']],
  ['a heading called Sources followed by prose is body text', ['Sources', ...BODY_ELECTION]],
  ['a parenthetical final sentence is no sign-off', [...BODY_FLOOD, '(The council has not said when the bridge will reopen.)']],
  ['"Photo credit" in a sentence', [...BODY_FLOOD, 'Photo credits for the exhibition went to local children. They will be shown in May.']],
  ['"This article was published" in mid-text', [BODY_ELECTION[0]!, 'This article was published before the recount and the totals have since changed.', BODY_ELECTION[1]!]],
  ['a line with a number is no separator', [...BODY_ELECTION, '2-1']],
  ['"Topics" in a sentence', [...BODY_ELECTION, 'Topics: housing and transport dominated the campaign.']],
  ['"Copyright" as a topic', [...BODY_ELECTION, 'Copyright reform was not an issue in the campaign.']],
  ['"Reporting by" opening a sentence mid-article is news (election)', [BODY_ELECTION[0]!, 'Reporting by local volunteers found that two polling stations opened late.', ...BODY_ELECTION.slice(1)]],
  ['a parenthetical about reporting is no credit (flood)', [BODY_FLOOD[0]!, '(Reporting on the flood continues at the town hall, where residents met on Wednesday.)', ...BODY_FLOOD.slice(1)]],
  ['a one-line article is never emptied', ['Share this article']],
  ['a long related section does not eat the article', ['Short lead paragraph.', 'Related', ...Array.from({ length: 8 }, (_, i) => `Link title number ${i + 1} about another story entirely`)]],
];

describe('boilerplate removal: must match', () => {
  it.each(MATCH.map((row) => ({ name: row[0], lines: row[1], removed: row[2], signOff: row[3] ?? null })))('$name', ({ name, lines, removed, signOff }) => {
    const r = removeBoilerplate(lines);
    expect(r.removed.map((x) => [x.reason, x.text]), name).toEqual(removed);
    const removedLines = new Set(removed.flatMap(([, t]) => t.split('\n')));
    expect(r.lines, `${name}: body kept`).toEqual(lines.filter((l) => !removedLines.has(l)));
    expect(r.signOff, `${name}: sign-off outlet`).toBe(signOff);
  });
});

describe('boilerplate removal: must not match', () => {
  it.each(KEEP)('%s', (name, lines) => {
    const r = removeBoilerplate(lines);
    expect(r.removed, name).toEqual([]);
    expect(r.lines, name).toEqual(lines);
  });
});
