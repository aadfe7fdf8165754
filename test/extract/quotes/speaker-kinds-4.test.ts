/**
 * Speaker failure kinds of the fourth round (issue 16, speakers half), one table per kind, on
 * articles we wrote: a ferry line, a chess club, a bakery, a school board, a vineyard, a rescue
 * team. Each table has must-not cases.
 */
import { failureKind as kind } from './helpers.js';

kind('a short phrase that the sentence\'s named subject is reported to use is a quote of that subject', [
  { text: 'Olav Brenn runs the ferry line. Brenn dismissed the complaints as “overblown” on Monday.', opening: 'overblown', speaker: 'Olav Brenn' },
  { text: 'The school board met on Friday. Ada Roe defended the new timetable as a “fair compromise” after the vote.', opening: 'fair compromise', speaker: 'Ada Roe' },
  { text: 'Tomas Ferreira sold the vineyard in May. Ferreira blamed the late frost on “bad luck” in his letter to growers.', opening: 'bad luck', speaker: 'Tomas Ferreira' },
  // must-not: a modifier before its noun stays framing; a verb of being gives no speaker
  { text: 'Ada Roe chairs the chess club. Roe proposed a “blitz” tournament for the juniors.', opening: 'blitz', speaker: null },
  { text: 'The bakery opened in May. Mara Quist was a “regular” from the first week.', opening: 'regular', speaker: null },
  // must-not: a participle clause between: what the subject did or wore, not what they said
  { text: 'Ada Roe opened the bakery on Monday, arriving with a “crown” of bread on her head.', opening: 'crown', speaker: null },
  { text: 'Olav Brenn closed the season by reciting a verse about the “wild sea” to the ferry crew.', opening: 'wild sea', speaker: null },
  // must-not: a marked noun phrase after an article is framing; "it" as subject is the writer's topic;
  // a participle after a dash is what was done, not said
  { text: 'The ferry line lost money. Northwind Ferries proposed a “winter plan” at the meeting with the council.', opening: 'winter plan', speaker: null },
  { text: 'Northwind Ferries cut two sailings. It also shows a gap between the line’s public posture—threatening the council with “empty piers”—and its talks.', opening: 'empty piers', speaker: null },
  // must-not: an unnamed subject credits nobody
  { text: 'The rescue team went out twice. Some climbers found the ridge “treacherous” after the storm.', opening: 'treacherous', speaker: null },
]);

kind('a verb of speech in a non-finite form inside a reported clause gives way to the finite cue before it', [
  { text: 'The ferry board met on Monday. Ada Roe said the board should reiterate its support for “a year-round timetable with no cuts.”', opening: 'a year-round', speaker: 'Ada Roe', not: 'board' },
  { text: 'The chess club elected a chair. Olav Brenn says members want a chair willing to call the old rules “a relic of another century.”', opening: 'a relic', speaker: 'Olav Brenn' },
  { text: 'The vineyard changed hands in May. Tomas Ferreira said Mara Quist will continue to be “the best winemaker in the valley.”', opening: 'the best winemaker', speaker: 'Tomas Ferreira', not: 'Mara Quist' },
  // must-not: alone in its sentence, the non-finite cue keeps its own subject
  { text: 'The school board closed the hearing. Ada Roe would later tell reporters: “We did not expect the vote to be so close.”', opening: 'We did not expect', speaker: 'Ada Roe' },
  { text: 'The bakery reopened on Friday. Mara Quist will tell customers “the bread is back” at the door.', opening: 'the bread is back', speaker: 'Mara Quist' },
]);

kind('"said Leith-based strategist Jane Roe", "said Navy spokesman Cmdr. Jane Roe": the person after the role speaks', [
  { text: 'The ferry line lost money again. “Nobody wants to cross in winter,” said Leith-based consultant Ada Roe.', opening: 'Nobody wants', speaker: 'Ada Roe', not: 'Leith' },
  { text: 'The rescue took six hours. “The climbers were lucky,” said Coast Guard spokesman Lt. Cmdr. Olav Brenn on Monday.', opening: 'The climbers', speaker: 'Olav Brenn', not: 'Coast Guard' },
  { text: 'The vineyard lost half its crop. “The frost came late,” said Porto-based winemaker Tomas Ferreira.', opening: 'The frost came', speaker: 'Tomas Ferreira', not: 'Porto' },
  // must-not: an organisation with no person after it still speaks
  { text: 'The vineyard lost half its crop. “The frost came late,” said Quinta Vale in a statement.', opening: 'The frost came', speaker: 'Quinta Vale' },
]);

kind('a name inside an appositive ("…, of Leith, N.C.,", "…, during a visit to Leith,") is not the subject', [
  { text: 'The ferry vote was close. Ada Roe, 41, of Portree, Skye, said the new timetable was “a gift to commuters.”', opening: 'a gift to', speaker: 'Ada Roe', not: 'Skye' },
  { text: 'The chess club held its final. Olav Brenn, during a visit to Bergen, Norway, said the juniors were “ready for anything.”', opening: 'ready for', speaker: 'Olav Brenn', not: 'Bergen' },
  { text: 'The bakery has a new owner. Mara Quist, who trained alongside Tomas Ferreira, said the recipes would stay “exactly as they were.”', opening: 'exactly as', speaker: 'Mara Quist', not: 'Tomas Ferreira' },
  // must-not: a role with a name in apposition still gives that name; an agent after "by" still speaks
  { text: 'The vineyard was sold. The buyer, Tomas Ferreira, said the vines were “in good hands.”', opening: 'in good hands', speaker: 'Tomas Ferreira' },
  { text: 'The school board met on Monday. After Ada Roe, the board chair, spoke, Olav Brenn said the plan was “too late.”', opening: 'too late', speaker: 'Olav Brenn' },
]);

kind('"Asked about Roe\'s plan, she said": names inside an opening participle clause are not who the pronoun is', [
  { text: 'Mara Quist runs the bakery on the square. Asked whether Ada Roe would buy the shop, she said: “Nothing is for sale.”', opening: 'Nothing is for sale', speaker: 'Mara Quist', not: 'Ada Roe' },
  { text: 'Olav Brenn has captained the ferry for years. Pressed by Tomas Ferreira on the winter timetable, he said, “We sail when the sea allows.”', opening: 'We sail', speaker: 'Olav Brenn', not: 'Tomas Ferreira' },
  // must-not: with no participle clause, the subject of the pronoun's own sentence still counts
  { text: 'Olav Brenn chairs the chess club. While Ada Roe agreed that the rules were old, she also said: “They have served us well.”', opening: 'They have served', speaker: 'Ada Roe' },
]);

kind('"When Vance objected, Roe replied …": a later pronoun goes to the name opening the main clause', [
  { text: 'The school board met on Monday. When Mara Quist raised the budget, Ada Roe laughed.\n\n“The trips will go ahead,” she said.', opening: 'The trips will', speaker: 'Ada Roe', not: 'Mara Quist' },
  { text: 'The ferry line changed its timetable. After Tomas Ferreira waited two hours for a boat, Olav Brenn looked embarrassed.\n\n“We will add a sailing at six,” he said.', opening: 'We will add', speaker: 'Olav Brenn', not: 'Tomas Ferreira' },
  // must-not: when the main clause opens with no name, the name in the opening clause still counts
  { text: 'The chess club held its final. When the reporter asked Olav Brenn about the juniors, he smiled.\n\n“They beat me every week,” he said.', opening: 'They beat me', speaker: 'Olav Brenn' },
]);
