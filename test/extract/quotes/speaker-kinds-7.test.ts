/**
 * Speaker failure kinds of the sixth round (issue 16), one table per kind, on articles we wrote:
 * a ferry line, a town library, a chess club and a market report. Each table has must-not cases.
 */
import { describe, expect, it } from 'vitest';
import { failureKind as kind, expectNoQuote, runQuotes } from './helpers.js';

const FERRY = 'The radio host Lena Halvorsen spoke to the harbour master Jonas Brandt on Sunday.\n\n'
  + '"HALVORSEN: Mr. Brandt, the ferry was late again this week. Why?\n\n'
  + '"BRANDT: Well, look, the engine failed twice this month and the spare parts come from Oslo.\n\n'
  + '"We ordered a new engine in May.\n\n'
  + '"HALVORSEN: When will it arrive?\n\n'
  + '"BRANDT: In March, I hope."';
const LIBRARY = 'Mayor Ada Quist and council member Olav Brenn debated the library budget on local radio.\n\n'
  + 'QUIST: We cannot keep the library open on Sundays without more money.\n\n'
  + 'BRENN: The money is there. The mayor spent it on the new car park.\n\n'
  + 'QUIST: That is simply not true.';

kind('a transcript\'s "NAME:" tag names the speaker of its turn, with or without a mark before it', [
  { text: FERRY, opening: 'Well, look, the engine failed', speaker: 'Jonas Brandt', not: 'Lena Halvorsen' },
  { text: FERRY, opening: 'When will it arrive?', speaker: 'Lena Halvorsen', not: 'Jonas Brandt' },
  { text: FERRY, opening: 'In March, I hope.', speaker: 'Jonas Brandt', quoted: 'In March, I hope.' },
  { text: LIBRARY, opening: 'We cannot keep the library', speaker: 'Ada Quist', not: 'Olav Brenn' },
  { text: LIBRARY, opening: 'The money is there.', speaker: 'Olav Brenn', not: 'Ada Quist' },
  // a no-break space after the colon, as pasted transcripts have
  { text: LIBRARY.replace('BRENN: The money', 'BRENN:\u00A0 The money'), opening: 'The money is there.', speaker: 'Olav Brenn', not: 'Ada Quist' },
  // a tagged paragraph that quotes someone else is still the tagged person's turn
  { text: LIBRARY.replace('That is simply not true.', 'Mr. Brenn called it “a waste” last year.'), opening: 'Mr. Brenn called it', speaker: 'Ada Quist', not: 'Olav Brenn' },
]);

describe('transcript turns: must not', () => {
  it('a turn ends where the next tag begins, not at the next closing mark', () => {
    const turn = runQuotes(FERRY).quotes.find((q) => q.text.startsWith('Well, look'));
    expect(turn?.text).toContain('We ordered a new engine in May.');
    expect(turn?.text).not.toContain('When will it arrive');
  });
  const notTurns: { name: string; text: string; words: string }[] = [
    { name: 'run-in heads of a market report', text: 'Stocks rose on Tuesday after a quiet week.\n\nKEEPING SCORE: The main index gained 0.4 per cent to 2,651.\n\nENERGY: Crude oil fell 42 cents to $51.69 per barrel.\n\nCURRENCIES: The dollar rose to 108.78 yen.', words: 'The main index gained' },
    { name: 'one tag alone (a headline)', text: 'QUIST: Library Will Close On Sundays.\n\nThe mayor Ada Quist announced the cut on Monday after the budget vote.', words: 'Library Will Close' },
    { name: 'an outlet\'s labels', text: 'The ferry resumed on Friday.\n\nUPDATE: The harbour reopened at noon.\n\nCORRECTION: An earlier version gave the wrong date for the vote.', words: 'The harbour reopened' },
  ];
  it.each(notTurns)('$name', ({ text, words }) => expectNoQuote(text, words));
});

