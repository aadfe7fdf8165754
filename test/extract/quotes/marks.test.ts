import { describe, expect, it } from 'vitest';
import { expectNoQuote, expectQuote, runQuotes } from './helpers.js';

describe('quotation marks', () => {
  const cases: { name: string; text: string; opening: string; quoted: string }[] = [
    { name: 'straight double', text: 'The mayor said: "We will rebuild the sea wall." Crews began work.', opening: 'We will', quoted: 'We will rebuild the sea wall.' },
    { name: 'curly double', text: '“The pumps are running around the clock,” the fire chief said.', opening: 'The pumps', quoted: 'The pumps are running around the clock,' },
    { name: 'curly single (British)', text: 'The minister said: ‘We will not be bullied, and we will not be rushed.’', opening: 'We will not be bullied', quoted: 'We will not be bullied, and we will not be rushed.' },
    { name: 'straight single', text: "The coach said his side had 'played with real courage tonight'.", opening: 'played', quoted: 'played with real courage tonight' },
    { name: 'guillemets', text: 'Grant said: «I have watched it ten times and I still cannot see the foul.»', opening: 'I have watched', quoted: 'I have watched it ten times and I still cannot see the foul.' },
    { name: 'reversed guillemets', text: 'Die Trainerin sagte: »Wir haben heute alles gegeben und verdient gewonnen.«', opening: 'Wir haben', quoted: 'Wir haben heute alles gegeben und verdient gewonnen.' },
    { name: 'apostrophes inside a single-quoted span', text: "The striker said he 'didn't expect the fans' reaction to be so loud'.", opening: "didn't", quoted: "didn't expect the fans' reaction to be so loud" },
    { name: 'nested single inside double', text: '“He told me ‘never again’ and I believed him,” Okafor said.', opening: 'He told me', quoted: 'He told me ‘never again’ and I believed him,' },
    { name: 'French guillemets with inner spaces', text: 'Le maire a déclaré : « Nous reconstruirons la digue avant l’hiver. »', opening: 'Nous', quoted: 'Nous reconstruirons la digue avant l’hiver.' },
    { name: 'inch mark inside a quote', text: '"He\'s 6\'2" and he wins everything in the air," she said.', opening: "He's", quoted: 'He\'s 6\'2" and he wins everything in the air,' },
  ];
  it.each(cases)('$name', ({ text, opening, quoted }) => {
    expectQuote(text, opening, { text: quoted });
  });

  it('continues a quotation across paragraphs when the next paragraph reopens it', () => {
    const text = 'Asked about the title race, Marta Silva smiled.\n“We take it game by game. Nobody here is talking about trophies.\n“Ask me again in May.”\nThe team trains on Monday.';
    const { quotes } = runQuotes(text);
    const utterances = quotes.filter((q) => !q.scare);
    expect(utterances, utterances.map((q) => q.text).join(' | ')).toHaveLength(1);
    expect(utterances[0]!.text).toContain('game by game');
    expect(utterances[0]!.text).toContain('Ask me again in May.');
    expect(utterances[0]!.text.endsWith('May.')).toBe(true);
  });

  it('continues a straight-quoted quotation across paragraphs', () => {
    const text = 'The chairman, Peter Vance, spoke for ten minutes.\n"We have made mistakes this season and I take responsibility for them.\n"But the club is in good hands and the stadium is not for sale," Vance said.';
    const q = runQuotes(text).quotes.filter((x) => !x.scare);
    expect(q, q.map((x) => x.text).join(' | ')).toHaveLength(1);
    expect(q[0]!.text).toContain('not for sale');
    expect(q[0]!.speaker?.name ?? '').toContain('Vance');
  });

  it('does not join a following paragraph that does not reopen the quotation', () => {
    const text = '“We will be back stronger, said the captain.\nThe club confirmed the signing of a new goalkeeper on Friday.';
    const { quotes, diagnostics } = runQuotes(text);
    expect(quotes.every((q) => !q.text.includes('goalkeeper'))).toBe(true);
    expect(diagnostics.some((d) => d.rule === 'quote-unclosed')).toBe(true);
  });

  const notQuotes: { name: string; text: string; words: string }[] = [
    { name: 'contractions', text: "The council didn’t respond and the mayor's office wouldn't comment.", words: 't respond' },
    { name: 'possessives', text: 'The players’ union met the club’s owners on Friday.', words: ' union met the club' },
    { name: 'decade', text: 'The flood walls date from the ’90s and were last raised in the \'00s.', words: '90s' },
    { name: 'rock ’n’ roll', text: "The town's rock 'n' roll museum and its rock ’n’ roll café were closed.", words: 'n' },
    { name: 'feet and inches', text: 'The new striker is 6\'2" tall and the keeper is 6\'5" in his boots.', words: '2' },
    { name: 'film title', text: 'The coach said he watched the film “The Long Season” before the final.', words: 'The Long Season' },
    { name: 'book title', text: 'In her 2019 book "Walls of Paper", the economist argued that tariffs rarely last.', words: 'Walls of Paper' },
  ];
  it.each(notQuotes)('must not match: $name', ({ text, words }) => {
    expectNoQuote(text, words);
  });
});

