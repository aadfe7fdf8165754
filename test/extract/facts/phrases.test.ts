/**
 * Set-phrase findings and distinctions (src/lexicon/fact-phrases.ts), table-driven on invented
 * sentences from unrelated topics (tennis, boxing, product recalls, public health, disasters,
 * business, labour, elections). Must-not rows: a negated wording is read as negated, a moment or a part is no
 * distinction, a record measured against a past event and a numbered rank are not this event's
 * distinction, a hazard named without a verb of posing is not the product's hazard.
 */
import { describe, expect, it } from 'vitest';
import { factsIn, show, type FactRow as Row } from './helpers.js';

const FOUND: readonly Row[] = [
  // how a contest was won: one value for every wording
  { text: 'Marta Kowalczyk beat Ines Duarte in straight sets on Sunday.', predicate: 'contest:manner', object: 'no set dropped' },
  { text: 'Kowalczyk won the title without dropping a set all week.', predicate: 'contest:manner', object: 'no set dropped' },
  { text: 'Kowalczyk, 20, did not lose a set in seven matches.', predicate: 'contest:manner', object: 'no set dropped' },
  { text: 'Diego Ferraz beat Sam Okoro by unanimous decision in Manila.', predicate: 'contest:manner', object: 'unanimous decision' },
  // recalls: the hazard a product poses, the remedy
  { text: 'The heater can overheat and pose a fire hazard to consumers.', predicate: 'recall:hazard', object: 'fire hazard' },
  { text: 'Small parts can detach, posing a choking hazard to young children.', predicate: 'recall:hazard', object: 'choking hazard' },
  { text: 'Owners should contact the maker for a free replacement kettle.', predicate: 'recall:remedy', object: 'free replacement' },
  { text: 'The company replaces the faulty seats for free.', predicate: 'recall:remedy', object: 'free replacement' },
  { text: 'Customers can return the blenders for a full refund.', predicate: 'recall:remedy', object: 'full refund' },
  // public health: no amount is safe, in two wordings
  { text: 'The review found there is no safe level of exposure to lead.', predicate: 'study:finding', object: 'no safe level' },
  { text: 'The safest level of smoking is none, the authors wrote.', predicate: 'study:finding', object: 'no safe level', modality: 'attributed' },
  // how a contest ended; a vote's margin by its direction; a count found wrong
  { text: 'Kowalczyk served an ace to win the match in Rome.', predicate: 'contest:final point', object: 'ace' },
  { text: 'Okafor sealed the title with an ace down the middle.', predicate: 'contest:final point', object: 'ace' },
  { text: 'The vast majority of union members rejected the pay offer on Sunday.', predicate: 'vote:rejected by', object: 'vast majority' },
  { text: 'The nurses walked out after overwhelmingly rejecting a contract offer.', predicate: 'vote:rejected by', object: 'vast majority' },
  { text: 'Shareholders overwhelmingly approved the merger with Corvane Shipping.', predicate: 'vote:approved by', object: 'vast majority' },
  { text: 'Officials said some bodies were counted twice, so the toll was lowered.', predicate: 'count:error', object: 'double counting', modality: 'attributed' },
  { text: 'The recount found that several ballots had been double-counted.', predicate: 'count:error', object: 'double counting' },
  // distinctions: "first" or a superlative with its noun, "ever" dropped, "biggest" written "largest"
  { text: 'Kowalczyk became the first qualifier to win a major title.', predicate: 'record:distinction', object: 'first qualifier' },
  { text: 'Kowalczyk is the first ever qualifier to win in Paris.', predicate: 'record:distinction', object: 'first qualifier' },
  { text: "The flood was the region's worst natural disaster in history.", predicate: 'record:distinction', object: 'worst natural disaster' },
  { text: "The purchase is Harbor Logistics' biggest acquisition so far.", predicate: 'record:distinction', object: 'largest acquisition' },
  { text: "The floods are the largest natural disaster in the region's history.", predicate: 'record:distinction', object: 'worst natural disaster' },
  { text: 'It was the deadliest U.S. earthquake on record.', predicate: 'record:distinction', object: 'deadliest us earthquake' },
];

