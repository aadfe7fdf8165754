/**
 * Fact extraction, table-driven, on invented sentences from unrelated topics (sport, business,
 * science publishing, transport, politics). Each row says which fact must be read, with which
 * modality; must-not rows say which fact must not be read.
 */
import { describe, expect, it } from 'vitest';
import { factsIn, show, type FactRow as Row } from './helpers.js';

const FOUND: readonly Row[] = [
  // sport: winner and loser, active, passive, "lost to"
  { text: 'Marta Kowalczyk beat Ines Duarte in the final on Sunday.', predicate: 'contest:winner', object: 'Marta Kowalczyk' },
  { text: 'Marta Kowalczyk beat Ines Duarte in the final on Sunday.', predicate: 'contest:loser', object: 'Ines Duarte' },
  { text: 'Ines Duarte was beaten by Marta Kowalczyk in the final.', predicate: 'contest:winner', object: 'Marta Kowalczyk' },
  { text: 'Ines Duarte lost to Marta Kowalczyk in three sets.', predicate: 'contest:winner', object: 'Marta Kowalczyk' },
  { text: "Poland's Marta Kowalczyk defeated Portugal's Ines Duarte.", predicate: 'contest:loser', object: 'Ines Duarte' },
  // business: buyer, passive agent
  { text: 'Harbor Logistics acquired Pellman Freight for an undisclosed sum.', predicate: 'acquisition:buyer', object: 'Harbor Logistics' },
  { text: 'Pellman Freight was bought by Harbor Logistics last year.', predicate: 'acquisition:buyer', object: 'Harbor Logistics' },
  // science: publication, funder
  { text: 'The findings were published in Nature Medicine on Monday.', predicate: 'publication:published in', object: 'Nature Medicine' },
  { text: 'The trial was funded by the Orvell Foundation.', predicate: 'funding:funder', object: 'Orvell Foundation' },
  { text: 'The ceasefire talks took place in Valmora last week.', predicate: 'meeting:place', object: 'Valmora' },
  { text: 'The talks were led by Special Envoy Petra Lind.', predicate: 'leadership:led by', object: 'Petra Lind' },
  // transport: collision
  { text: 'The Northern Star collided with the Eastbound Mail near Dunmore.', predicate: 'collision:struck', object: 'Eastbound Mail' },
  { text: 'The Northern Star collided with the Eastbound Mail near Dunmore.', predicate: 'collision:striking', object: 'Northern Star' },
  // politics: attributes
  { text: 'Transport Minister Alan Reyes visited the site.', predicate: 'role', object: 'Transport Minister', subject: 'Alan Reyes' },
  { text: 'Kenyan runner Joyce Wambui won the race.', predicate: 'nationality', object: 'Kenyan', subject: 'Joyce Wambui' },
  { text: 'Joyce Wambui of Kenya won the race.', predicate: 'nationality', object: 'Kenyan', subject: 'Joyce Wambui' },
  { text: 'The winner, Tomas Berg, from Uppsala, thanked the crowd.', predicate: 'origin', object: 'Uppsala', subject: 'Tomas Berg' },
  // transport: a vehicle named in a crash, what it hit as a phrase, a name before an appositive
  { text: 'The Northern Star, travelling from Dunmore to Ashby, derailed near the bridge.', predicate: 'collision:involved', object: 'Northern Star' },
  { text: 'The bus collided head-on with a delivery van on the coast road.', predicate: 'collision:struck', object: 'delivery van' },
  { text: 'The tanker crashed into a fishing boat moored in the harbour.', predicate: 'collision:struck', object: 'fishing boat' },
  { text: 'The crash involving the Northern Star and a freight train closed the line.', predicate: 'collision:involved', object: 'Northern Star' },
  // business: a split form, who announced a recall
  { text: 'Harbor Logistics transferred its European parcel contracts for the next decade to Corvane Shipping.', predicate: 'handover:handed over to', object: 'Corvane Shipping' },
  { text: 'The Food Standards Agency on Friday issued a recall of the peanut butter.', predicate: 'announcement:announced by', object: 'Food Standards Agency' },
  { text: 'The Food Standards Agency announced Monday the recall of 2 million jars.', predicate: 'announcement:announced by', object: 'Food Standards Agency' },
  // science: affiliation; labour: the workers' union
  { text: 'According to lead author Dr Lena Marsh of the Orvell Institute, the effect was small.', predicate: 'affiliation', object: 'Orvell Institute', subject: 'Lena Marsh' },
  { text: 'The study was led by Lena Marsh, at the University of Calder.', predicate: 'affiliation', object: 'University of Calder', subject: 'Lena Marsh' },
  { text: 'The risk rises with any amount, lead author of the study Dr. Lena Marsh said.', predicate: 'study:lead author', object: 'Lena Marsh' },
  { text: "The paper's senior author, Tomas Berg, disagreed with the review.", predicate: 'study:senior author', object: 'Tomas Berg' },
  { text: 'Over 3,000 Allied Dockworkers Union members walked out on Monday.', predicate: 'workers:union', object: 'Allied Dockworkers Union' },
  { text: 'The Cresby Nurses Federation union rejected the pay offer.', predicate: 'workers:union', object: 'Cresby Nurses Federation' },
  { text: 'The Calder Bus Drivers union members voted to strike.', predicate: 'workers:union', object: 'Calder Bus Drivers' },
  // courts, attacks, launches
  { text: 'Pellman Freight founder Dana Whitfield was found guilty of fraud on Thursday.', predicate: 'verdict:convicted', object: 'Dana Whitfield' },
  { text: 'Dana Whitfield was acquitted of all charges.', predicate: 'verdict:acquitted', object: 'Dana Whitfield' },
  { text: 'The breach was carried out by Grey Lantern, a criminal group.', predicate: 'attack:perpetrator', object: 'Grey Lantern' },
  { text: 'The Orvell Space Agency launched the Kestrel probe on Monday.', predicate: 'launch:launched by', object: 'Orvell Space Agency' },
  // modality
  { text: 'Marta Kowalczyk was expected to beat Ines Duarte.', predicate: 'contest:winner', object: 'Marta Kowalczyk', modality: 'hedged' },
  { text: 'Harbor Logistics denied it had bought Pellman Freight.', predicate: 'acquisition:buyer', object: 'Harbor Logistics', modality: 'negated' },
  { text: '"Harbor Logistics acquired Pellman Freight," said analyst Dana Whitfield.', predicate: 'acquisition:buyer', object: 'Harbor Logistics', modality: 'attributed' },
  { text: 'Officials said Harbor Logistics acquired Pellman Freight.', predicate: 'acquisition:buyer', object: 'Harbor Logistics', modality: 'attributed' },
];

