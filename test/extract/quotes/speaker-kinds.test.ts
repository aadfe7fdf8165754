/**
 * Speaker failure kinds measured on real news (issue 16, speakers half), one table per kind, on
 * articles we wrote: a beekeepers' cooperative, a chess federation, a ferry line, a hospital, a
 * mountain rescue team, a vineyard, a library board. Each table has must-not cases.
 */
import { describe, expect, it } from 'vitest';
import { failureKind as kind, runQuotes } from './helpers.js';

kind('mixed quotation marks: a straight mark closes a curly one and the other way round', [
  { text: 'The cooperative met on Monday. "Every hive in the valley came through the winter,” said Ada Roe, who chairs it. "We lost none."', opening: 'Every hive', quoted: 'Every hive in the valley came through the winter,', speaker: 'Ada Roe' },
  { text: 'The ferry sailed late. “The engine room flooded twice on the crossing," said Olav Brenn, the chief engineer.', opening: 'The engine room', quoted: 'The engine room flooded twice on the crossing,', speaker: 'Olav Brenn' },
  { text: 'The match ended in a draw. “Neither of us wanted to lose tonight,“ said Ilse Varga after the game.', opening: 'Neither of us', quoted: 'Neither of us wanted to lose tonight,', speaker: 'Ilse Varga' },
  // must-not: a straight mark that opens the next quotation does not close the first one
  { text: 'The board voted on Friday. "The library stays open on Sundays,” Mara Quist said. "Nobody asked for less."', opening: 'Nobody asked', quoted: 'Nobody asked for less.', speaker: 'Mara Quist' },
]);

kind('a credit after a dash, as in testimonies: “….” ― Jane Roe', [
  { text: 'Readers told us what the closure means to them.\n“The ferry is how my children get to school. Without it we are cut off.” ― Ingrid Solberg\n“I have crossed on it every day for forty years.” ― Tomas Brel, a retired pilot', opening: 'The ferry is how', speaker: 'Ingrid Solberg' },
  { text: 'Readers told us what the closure means to them.\n“The ferry is how my children get to school.” ― Ingrid Solberg\n“I have crossed on it every day for forty years.” — Tomas Brel, a retired pilot', opening: 'I have crossed', speaker: 'Tomas Brel', not: 'Ingrid Solberg' },
  { text: 'Members of the chess club answered our survey.\n"Online play has not replaced the club night, it has fed it." – Priya Nandi', opening: 'Online play', speaker: 'Priya Nandi' },
  // must-not: a dash followed by the writer's own words is not a credit
  { text: 'Olav Brenn chairs the cooperative. “We will sell every jar by June” — and the shelves were empty by May.', opening: 'We will sell', not: 'May' },
]);

kind('after the verb, the person who speaks, not the organisation or place before their role or name', [
  { text: '“Most of the growers expect a smaller harvest,” said Valley Wine Council researcher Ada Roe, who ran the survey.', opening: 'Most of the growers', speaker: 'Ada Roe', not: 'Valley Wine Council' },
  { text: '“The ward will reopen in March,” said Northfield Hospital spokesman Tomas Brel.', opening: 'The ward will', speaker: 'Tomas Brel', not: 'Northfield Hospital' },
  { text: '“The climbers were lucky,” said Dr. Mara Quist of the Alpine Rescue Service.', opening: 'The climbers were', speaker: 'Mara Quist', not: 'Alpine Rescue Service' },
  // must-not: the organisation itself speaks when no person follows
  { text: '“The vintage will be small but very good,” said the Valley Wine Council in a statement.', opening: 'The vintage', not: 'statement' },
]);

kind('a name inside a role is not the subject: "Jane Roe, the minister of Freedonia, said"', [
  { text: 'Ilse Varga, the president of the Freedonia Chess Federation, a founding member of the world body, said the rules were “out of date by twenty years.”', opening: 'out of date', speaker: 'Ilse Varga', not: 'Freedonia Chess Federation' },
  { text: '“The vines came through the frost,” Tomas Ferreira, the chief winemaker at Quinta do Vale, said on Monday.', opening: 'The vines came', speaker: 'Tomas Ferreira', not: 'Quinta do Vale' },
  // must-not: an organisation that is itself the subject still speaks
  { text: 'The Freedonia Chess Federation, the oldest in the region, said the rules were “out of date by twenty years.”', opening: 'out of date', speaker: 'Freedonia Chess Federation' },
]);

kind('a parenthesis between the name and the verb does not hide the name', [
  { text: '“The budget is a fiction,” Rep. Jane Roe (D-Ore.), a member of the panel, said in an interview.', opening: 'The budget is', speaker: 'Jane Roe' },
  { text: 'The committee heard from three members. “The budget is a fiction,” Rep. Jane Roe (D-Ore.) said. The chair disagreed.', opening: 'The budget', speaker: 'Jane Roe' },
  { text: 'Olav Brenn spoke first. “We need a second boat,” Mara Quist (the harbour master) said.', opening: 'We need a second', speaker: 'Mara Quist', not: 'Olav Brenn' },
]);

