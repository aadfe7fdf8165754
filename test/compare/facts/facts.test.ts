/**
 * Fact alignment across invented articles: agreements counted in articles, conflicts only for
 * single-valued predicates, and the must-not cases — a denial is not an agreement, "was expected
 * to win" is not "won", two people with one surname are two subjects.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { article } from '../../extract/quantities/helpers.js';

const factClaims = (...texts: string[]): Claim[] =>
  analyze({ articles: texts.map((t, i) => ({ ...article(t, `a${i + 1}`), outlet: `Outlet ${i + 1}` })) }).claims.filter((c) => c.kind === 'fact');
const find = (cs: Claim[], predicate: string, value: string) => cs.find((c) => c.fact?.predicate === predicate && c.values.some((v) => v.value === value));

describe('fact alignment', () => {
  it('agrees on a winner stated in active and passive voice', () => {
    const cs = factClaims(
      'Marta Kowalczyk beat Ines Duarte in the final in Lisbon on Sunday.',
      'Ines Duarte was beaten by Marta Kowalczyk in Sunday’s final.',
      'Marta Kowalczyk defeated Ines Duarte 6-3 6-2.',
    );
    const winner = find(cs, 'contest:winner', 'Marta Kowalczyk');
    expect(winner?.status).toBe('agreed');
    expect(winner?.values[0]?.articles).toEqual(['a1', 'a2', 'a3']);
    expect(winner?.fact?.subject.entity).toBeNull();
    expect(find(cs, 'contest:loser', 'Ines Duarte')?.status).toBe('agreed');
  });

  it('set phrases agree across wordings; a denied wording does not count', () => {
    const cs = factClaims(
      'Marta Kowalczyk beat Ines Duarte in straight sets on Sunday.',
      'Kowalczyk won the title without dropping a set.',
      'Kowalczyk did not win in straight sets, losing the opener.',
    );
    const manner = find(cs, 'contest:manner', 'no set dropped');
    expect(manner?.status).toBe('agreed');
    expect(manner?.values.find((v) => v.modality === 'asserted')?.articles).toEqual(['a1', 'a2']);
    const recall = factClaims('The kettle can pose a burn hazard.', 'The maker said the kettles pose a burn hazard to users.', 'A burn hazard review is due.');
    expect(find(recall, 'recall:hazard', 'burn hazard')?.values[0]?.articles).toEqual(['a1', 'a2']);
  });

  it('a distinction agrees across wordings ("biggest" = "largest", "largest disaster" = "worst disaster"), never conflicts, and a hedged one does not count', () => {
    const deal = factClaims(
      'The purchase is Harbor Logistics’ biggest acquisition so far.',
      'It marks the largest acquisition in the history of Harbor Logistics.',
      'The merger would be the largest acquisition the port has seen.',
    );
    const record = find(deal, 'record:distinction', 'largest acquisition');
    expect(record?.status).toBe('agreed');
    expect(record?.values.find((v) => v.modality === 'asserted')?.articles).toEqual(['a1', 'a2']);
    const storm = factClaims('The storm was the largest natural disaster in the island’s history.', 'It made the storm the island’s worst natural disaster on record.', 'The storm became the deadliest hurricane of the decade.');
    expect(find(storm, 'record:distinction', 'worst natural disaster')?.values[0]?.articles).toEqual(['a1', 'a2']);
    expect(storm.filter((c) => c.fact?.predicate === 'record:distinction' && c.status === 'conflict')).toEqual([]);
  });

  it('a denial is not an agreement', () => {
    const cs = factClaims('Harbor Logistics acquired Pellman Freight on Monday.', 'Harbor Logistics denied it had bought Pellman Freight.');
    expect(cs.filter((c) => c.status === 'agreed')).toEqual([]);
  });

  it('"was expected to win" is not "won"', () => {
    const cs = factClaims('Joyce Wambui was expected to beat Alem Tesfaye in the marathon.', 'Joyce Wambui beat Alem Tesfaye in the marathon on Sunday.');
    expect(cs.filter((c) => c.fact?.predicate.startsWith('contest:') && c.status === 'agreed')).toEqual([]);
  });

  it('different winners in different accounts conflict; a buyer is single-valued too', () => {
    const cs = factClaims('Harbor Logistics acquired Pellman Freight.', 'Pellman Freight was bought by Corvane Shipping.', 'Harbor Logistics acquired Pellman Freight last year.');
    const buyer = cs.find((c) => c.fact?.predicate === 'acquisition:buyer');
    expect(buyer?.status).toBe('conflict');
    expect(buyer?.values.map((v) => v.value)).toEqual(['Harbor Logistics', 'Corvane Shipping']);
  });

  it('a multi-valued predicate never conflicts: each value agrees on its own', () => {
    const cs = factClaims('The heaters were sold at Brightmart and Hollis Hardware.', 'The heaters, sold at Hollis Hardware, are being recalled.', 'They were sold at Brightmart.');
    expect(cs.filter((c) => c.status === 'conflict')).toEqual([]);
    expect(find(cs, 'sale:sold at', 'Brightmart')?.status).toBe('agreed');
    expect(find(cs, 'sale:sold at', 'Hollis Hardware')?.status).toBe('agreed');
  });

  it('a slip naming the winner as the loser too ("X beat X") stands against the other accounts, though its headline names the right loser', () => {
    const chess = factClaims(
      'Vera Lindqvist beats Paulo Amaral in Oslo final. Vera Lindqvist of Sweden overcame Sweden\u2019s Vera Lindqvist to take the title.',
      'Vera Lindqvist defeated Paulo Amaral in the final on Sunday.',
      'Paulo Amaral lost to Vera Lindqvist in Oslo.',
    );
    const loser = chess.find((c) => c.fact?.predicate === 'contest:loser');
    expect(loser?.status).toBe('conflict');
    expect(loser?.values.map((v) => `${v.value} ${v.articles.join(',')}`)).toEqual(['Paulo Amaral a1,a2,a3', 'Vera Lindqvist a1']);
    const vote = factClaims(
      'Mayor Ana Reyes defeated Ana Reyes in the runoff, officials said. Reyes beat Tomas Hale by 900 votes.',
      'Ana Reyes defeated Tomas Hale in Sunday\u2019s runoff.',
    );
    expect(vote.find((c) => c.fact?.predicate === 'contest:loser')?.values.map((v) => v.value)).toEqual(['Tomas Hale', 'Ana Reyes']);
  });

  it('must not: an article naming a past final\u2019s loser in another sentence is no rival', () => {
    const cs = factClaims(
      'Vera Lindqvist beat Paulo Amaral in the Oslo final. In 2019 Paulo Amaral beat Jon Berge there.',
      'Vera Lindqvist defeated Paulo Amaral on Sunday.',
    );
    expect(cs.filter((c) => c.fact?.predicate === 'contest:loser' && c.status === 'conflict')).toEqual([]);
  });

  it('a record claimed for all time in some outlets and for a limited era in others is a conflict on its scope', () => {
    const cs = factClaims(
      'Nadia Petrov became the first qualifier to ever win the Harbin Open on Sunday.',
      'Nadia Petrov is the first qualifier in the modern era to win the Harbin Open.',
      'Petrov became the first ever qualifier to win the title.',
    );
    const scope = cs.find((c) => c.fact?.predicate === 'record:scope of first qualifier');
    expect(scope?.status).toBe('conflict');
    expect(scope?.values.map((v) => `${v.normalized} ${v.articles.join(',')}`)).toEqual(['all time a1,a3', 'limited a2']);
  });

  it('must not: "ever" and "in history" are one scope, no conflict (and an agreed scope is no finding of its own beside the agreed record)', () => {
    const cs = factClaims(
      'The probe became the first spacecraft ever to land on a comet.',
      'The probe is the first spacecraft in history to land on a comet, the agency said.',
      'It was the first spacecraft to land on a comet.',
    );
    expect(cs.filter((c) => c.fact?.predicate.startsWith('record:scope'))).toEqual([]);
    expect(find(cs, 'record:distinction', 'first spacecraft')?.status).toBe('agreed');
  });

  it('times of day: 24-hour and 12-hour forms of one clock agree, a few minutes apart agree, another hour conflicts', () => {
    const times = (...texts: string[]) => factClaims(...texts).filter((c) => c.fact?.predicate === 'time:onset').map((c) => [c.status, c.values.map((v) => `${v.normalized} ${v.articles.join(',')}`)]);
    expect(times('The earthquake struck at 22:33 local time on Monday.', 'The quake struck at 10.33 p.m., officials said.', 'The earthquake struck at 10:30 p.m. on Monday.')).toEqual([
      ['agreed', ['22:33 a1,a2,a3']],
    ]);
    expect(times('The earthquake struck at 22:33 local time on Monday.', 'The quake struck at 9:15 p.m. on Monday, officials said.')).toEqual([
      ['conflict', ['22:33 a1', '21:15 a2']],
    ]);
    // an unmarked clock takes the half of the day the others give; a marked other half conflicts
    expect(times('The cargo plane crashed at 10:33, the airline said.', 'The aircraft crashed at 10.35 a.m. near the runway.')).toEqual([['agreed', ['10:35 a1,a2']]]);
    expect(times('The cargo plane crashed at 22:35, the airline said.', 'The aircraft crashed at 10.35 a.m. near the runway.')).toEqual([['conflict', ['10:35 a2', '22:35 a1']]]);
  });

  it('must not: a dateline\u2019s bare clock is no time of the event', () => {
    const cs = factClaims('Updated 12 March 2024 03:53 IST. The cargo plane crashed near the runway on Sunday.', 'Filed 12 March 2024 04:10 GMT. The cargo plane crashed near the runway.');
    expect(cs.filter((c) => c.fact?.predicate.startsWith('time:'))).toEqual([]);
  });

  it('two people with one surname are two subjects', () => {
    const cs = factClaims(
      'Health Minister Rosa Lindqvist opened the clinic. Her brother, Finance Minister Erik Lindqvist, did not attend.',
      'Health Minister Rosa Lindqvist cut the ribbon, while Finance Minister Erik Lindqvist stayed away.',
    );
    const roles = cs.filter((c) => c.fact?.predicate === 'role' && c.status !== 'single');
    expect(roles.map((c) => [c.subject, c.values[0]?.value, c.status]).sort()).toEqual([
      ['Erik Lindqvist', 'Finance Minister', 'agreed'],
      ['Rosa Lindqvist', 'Health Minister', 'agreed'],
    ]);
  });

  it('roles agree when one names the other with a qualifier ("state chief secretary" = "chief secretary")', () => {
    const cs = factClaims('State Chief Secretary Omar Haddad visited the site.', 'Chief Secretary Omar Haddad said rescue work was over.');
    const role = cs.find((c) => c.fact?.predicate === 'role');
    expect(role?.status).toBe('agreed');
    expect(role?.values[0]?.value).toBe('Chief Secretary');
  });

  it('the event’s place: the most specific place an article gives, a list of places as one value', () => {
    const cs = factClaims(
      'The ferry capsized near Port Elsby, Lorland, on Tuesday.',
      'The ferry sank near Port Elsby in Lorland after the storm.',
      'Rescuers worked through the night after the ferry capsized in Lorland.',
    );
    const places = cs.filter((c) => c.fact?.predicate === 'event:place');
    expect(places.map((c) => [c.values[0]?.value, c.status])).toEqual([['Port Elsby', 'agreed']]);
    const strike = factClaims('The strike affects plants in Ohio, Indiana and Michigan.', 'Workers are picketing across parts of Michigan, Ohio and Indiana.');
    expect(find(strike, 'event:place', 'Indiana; Michigan; Ohio')?.status).toBe('agreed');
  });

  it('the onset time of one event conflicts; times of different statements do not', () => {
    const cs = factClaims(
      'The crash occurred around 7.20 p.m. near the junction. At 9:10 p.m., the operator posted an update.',
      'The crash happened at about 7pm, police said. At 10:45 p.m. the operator posted a list of the injured.',
    );
    const onset = cs.find((c) => c.fact?.predicate === 'time:onset');
    expect(onset?.status).toBe('conflict');
    expect(onset?.values.map((v) => v.value).sort()).toEqual(['19:00', '19:20']);
    expect(cs.filter((c) => c.fact?.predicate === 'time:statement' && c.status === 'conflict')).toEqual([]);
  });

  it('a score written two ways agrees', () => {
    const cs = factClaims('Ines Duarte beat Marta Kowalczyk 6-4, 6-3 in the final.', 'Duarte won the match in straight sets 6-4 6-3.');
    expect(find(cs, 'contest:score', '6-4 6-3')?.status).toBe('agreed');
  });

  it('a title written with an abbreviation is the written-out title ("Chief Secy" = "Chief Secretary")', () => {
    const cs = factClaims('The toll was revised, said State Chief Secy Omar Haddad.', 'Chief Secretary Omar Haddad said rescue work was over.');
    const role = cs.find((c) => c.fact?.predicate === 'role' && c.subject === 'Omar Haddad');
    expect(role?.status).toBe('agreed');
  });
});
