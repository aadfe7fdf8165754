/**
 * Quotes that steps 1 and 2 used to miss (issue 16): marks with a space inside or a colon before
 * them, short quotes credited by a verb a few words after the marks, an -ing clause after a short
 * quote, and nicknames in marks inside a name. Articles we wrote: a ferry line, a chess club, a
 * bakery, a school board, a vineyard. Each table has must-not cases.
 */
import { describe, expect, it } from 'vitest';
import { expectNoQuote, expectQuote, failureKind as kind, runQuotes } from './helpers.js';

describe('marks with a space after the left mark, or a colon before it', () => {
  const cases = [
    { name: 'ellipsis after a spaced left mark', text: 'As the Leith Gazette reported, “ … if the ferry vote were held tonight, the timetable would lose.” The vote is in May.', opening: '…', speaker: 'Leith Gazette', quoted: '… if the ferry vote were held tonight, the timetable would lose.' },
    { name: 'word after a spaced left mark', text: 'The advert then cuts to footage of Ada Roe saying, “ we have to give the juniors a board of their own.” The club agreed.', opening: 'we have to give', speaker: 'Ada Roe', quoted: 'we have to give the juniors a board of their own.' },
    { name: 'transcript speaker, colon, straight mark', text: 'The hearing on the vineyard sale ran long.\n\nSen. Tomas Ferreira (D-Douro):"I have never seen a sale go through this fast. Who approved it?"\n\nThe board did not answer.', opening: 'I have never seen', speaker: 'Tomas Ferreira', quoted: 'I have never seen a sale go through this fast. Who approved it?' },
  ];
  it.each(cases)('$name', ({ text, opening, speaker, quoted }) => {
    expectQuote(text, opening, { speaker, text: quoted });
  });

  // must-not: a left mark standing between spaces is no opening; a time's colon opens nothing
  it('does not open a quotation at a lone left mark or after a clock time', () => {
    expectNoQuote('The bakery sign read “ ” for a week. Nobody fixed it.', 'Nobody fixed');
    const { quotes } = runQuotes('The ferry leaves at 10:30 and returns at 12:15. Tickets cost £4.');
    expect(quotes).toHaveLength(0);
  });
});

kind('a short quote credited by a verb a few words after its marks is an utterance', [
  { text: 'The ferry line cut two sailings.\n\n“We need change,” the Leith ferry campaigner said, asking for a “common-sense” timetable.', opening: 'We need change', speaker: 'the Leith ferry campaigner' },
  { text: 'The chess club elected Ada Roe as chair.\n\n“We’re extremely happy” about the result, said Olav Brenn, the club’s secretary.', opening: 'We’re extremely happy', speaker: 'Olav Brenn' },
  { text: 'The vineyard was sold in May. Tomas Ferreira said he would “strongly consider” buying it back next year.', opening: 'strongly consider', speaker: 'Tomas Ferreira' },
  // must-not: a quote in the middle of the writer's sentence, a modifier after an article, a title
  { text: 'The school board met on Monday. Parents called it a “wake-up call” for the district, Ada Roe said.', opening: 'wake-up call', not: 'Ada Roe' },
  { text: 'The bakery opened on Friday. It was a “soft launch” event, said Mara Quist.', opening: 'soft launch', speaker: null },
  { text: 'The chess club meets on Fridays. “Knight School” is the name of its junior course.', opening: 'Knight School', speaker: null },
]);

describe('a nickname in marks inside a name is part of the name, not a quote', () => {
  it.each([
    { text: 'The chess final was decided late. “That was the best game of my life!” the champion, Ada “Blitz” Roe, shouted to the hall.', opening: 'That was the best', speaker: 'Roe', nickname: 'Blitz' },
    { text: 'The ferry returned at dawn. “We were lucky with the wind,” said Captain Olav “Storm” Brenn after docking.', opening: 'We were lucky', speaker: 'Brenn', nickname: 'Storm' },
  ])('$nickname', ({ text, opening, speaker, nickname }) => {
    expectQuote(text, opening, { speaker });
    expectNoQuote(text, nickname);
  });

  // must-not: a quoted word between two capitalised words that are not a name stays a quote
  it('keeps a scare word in a title-case headline', () => {
    const { quotes } = runQuotes('Baker Mara Quist Says She Felt “Invisible” As A Child.\n\nThe bakery opened on Friday.');
    expect(quotes.map((q) => q.text)).toContain('Invisible');
  });
});