kind('a curly quotation inside a straight one is nested: the straight mark closes the quotation', [
  { text: '"The inspector called the hull “unsafe” and sent the ferry back to port," Jonas Brandt said.', opening: 'The inspector called', speaker: 'Jonas Brandt', quoted: 'The inspector called the hull “unsafe” and sent the ferry back to port,' },
  { text: '"Nobody on the board wanted a “quick fix,” but we had no choice," said Olav Brenn, the chess club\'s treasurer.', opening: 'Nobody on the board', speaker: 'Olav Brenn', quoted: 'Nobody on the board wanted a “quick fix,” but we had no choice,' },
  // must-not: a straight mark wrapping a block-quote paragraph right before a curly opener does not swallow the attribution
  { text: 'The council minutes record the exchange.\n\n"“We will appeal,” Ada Quist said after the vote."', opening: 'We will appeal', speaker: 'Ada Quist', quoted: 'We will appeal,' },
]);

describe('straight-mark block quotes over several paragraphs', () => {
  it('paragraphs that each open with a mark, with curly quotations inside, and only the last closing, are one quotation', () => {
    const text = 'The chess club newsletter described the night:\n\n"The hall was full by seven. Brenn called the result “a small miracle” and paid for the tea.\n\n"Nobody went home before midnight."\n\nThe club meets again in June.';
    const q = runQuotes(text).quotes.filter((x) => !x.scare);
    expect(q.map((x) => x.text)).toHaveLength(1);
    expect(q[0]!.text).toContain('small miracle');
    expect(q[0]!.text).toContain('before midnight.');
  });
  it('must not join a paragraph that does not reopen the quotation', () => {
    const text = '"The ferry will sail on time from Monday, said Brandt.\n\nThe harbour reopened at noon and the first boat left for Carrow.';
    expect(runQuotes(text).quotes.every((x) => !x.text.includes('harbour reopened'))).toBe(true);
  });
});

kind('a block quote of another outlet\'s prose is narrative: a pronoun after it may refer to the people it names', [
  { text: 'The Courier sent its reporter Ada Quist to the harbour. Quist wrote:\n\n"Marta Lind thought the ferry ban was absurd. She had crossed the strait every week for thirty years, and nobody had ever asked her for a permit or a fee before this spring.\n\n“It never made sense,” she said after the hearing.', opening: 'It never made sense', speaker: 'Marta Lind', not: 'Ada Quist' },
  { text: 'The chess club newsletter printed the report of its secretary, Jonas Brandt:\n\n"Elena Varga won every game of the spring tournament. The board gave her the cup in the hall on Sunday, and the juniors stayed late to watch the final rounds.\n\n“I did not expect it,” she said when the cup was handed over.', opening: 'I did not expect it', speaker: 'Elena Varga', not: 'Jonas Brandt' },
  // must-not: a speaker's third-person words, credited in their own paragraph, are speech: their names are not antecedents
  { text: 'The club met on Monday.\n\n“Nobody listened,” said Ada Quist, the club secretary. “Elena Varga was told about the leak in the hall roof for two years and did nothing about it. The board never asked for a report either, and the roof fell in during the winter.”\n\n“We will vote on it in May,” she said.', opening: 'We will vote', speaker: 'Ada Quist', not: 'Elena Varga' },
]);

kind('"Roe\'s brief said …": a medium noun the tagger reads as an adjective still credits its owner', [
  { text: 'The ferry company sued the harbour board in May.\n\nHowever, Ada Quist\'s brief said that was not her view and dismissed those reports as "old and misread statements."', opening: 'old and misread', speaker: 'Ada Quist' },
  { text: 'Olav Brenn appealed against the chess club\'s ruling.\n\nHis brief said the board had "ignored every rule it wrote."', opening: 'ignored every rule', speaker: 'Olav Brenn' },
  // must-not: a medium with no owner named is not a speaker, and never speaks itself
  { text: 'The harbour board met in May.\n\n"The ferry must stop at Carrow," the brief said.', opening: 'The ferry must stop', speaker: null },
]);
