/**
 * Speaker failure kinds of the fifth round (issue 16, speakers half), one table per kind, on
 * articles we wrote: a harbour authority, a mountain rescue team, a bakery chain, a football club,
 * a theatre, a farm co-operative. Each table has must-not cases.
 */
import { failureKind as kind } from './helpers.js';

kind('a bare surname the entity stage left unnamed is still the antecedent of a later pronoun', [
  { text: 'Olav Dean, a former harbour master, criticised the plan. The mayor, Tomas Ferreira, replied on Monday. Dean, a trained engineer, then appeared on local radio.\n\nHe then defended his view, saying, “The cranes are too old.”', opening: 'The cranes', speaker: 'Olav Dean', not: 'Tomas Ferreira' },
  { text: 'Mara Bishop chaired the farm co-operative for ten years. Her successor, Ada Roe, cut the milk price. Bishop, a dairy farmer, then wrote to the members.\n\nShe criticised the cut, writing, “Nobody asked the growers.”', opening: 'Nobody asked', speaker: 'Mara Bishop', not: 'Ada Roe' },
  // must-not: a capitalised word inside a run of capitalised words is not the surname alone
  { text: 'Olav Dean runs the harbour authority. The mayor, Tomas Ferreira, closed the Dean Street pier on Monday.\n\n“The pier is unsafe,” he said.', opening: 'The pier is unsafe', speaker: 'Tomas Ferreira', not: 'Olav Dean' },
]);

kind('a bare surname two people of the article share goes, for "he" or "she", to the namesake of that gender', [
  { text: 'Olav Brenn spoke at the co-operative with his wife Ada Brenn. The chair, Tomas Ferreira, thanked them both.\n\n“Prices are too low,” Brenn said.\n\n“We cannot go on like this,” he said.', opening: 'We cannot go on', speaker: 'Olav Brenn', not: 'Tomas Ferreira' },
  { text: 'Ada Quist runs the theatre with her husband Tomas Quist. The director, Mara Roe, joined them on stage.\n\n“The roof leaks,” Quist said.\n\n“We need a new one before winter,” she said.', opening: 'We need a new one', speaker: 'Ada Quist', not: 'Mara Roe' },
  // must-not: a surname only one person has keeps that person, not a namesake of the pronoun's gender
  { text: 'Ada Roe chairs the harbour authority. The engineer, Olav Brenn, inspected the cranes.\n\n“The crane is old,” Roe said.\n\n“It will be replaced,” she said.', opening: 'It will be replaced', speaker: 'Ada Roe', not: 'Olav Brenn' },
]);