kind('"she said" with no pronoun evidence in the article: the given name tells', [
  { text: 'Donald Petrov bought the vineyard from Margaret Oyelaran on Friday.\n\n“I planted the first vines myself,” she said.', opening: 'I planted', speaker: 'Margaret Oyelaran', not: 'Donald Petrov' },
  { text: 'Susan Achebe took over the chess federation from Peter Lindqvist on Sunday.\n\n“The clubs need money more than rules,” he said.', opening: 'The clubs need', speaker: 'Peter Lindqvist', not: 'Susan Achebe' },
  // must-not: the article's own pronouns keep the name data from ruling a person out ("Robin" is mostly a man's name there)
  { text: 'Robin Keller said she would keep the ferry office open. Keller said she had hired two clerks. Tomas Brel, her deputy, retires in May.\n\n“We will miss him,” she said.', opening: 'We will miss', speaker: 'Robin Keller', not: 'Tomas Brel' },
]);

kind('the medium is not the speaker: its owner is, or nobody', [
  { text: 'The beekeepers’ strike began at midnight. At 11:50 p.m., the Valley Apiarists Guild page posted: “From midnight every hive is closed to buyers.”', opening: 'From midnight', speaker: 'Valley Apiarists Guild', not: 'page' },
  { text: 'Ferrow Lines cancelled the crossing. Its website warned: “No sailings will run before Friday.”', opening: 'No sailings', speaker: 'Ferrow Lines', not: 'website' },
  // must-not: a document with no owner named credits nobody, not itself
  { text: 'The library board met on Monday. “Opening hours will be cut from March,” the brief statement said.', opening: 'Opening hours', speaker: null },
  { text: 'The chess club voted on Friday. “Members will pay the old fee until June,” the newsletter reads.', opening: 'Members will pay', speaker: null },
]);

kind('"the company said": the organisation the article is about, not an outlet it talked to', [
  { text: 'Ferrow Lines has run the island ferry since 1998. Ferrow Lines cut two sailings last winter, and Ferrow Lines staff voted to strike on Monday.\n\n“We will keep the lifeline route open,” the company told the Island Courier.', opening: 'We will keep', speaker: 'Ferrow Lines', not: 'Island Courier' },
  { text: 'Hollin Foods recalled its honey on Tuesday. Hollin Foods said the jars were safe to open. The Valley Times first reported the recall.\n\n“No illness has been linked to the batch,” the firm said.', opening: 'No illness', speaker: 'Hollin Foods', not: 'Valley Times' },
  // must-not: a body that no name in the article fits stays as written, not another organisation
  { text: 'Hollin Foods recalled its honey on Tuesday.\n\n“Every shop has been told,” the council said.', opening: 'Every shop', not: 'Hollin Foods' },
]);

kind('a description by age or origin is the person described, not the words', [
  { text: 'Emma Lindqvist won the final in straight sets to claim her first title.\n\n“I did not expect to be here this week,” said the Swede after her win.', opening: 'I did not expect', speaker: 'Emma Lindqvist' },
  { text: 'Olav Brenn has climbed the ridge forty times. The 61-year-old told reporters: “The snow was the worst I have seen.”', opening: 'The snow was', speaker: 'Olav Brenn' },
  // must-not: an origin word followed by a noun is that noun's phrase ("the Swedish embassy"), not a person
  { text: 'Emma Lindqvist won the final on Sunday.\n\n“Congratulations to her,” the Swedish embassy said.', opening: 'Congratulations', not: 'Emma Lindqvist' },
]);

kind('who speaks before a reported clause: the subject, not the clause’s own subject', [
  { text: 'Brad Kowal, vice president of operations for Hollin Foods in a statement released on Thursday morning, said the company is “committed to a safe product for every family.”', opening: 'committed to', speaker: 'Brad Kowal', not: 'the company' },
  { text: 'Mara Quist said the ferry is “the only way off the island in winter.”', opening: 'the only way', speaker: 'Mara Quist', not: 'the ferry' },
  // must-not: a subject inside a relative clause does not let the sentence's first name speak
  { text: 'Olav Brenn, who met the harbour master, said nothing; a clerk who was there said the talks were “going nowhere fast.”', opening: 'going nowhere', not: 'Olav Brenn' },
]);

kind('a statement announced in the sentence before: its issuer, a person or a body', [
  { text: 'Hollin Foods released the following statement on Thursday:\n\n“We are working with the regulator on every step of the recall.”', opening: 'We are working', speaker: 'Hollin Foods' },
  { text: 'The Alpine Rescue Service issued a warning on Sunday:\n\n“Stay off the north face until the snow settles.”', opening: 'Stay off', speaker: 'Alpine Rescue Service' },
  // must-not: reporters who asked a question are not who answered it
  { text: 'Reporters asked Mara Quist about the delay:\n\n“We found cracks that nobody expected to find.”', opening: 'We found cracks', speaker: 'Mara Quist', not: 'Reporters' },
]);

describe('the ordinary cases still hold', () => {
  it('keeps two quotations in one paragraph apart when the marks are straight', () => {
    const { quotes } = runQuotes('"The hives are full," Ada Roe said. "The honey will be late."');
    expect(quotes.filter((q) => !q.scare).map((q) => q.text)).toEqual(['The hives are full,', 'The honey will be late.']);
  });
});