const NOT_FOUND: readonly Row[] = [
  // a place is not a winner: "Kenya's Jane Roe" names the runner
  { text: "Kenya's Joyce Wambui beat Ethiopia's Alem Tesfaye.", predicate: 'contest:loser', object: 'Ethiopia' },
  { text: 'Joyce Wambui of Kenya beat Alem Tesfaye.', predicate: 'contest:winner', object: 'Kenya' },
  // "Republican" is a party, not a nationality
  { text: 'Republican senator Ann Whitlock voted against.', predicate: 'nationality', object: 'Republican' },
  // "announced that …" and "issued a statement" name no announcement of an event
  { text: 'The Food Standards Agency announced that it would review the rules.', predicate: 'announcement:announced by', object: 'Food Standards Agency' },
  { text: 'Harbor Logistics issued a statement on Monday.', predicate: 'announcement:announced by', object: 'Harbor Logistics' },
  // a place after "of" is a nationality or a home town, not an affiliation; a company's staff are not a union
  { text: 'Joyce Wambui of Kenya won the race.', predicate: 'affiliation', object: 'Kenya' },
  { text: 'Over 3,000 Harbor Logistics workers were laid off.', predicate: 'workers:union', object: 'Harbor Logistics' },
  { text: 'European Union members agreed the new fishing quotas.', predicate: 'workers:union', object: 'European Union' },
  // "at" without a comma is where someone was, not whom they work for
  { text: 'Lena Marsh spoke to reporters at the Orvell Institute on Monday.', predicate: 'affiliation', object: 'Orvell Institute' },
  // a nationality noun describes the winner, it does not name them
  { text: 'The 19-year-old Briton beat Ines Duarte in the final.', predicate: 'contest:winner', object: 'Briton' },
  { text: 'The Canadian defeated Marta Kowalczyk on Sunday.', predicate: 'contest:winner', object: 'Canadian' },
  // an author of books is not the study's author
  { text: 'Author Lena Marsh signed books in Tarnow.', predicate: 'study:lead author', object: 'Lena Marsh' },
  // a record is not a collision; "acquired a stake in X" does not name X as acquired
  { text: 'The index crashed to a record low on Monday.', predicate: 'collision:struck', object: 'record low' },
  { text: 'Harbor Logistics acquired a stake in Pellman Freight.', predicate: 'acquisition:acquired', object: 'Pellman Freight' },
  // a relation written only in the passive reads nothing from an active sentence
  { text: 'Pellman Freight hired Dana Whitfield in 2019.', predicate: 'verdict:convicted', object: 'Dana Whitfield' },
  { text: 'Pellman Freight hired Dana Whitfield in 2019.', predicate: 'verdict:court', object: 'Pellman Freight' },
  // an acquittal is not a conviction; a company launching a fund launches no rocket
  { text: 'Dana Whitfield was acquitted of all charges.', predicate: 'verdict:convicted', object: 'Dana Whitfield' },
  { text: 'Harbor Logistics launched a strike fund.', predicate: 'launch:launched by', object: 'Harbor Logistics' },
  // a verb far from the name does not make it the subject
  { text: 'Harbor Logistics, which employs 4,000 people in nine countries and has offices on three continents, acquired Pellman Freight.', predicate: 'acquisition:buyer', object: 'Harbor Logistics' },
];

describe('fact extraction', () => {
  for (const row of FOUND) {
    it(`${row.predicate} = ${row.object}${row.modality ? ` (${row.modality})` : ''} in "${row.text}"`, () => {
      const fs = factsIn(row.text);
      const hit = fs.find((f) => f.predicate === row.predicate && f.object === row.object && (!row.subject || f.subjectName === row.subject));
      expect(hit, `found: ${show(fs)}`).toBeDefined();
      expect(hit!.modality).toBe(row.modality ?? (hit!.modality === 'attributed' ? 'attributed' : 'asserted'));
      expect(hit!.span.start).toBeGreaterThanOrEqual(0);
      expect(hit!.span.end).toBeLessThanOrEqual(row.text.length);
    });
  }
  it('a base form after "did not" is no fact at all ("did not buy" is not "bought")', () => {
    expect(factsIn('Harbor Logistics did not buy Pellman Freight.').filter((f) => f.modality !== 'negated')).toEqual([]);
  });
  for (const row of NOT_FOUND) {
    it(`no ${row.predicate} = ${row.object} in "${row.text}"`, () => {
      const fs = factsIn(row.text);
      expect(fs.find((f) => f.predicate === row.predicate && f.object === row.object), `found: ${show(fs)}`).toBeUndefined();
    });
  }
});
