/**
 * Must-not cases for the framing-subject rule (a short phrase credited to its sentence's named
 * subject), on articles we wrote: a port strike, a museum, a mountain rescue. A participle clause
 * opened by a dash, like one opened by a comma, is what the subject did, not what it said.
 */
import { failureKind as kind } from './helpers.js';

kind('a framing phrase after a participle clause opened by a dash is not credited to the subject', [
  // must-not: a dash then a participle: what the subject did or carried, not what they said
  { text: 'Mara Quist led the rescue team. Quist spent the night on the ridge—sheltering with the climbers in a “snow cave” they dug.', opening: 'snow cave', speaker: null },
  { text: 'The Tarn Museum reopened its east wing. Olav Brenn toured the rooms on Monday—carrying a “time capsule” sealed in 1990.', opening: 'time capsule', speaker: null },
  { text: 'Dockers walked out on Monday. Ada Roe left the port at noon – driving a “strike bus” painted by the union.', opening: 'strike bus', speaker: null },
  // the rule still credits a named subject with no clause between
  { text: 'The Harbour Union met on Friday. Ada Roe dismissed the port board’s offer as “an insult” after the meeting.', opening: 'an insult', speaker: 'Ada Roe' },
  { text: 'The Tarn Museum reopened its east wing. Olav Brenn praised the new lighting as “a revelation” on Monday.', opening: 'a revelation', speaker: 'Olav Brenn' },
]);
