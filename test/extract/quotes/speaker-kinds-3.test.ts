/**
 * Speaker failure kinds of the third round (issue 16, speakers half), one table per kind, on
 * articles we wrote: a ferry line, a chess club, a bakery, a mountain rescue team, a school
 * board, a vineyard, a football club. Each table has must-not cases.
 */
import { failureKind as kind } from './helpers.js';

kind('picture credits and link teasers are not who a later pronoun refers to', [
  { text: 'Olav Brenn repaired the ferry engine on Sunday.\n\nThe harbour at dawn. (Peter Lindqvist / Coast Wire)\n\n“It will run until spring,” he said.', opening: 'It will run', speaker: 'Olav Brenn', not: 'Peter Lindqvist' },
  { text: 'Tomas Brel trains the juniors of the chess club.\n\nREAD MORE: Martin Gall wins the regional title\n\n“Our juniors train twice a week,” he said.', opening: 'Our juniors', speaker: 'Tomas Brel', not: 'Martin Gall' },
  { text: 'Ada Roe opened the bakery in May. A queue formed at dawn (Mara Quist/Valley Post).\n\n“We sold out by noon,” she said.', opening: 'We sold out', speaker: 'Ada Roe', not: 'Mara Quist' },
  // must-not: a parenthesis that is no credit keeps its name
  { text: 'The rescue team went out twice. Olav Brenn (the team leader) found the climbers.\n\n“The wind turned in minutes,” he said.', opening: 'The wind turned', speaker: 'Olav Brenn' },
]);

kind('"he" or "she" is never an organisation, even one quoted before', [
  { text: 'Olav Brenn runs the ferry. The Harbour Authority said on Monday that the pier would close. “Repairs take a month,” the authority said.\n\n“We have no choice,” he said.', opening: 'We have no choice', speaker: 'Olav Brenn', not: 'Harbour Authority' },
  { text: 'Ada Roe chairs the school board. Northfield Council wrote to parents on Friday. “The budget is fixed,” the council said.\n\n“Then we cut the trips,” she said.', opening: 'Then we cut', speaker: 'Ada Roe', not: 'Northfield Council' },
  // must-not: "it" still goes to the organisation that spoke
  { text: 'Olav Brenn runs the ferry. The Harbour Authority said on Monday that the pier would close.\n\n“Repairs take a month,” it said.', opening: 'Repairs take', speaker: 'Harbour Authority', not: 'Olav Brenn' },
]);

kind('a surname the entity stage missed, after the full name was given, names the speaker', [
  { text: 'Christopher House runs the dance company. It now has seven dancers. “I always felt the piece deserved to be longer,” says House. “It grows with every season.”', opening: 'I always felt', speaker: 'Christopher House' },
  { text: 'Margaret Field coaches the under-12 team of the football club. “The boys have never trained harder,” Field said.', opening: 'The boys have', speaker: 'Margaret Field' },
  // must-not: a capitalised word that is nobody's surname is no speaker
  { text: 'Ada Field runs the vineyard. “The frost spared the upper rows,” says Monday’s bulletin.', opening: 'The frost spared', not: 'Ada Field' },
]);

kind('a verb of speech right after the closing mark, whatever its tag: “…,” echoes Roe', [
  { text: 'Robert McMillen counsels couples. “Confidence is attractive,” echoes McMillen. “So is kindness.”', opening: 'Confidence is', speaker: 'McMillen' },
  { text: 'The school board met on Monday. “You’re late,” blurted Ada Roe as the mayor came in.', opening: 'You’re late', speaker: 'Ada Roe' },
  // must-not: the same word as a noun in the writer's sentence is no cue
  { text: 'Olav Brenn spoke first. The echoes of the storm were still in the harbour, and the “old pier” was gone.', opening: 'old pier', not: 'Olav Brenn' },
]);
