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
  // must-not: an unnamed subject credits nobody
  { text: 'The rescue team went out twice. Some climbers found the ridge “treacherous” after the storm.', opening: 'treacherous', speaker: null },
]);
