/**
 * Where and when the story's event happened, and a contest's score — table-driven on invented
 * sentences from unrelated topics (a ferry sinking, a factory strike, a tennis final, a football
 * match, a warehouse fire, a summit), with must-not rows: a place that only locates another, an
 * earlier event's place, "fire" in "fire extinguisher", a time with nothing it is the time of,
 * an age range.
 */
import { describe, expect, it } from 'vitest';
import { factsIn, show, type FactRow as Row } from './helpers.js';

const FOUND: readonly Row[] = [
  // place: preposition, kind of place, premodifier, a list as one value
  { text: 'The ferry capsized near Port Elsby on Tuesday night.', predicate: 'event:place', object: 'Port Elsby' },
  { text: 'Rescuers searched the ruins of Naples after the earthquake.', predicate: 'event:place', object: 'Naples' },
  { text: 'Witnesses described the blaze in the small coastal town of Merriton.', predicate: 'event:place', object: 'Merriton' },
  { text: 'The Leeds warehouse fire burned for six hours.', predicate: 'event:place', object: 'Leeds' },
  { text: 'The strike affects plants in Ohio, Indiana and Michigan.', predicate: 'event:place', object: 'Indiana; Michigan; Ohio' },
  { text: 'Workers are picketing across parts of Michigan, Ohio and Indiana.', predicate: 'event:place', object: 'Indiana; Michigan; Ohio' },
  { text: 'She did not drop a set in six matches at Corran Park.', predicate: 'event:place', object: 'Corran Park' },
  { text: 'The summit in Valmora ended without a deal.', predicate: 'event:place', object: 'Valmora' },
  { text: 'The probe lifted off from Cape Canaveral after two delays.', predicate: 'event:place', object: 'Cape Canaveral' },
  // time of day, with what it is the time of
  { text: 'The crash occurred around 7.20 p.m. near the junction.', predicate: 'time:onset', object: '19:20' },
  { text: 'The union said members would strike if no deal was reached by 11:59 p.m. Friday.', predicate: 'time:deadline', object: '23:59', modality: 'hedged' },
  { text: 'Negotiators missed the deadline of 5pm on Sunday.', predicate: 'time:deadline', object: '17:00' },
  { text: 'At 6:05 a.m., the ministry posted a warning on its website.', predicate: 'time:statement', object: '06:05' },
  { text: 'The fire broke out shortly after midnight.', predicate: 'time:onset', object: '00:00' },
  { text: 'The rocket lifted off at 1:47 a.m. local time.', predicate: 'time:onset', object: '01:47' },
  // a contest's score, written several ways
  { text: 'Ines Duarte beat Marta Kowalczyk 6-4, 6-3 in the final.', predicate: 'contest:score', object: '6-4 6-3' },
  { text: 'Duarte won the match in straight sets 6-4 6-3.', predicate: 'contest:score', object: '6-4 6-3' },
  { text: 'Harlow Town won 2–1 against Cresby Rovers on Saturday.', predicate: 'contest:score', object: '2-1' },
  { text: 'Kowalczyk took the final 7-6 (7-4) 6-2.', predicate: 'contest:score', object: '7-6(7-4) 6-2' },
];

const NOT_FOUND: readonly Row[] = [
  // a place that only locates another is not the value; the specific place is
  { text: 'The ferry capsized near Port Elsby, Lorland, on Tuesday.', predicate: 'event:place', object: 'Lorland' },
  { text: "The quake struck Lorland's Port Elsby district.", predicate: 'event:place', object: 'Lorland' },
  // an earlier event's place, or another time
  { text: 'The toll passed that of the 2009 fire that destroyed the town of Alderby.', predicate: 'event:place', object: 'Alderby' },
  { text: 'Duarte, who played in Corran Park last month, won the final.', predicate: 'event:place', object: 'Corran Park' },
  // where someone is based or lives is not where the event was
  { text: 'The strike hit Pellman Freight, a haulier based in Leeds, on Monday.', predicate: 'event:place', object: 'Leeds' },
  { text: 'The runner, who won the race on Sunday, trains from her home in Naples.', predicate: 'event:place', object: 'Naples' },
  // the talks' place is the meeting's place (a relation), not read a second time as the event's
  { text: 'The talks in Valmora ended without a deal.', predicate: 'event:place', object: 'Valmora' },
  // "fire" in "fire extinguisher" names no event
  { text: 'The fire extinguishers were recalled in Canada on Friday.', predicate: 'event:place', object: 'Canada' },
  // an event's own name is not its place
  { text: 'Duarte won the final at the Valmora Open.', predicate: 'event:place', object: 'Valmora Open' },
  // "a US wildfire" ranks the event, it does not place it
  { text: 'It was the deadliest US wildfire in a century.', predicate: 'event:place', object: 'US' },
  // a time with nothing it is the time of
  { text: 'The figures will be updated around 2pm.', predicate: 'time:onset', object: '14:00' },
  { text: 'The figures will be updated around 2pm.', predicate: 'time:statement', object: '14:00' },
  // a dateline clock is not a time of the event
  { text: 'Updated 12 May 2026 03:53 IST. The crash happened on the bridge.', predicate: 'time:onset', object: '03:53' },
  // not scores
  { text: 'The virus killed one in ten people aged 15-49 in the region, the study found.', predicate: 'contest:score', object: '15-49' },
  { text: 'The council voted 7-2 to approve the match funding.', predicate: 'contest:score', object: '7-2' },
  { text: 'The museum opened in 2019-20 after the match was cancelled.', predicate: 'contest:score', object: '19-20' },
];

describe('the event’s place, time and score', () => {
  for (const row of FOUND) {
    it(`${row.predicate} = ${row.object} in "${row.text}"`, () => {
      const fs = factsIn(row.text);
      const hit = fs.find((f) => f.predicate === row.predicate && f.object === row.object);
      expect(hit, `found: ${show(fs)}`).toBeDefined();
      expect(hit!.modality).toBe(row.modality ?? (hit!.modality === 'attributed' ? 'attributed' : 'asserted'));
      expect(hit!.span.start).toBeGreaterThanOrEqual(0);
      expect(hit!.span.end).toBeLessThanOrEqual(row.text.length);
    });
  }
  for (const row of NOT_FOUND) {
    it(`no ${row.predicate} = ${row.object} in "${row.text}"`, () => {
      const fs = factsIn(row.text);
      expect(fs.find((f) => f.predicate === row.predicate && f.object === row.object), `found: ${show(fs)}`).toBeUndefined();
    });
  }
});
