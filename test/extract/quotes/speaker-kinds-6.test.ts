/**
 * Speaker failure kinds of the fifth round, second speakers push (issue 16), one table per kind,
 * on articles we wrote: a ferry line and a chess club. Each table has must-not cases.
 */
import { failureKind as kind } from './helpers.js';

kind('"said one Leith confidant", "said a 2008 club veteran": one indefinite person after the cue is an unnamed source', [
  { text: 'Mara Roe runs the ferry line between Leith and Carrow.\n\n“The ferry is late again,” said one Ferreira confidant. “Nobody fixed the engine.”', opening: 'The ferry is late', speaker: 'one Ferreira confidant', not: 'Mara Roe' },
  { text: 'The chess club lost its hall in May. Olav Brenn chaired the club for ten years.\n\n“He didn’t like that,” said a 2008 club veteran. “He left the board soon after.”', opening: 'He didn’t like', speaker: 'a 2008 club veteran', not: 'Olav Brenn' },
  { text: 'Ada Quist wants a new timetable for the ferry.\n\n“The winter sailings are empty,” said one Carrow harbour pilot.', opening: 'The winter sailings', speaker: 'one Carrow harbour pilot', not: 'Ada Quist' },
  // must-not: a name after the noun is the source ("an editorial in the Leith Courier")
  { text: 'Olav Brenn closed the chess club on Monday.\n\n“The club deserved better than this,” reads an editorial in the Leith Courier.', opening: 'The club deserved', speaker: 'Leith Courier', not: 'editorial' },
  // must-not: after "according to", a document is not the speaker of the words of the people who wrote it
  { text: 'The ferry line raised its fares. According to a 2013 study by Ada Quist, the rise was a “major change in ferry policy.”', opening: 'major change', not: 'study' },
]);

kind('"said one of those advisers", "said one of two witnesses who …": the noun after "one of" is an unnamed source', [
  { text: 'Mara Roe wants to sell the ferry line. Her advisers met on Monday.\n\n“There won’t be a buyer before winter,” said one of those advisers, who spoke on the condition of anonymity.', opening: 'There won’t be', speaker: 'one of those advisers', not: 'Mara Roe' },
  { text: 'Olav Brenn left the chess club after a quarrel at the spring tournament.\n\n“He tried to stop the vote,” said one of two witnesses who saw the quarrel.', opening: 'He tried to stop', speaker: 'one of two witnesses', not: 'Olav Brenn' },
  // must-not: "one of them" has no noun: not an unnamed source of that kind
  { text: 'Two pilots refused the night crossing.\n\n“The sea was too rough,” said one of them.', opening: 'The sea was', not: 'them' },
]);
