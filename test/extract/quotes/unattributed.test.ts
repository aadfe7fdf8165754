/**
 * Step 4 (04-unattributed): quotes that step 3 leaves without a speaker, credited by their layout
 * rather than by a verb of speech. Articles we wrote: a ferry line, a chess club, a bakery, a
 * school board, a vineyard. Each table has must-not cases.
 */
import { failureKind as kind } from './helpers.js';

kind('“…,” Roe barked: a quote that opens its sentence and ends in , ! or ? is credited by the verb after it', [
  { text: 'The ferry board met on Monday.\n\n“Go back to your desks,” Ada Roe barked as the meeting ended.', opening: 'Go back', speaker: 'Ada Roe' },
  { text: 'The chess final ran late.\n\n“That was the best game of my life!” beamed Olav Brenn after the last move.', opening: 'That was the best', speaker: 'Olav Brenn' },
  { text: 'Tomas Ferreira owns the vineyard.\n\n“Who will pick the grapes now?” Ferreira fumed on Tuesday.', opening: 'Who will pick', speaker: 'Tomas Ferreira' },
  { text: 'The harbour wall cracked in March.\n\n“The pier is unsafe,” the retired harbour master Ada Roe grumbled.', opening: 'The pier is unsafe', speaker: 'Ada Roe' },
  // must-not: a full stop inside the marks ends the sentence; an object after the verb is no attribution
  { text: 'The bakery opened on Friday.\n\n“Bread for everyone.” Mara Quist opened the doors at six.', opening: 'Bread for everyone', speaker: null },
  { text: 'The chess club met in May.\n\n“Knights first,” Olav Brenn taught the juniors every week.', opening: 'Knights first', speaker: null },
  // must-not: words of the writer before the quote in its sentence: not an opening quote
  { text: 'The school board met. On the poster was “Vote now,” Ada Roe noticed with a smile.', opening: 'Vote now', not: 'Ada Roe' },
]);

kind('¶ — Jane Roe. / ¶ Jane Roe, Acme Institute: a credit line under a paragraph that is only the quote', [
  { text: 'The ferry timetable was cut in May.\n\n“We were never asked about the winter sailings.”\n\n— Ada Roe.\n\nThe operator disputes that.', opening: 'We were never asked', speaker: 'Ada Roe' },
  { text: 'The vineyard lost half its crop.\n\n“The frost came three weeks late this year.”\n\nTomas Ferreira, Douro Growers Association.\n\nOthers agree.', opening: 'The frost came', speaker: 'Tomas Ferreira' },
  // must-not: a name alone on the line is as often a byline; a line with a verb is a sentence, not a credit
  { text: 'The bakery will reopen.\n\n“Bread is back on the square.”\n\nMara Quist\n\nPhotographs by the author.', opening: 'Bread is back', speaker: null },
  { text: 'The chess club moved.\n\n“The new hall is much too cold.”\n\nOlav Brenn disagreed with the members on Monday.', opening: 'The new hall', speaker: null },
]);

kind('"footage of Roe asking, “…”": the person before a participle of speech, after a preposition', [
  { text: 'A new advertisement from the ferry line uses footage of Ada Roe asking, “Why would anyone sail in winter?”', opening: 'Why would anyone', speaker: 'Ada Roe' },
  { text: 'The vineyard video ends with Tomas Ferreira saying “the harvest is safe for another year.”', opening: 'the harvest is safe', speaker: 'Tomas Ferreira' },
  // must-not: the object of a verb before the participle is not who speaks
  { text: 'Parents crowded the school hall. Some booed Ada Roe, shouting “resign now” at the end.', opening: 'resign now', not: 'Ada Roe' },
]);

kind('a quotation standing alone after a sentence whose subject has already spoken', [
  { text: 'Ada Roe runs the ferry line. “The winter timetable stays,” Roe said on Monday.\n\nRoe is upbeat about the summer, in part because bookings are up.\n\n“We have never sold so many tickets in March.”', opening: 'We have never sold', speaker: 'Ada Roe' },
  { text: 'Olav Brenn chairs the chess club. “Juniors win more often now,” Brenn said. Brenn touted the new coaching scheme. “Every child gets a board of their own.”', opening: 'Every child', speaker: 'Olav Brenn' },
  // must-not: a subject who has not spoken yet may be who the quote is about
  { text: 'Mayor Tom Alder opened the bakery on Monday. “It is a great day for the town.”', opening: 'It is a great day', speaker: null },
  // must-not: words of the writer after the quote in its sentence: it does not stand alone
  { text: 'Tomas Ferreira owns the vineyard. “The vines are old,” Ferreira said. Ferreira sold the land. “Old vines” is a label many growers use.', opening: 'Old vines', not: 'Tomas Ferreira' },
]);

kind('a verb of speech tagged as a noun right after a name ("Roe and Lee call them “…”", "The Gazette reports: ¶ “…”")', [
  { text: 'When the ferries are late again, Ada Roe and Olav Brenn call them “floating excuses for a timetable” and ask for refunds.', opening: 'floating excuses', speaker: 'Olav Brenn' },
  { text: 'Fewer growers joined the cooperative this year.\n\nThe Douro Gazette reports:\n\n“Just 24 percent of the growers who sold grapes last year have signed new contracts.”', opening: 'Just 24 percent', speaker: 'Douro Gazette' },
  // must-not: the noun reading with a verb after it ("the club remarks were …") credits nobody
  { text: 'The chess club met on Monday. The Leith Chess Club remarks were “deeply unhelpful” to the juniors, parents said later.', opening: 'deeply unhelpful', not: 'Leith Chess Club' },
]);

kind('“…,” the statement said: a medium with no owner in its phrase is owned by who put it out just before', [
  { text: 'The Leith Ferry Company on Tuesday responded that it had expanded the fleet. “The company pays for every repair itself,” the statement said.', opening: 'The company pays', speaker: 'Leith Ferry Company' },
  { text: 'Northwind Ferries sent out an email appeal on Friday. “We need every passenger back by spring,” the email said.', opening: 'We need every', speaker: 'Northwind Ferries' },
  { text: 'The Douro Growers Union released an advert on Monday. The ad claims “every bottle is picked by hand.”', opening: 'every bottle', speaker: 'Douro Growers Union' },
  // must-not: reading a letter aloud does not make its reader the writer; no publisher, no speaker
  { text: 'Ada Roe read the letter aloud on Monday. “We regret the closure of the chess hall,” the letter said.', opening: 'We regret', speaker: null },
  { text: 'The bakery closed early on Friday. “Back on Monday with fresh bread,” the sign said.', opening: 'Back on Monday', speaker: null },
]);