describe('scare quotes and partial quotes', () => {
  const scare: { name: string; text: string; opening: string; scare: boolean }[] = [
    { name: 'one word', text: 'After the storm the response looked like a “shambles” to many.', opening: 'shambles', scare: true },
    { name: 'a capitalised name, even with a speech verb after it', text: '“Freedonia” claims the islands as its own.', opening: 'Freedonia', scare: true },
    { name: 'one word after an earlier speech verb', text: 'Residents called the response a “shambles” after the storm.', opening: 'shambles', scare: false },
    { name: 'two words after an earlier speech verb', text: 'Her lawyer said she was “deeply sorry” for the delay.', opening: 'deeply sorry', scare: false },
    { name: 'one word with a comma and the verb right after', text: '“Disgraceful,” the coach said after the match.', opening: 'Disgraceful', scare: false },
    { name: 'one word with a comma and a clause after', text: 'It looked like a “windfall,” which was later revealed to be a loan.', opening: 'windfall', scare: true },
    { name: 'two words', text: 'The statement was read as a "green light" for the merger.', opening: 'green light', scare: true },
    { name: 'a country in marks', text: 'Officials in “Freedonia” announced new tariffs on steel.', opening: 'Freedonia', scare: true },
    { name: 'three words used as a modifier', text: 'The coach has always leaned on a “smoke and mirrors” game plan, critics said.', opening: 'smoke and mirrors', scare: true },
    { name: 'three words, no speech in the sentence', text: 'Fans waved banners calling for “the old days” outside the ground.', opening: 'the old days', scare: true },
    { name: 'two words governed by a speech verb', text: 'Asked if he would resign, the minister said “absolutely not” and left.', opening: 'absolutely not', scare: false },
    { name: 'a short full sentence', text: '“Never again!” the mayor told the crowd.', opening: 'Never again', scare: false },
    { name: 'three words with a speech cue', text: 'The meteorologist said the rain would “last all weekend” in the hills.', opening: 'last all weekend', scare: false },
    { name: 'four words', text: 'The club said the fee was “well within our budget” this summer.', opening: 'well within our budget', scare: false },
  ];
  it.each(scare)('$name → scare: $scare', ({ text, opening, scare: want }) => {
    expectQuote(text, opening, { scare: want });
  });

  const partial: { name: string; text: string; opening: string; partial: boolean }[] = [
    { name: 'embedded after a name', text: 'Jane Roe said the company “remains committed to every one of its plants.”', opening: 'remains', partial: true },
    { name: 'after "that"', text: 'The minister stated that “there is no room for compromise on steel quotas.”', opening: 'there is no room', partial: true },
    { name: 'opening with an ellipsis', text: 'The mayor said: “…and then the water came through the doors.”', opening: '…and then', partial: true },
    { name: 'after a colon', text: 'The mayor said: “The water came through the doors in minutes.”', opening: 'The water came', partial: false },
    { name: 'after a comma', text: 'He added, “These pumps were bought after the last flood.”', opening: 'These pumps', partial: false },
    { name: 'whole sentence', text: '“We are ready for Saturday,” the coach said.', opening: 'We are ready', partial: false },
  ];
  it.each(partial)('$name → partial: $partial', ({ text, opening, partial: want }) => {
    expectQuote(text, opening, { partial: want });
  });

  it('gives scare quotes no speaker and no diagnostic', () => {
    const { quotes, diagnostics } = runQuotes('The plan was, in the mayor’s words, a “lifeline” for the harbour.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.scare).toBe(true);
    expect(quotes[0]!.speaker).toBeNull();
    expect(diagnostics.filter((d) => d.rule === 'quote-no-speaker')).toHaveLength(0);
  });
});