const NOT_FOUND: readonly Row[] = [
  // a moment or a part is no distinction
  { text: 'The workers walked out for the first time in 30 years.', predicate: 'record:distinction', object: 'first time' },
  { text: 'She put only half of her first serves in play.', predicate: 'record:distinction', object: 'first serves' },
  { text: 'The remarks are the first time Lena Holt has spoken of it.', predicate: 'record:distinction', object: 'first time lena' },
  // a distinction merely mentioned, or a place among the top ones, states no record
  { text: 'The biggest problem for the council is the cost of repairs.', predicate: 'record:distinction', object: 'largest problem' },
  { text: 'The plant was one of the largest producers in the region.', predicate: 'record:distinction', object: 'largest producers' },
  // the first ones counted are no distinction
  { text: 'The first four states to vote will decide the race.', predicate: 'record:distinction', object: 'first four states' },
  { text: 'In her first 100 days she signed 30 orders.', predicate: 'record:distinction', object: 'first 100 days' },
  // a record against a past event is about that event; a numbered rank is a figure
  { text: 'She is the youngest champion since Lena Holt in 2004.', predicate: 'record:distinction', object: 'youngest champion' },
  { text: 'It was the deadliest fire in more than a century.', predicate: 'record:distinction', object: 'deadliest fire' },
  { text: 'Harbor Logistics is now the third-largest carrier in Europe.', predicate: 'record:distinction', object: 'largest carrier' },
  // "largest" is "worst" only for a calamity: a company is no worst company
  { text: 'Harbor Logistics is the largest company in the port.', predicate: 'record:distinction', object: 'worst company' },
  // a participle after the noun ends the phrase
  { text: 'It is the largest strike led by the union in decades.', predicate: 'record:distinction', object: 'largest strike led' },
  // an ace in the match is not the last point; an approval is not a rejection; a count done twice is no wrong count
  { text: 'Kowalczyk served an ace in the opening game.', predicate: 'contest:final point', object: 'ace' },
  { text: 'Shareholders overwhelmingly approved the merger with Corvane Shipping.', predicate: 'vote:rejected by', object: 'vast majority' },
  { text: 'The ballots were checked twice before the count was announced.', predicate: 'count:error', object: 'double counting' },
  // a hazard named without a verb of posing is no product's hazard; "a set" of dishes is no tennis set
  { text: 'The fire hazard report was published on Monday.', predicate: 'recall:hazard', object: 'fire hazard' },
  { text: 'The recalled cookware was sold in sets of four.', predicate: 'contest:manner', object: 'no set dropped' },
];

describe('set-phrase findings and distinctions', () => {
  for (const row of FOUND) {
    it(`${row.predicate} = ${row.object} in "${row.text}"`, () => {
      const fs = factsIn(row.text);
      const hit = fs.find((f) => f.predicate === row.predicate && f.object === row.object);
      expect(hit, `found: ${show(fs)}`).toBeDefined();
      expect(hit!.modality).toBe(row.modality ?? 'asserted');
      expect(hit!.subject).toBeNull();
      expect(row.text.slice(hit!.span.start, hit!.span.end).length).toBeGreaterThan(0);
    });
  }
  for (const row of NOT_FOUND) {
    it(`no ${row.predicate} = ${row.object} in "${row.text}"`, () => {
      const fs = factsIn(row.text);
      expect(fs.find((f) => f.predicate === row.predicate && f.object === row.object), `found: ${show(fs)}`).toBeUndefined();
    });
  }
  it('a denied wording is read as negated ("she did not win in straight sets")', () => {
    const fs = factsIn('Kowalczyk did not win in straight sets this time.');
    expect(fs.filter((f) => f.predicate === 'contest:manner').map((f) => f.modality)).toEqual(['negated']);
  });
  it('"was expected to win in straight sets" is hedged', () => {
    const fs = factsIn('Kowalczyk was expected to win in straight sets.');
    expect(fs.filter((f) => f.predicate === 'contest:manner').map((f) => f.modality)).toEqual(['hedged']);
  });
});
