/**
 * Issue 14's must-not cases, each on four unrelated topics (written by us): a denial is not an
 * agreement; what a quotation says is attributed to its speaker, not told in the outlet's voice;
 * two people with one surname stay two subjects; "was expected to win" is not "won".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { article } from '../../extract/quantities/helpers.js';
import { factsIn, show } from '../../extract/facts/helpers.js';

const factClaims = (...texts: string[]): Claim[] =>
  analyze({ articles: texts.map((t, i) => ({ ...article(t, `a${i + 1}`), outlet: `Outlet ${i + 1}` })) }).claims.filter((c) => c.kind === 'fact');
/** The articles that state `value` for `predicate` as a plain (asserted or attributed) fact, in an agreed claim. */
const agreedBy = (cs: Claim[], predicate: string, value: string): string[] =>
  cs.filter((c) => c.status === 'agreed' && c.fact?.predicate === predicate).flatMap((c) => c.values.filter((v) => v.value === value && (v.modality === 'asserted' || v.modality === 'attributed')).flatMap((v) => v.articles));

describe('must not: a denial is not an agreement', () => {
  it.each([
    { topic: 'a takeover', stated: 'Harbor Logistics acquired Pellman Freight on Monday.', denied: 'Harbor Logistics denied it had bought Pellman Freight.', predicate: 'acquisition:buyer', value: 'Harbor Logistics' },
    { topic: 'a tennis final', stated: 'Marta Kowalczyk beat Ines Duarte in the final on Sunday.', denied: 'Marta Kowalczyk did not beat Ines Duarte; the final was abandoned in the rain.', predicate: 'contest:winner', value: 'Marta Kowalczyk' },
    { topic: 'a hostage release', stated: 'The two aid workers were handed over to the Red Crescent on Friday.', denied: 'Officials denied that the two aid workers had been handed over to the Red Crescent.', predicate: 'handover:handed over to', value: 'Red Crescent' },
    { topic: 'a journal paper', stated: 'The malaria findings were published in the Calder Medical Journal.', denied: 'The malaria findings were never published in the Calder Medical Journal, its editor said.', predicate: 'publication:published in', value: 'Calder Medical Journal' },
  ])('$topic', ({ stated, denied, predicate, value }) => {
    const cs = factClaims(stated, denied);
    expect(agreedBy(cs, predicate, value)).not.toContain('a2');
    expect(cs.filter((c) => c.status === 'agreed' && c.fact?.predicate === predicate && c.values.every((v) => v.modality !== 'negated') && c.values.flatMap((v) => v.articles).includes('a2'))).toEqual([]);
  });
});

describe('must not: a quotation’s content is told in the outlet’s voice', () => {
  it.each([
    { topic: 'a takeover', text: '“Harbor Logistics acquired Pellman Freight last spring,” union leader Ana Ruiz said.', predicate: 'acquisition:buyer', object: 'Harbor Logistics', speaker: 'Ana Ruiz' },
    { topic: 'a tennis final', text: '“Marta Kowalczyk beat Ines Duarte because she served better,” coach Tomas Berg said.', predicate: 'contest:winner', object: 'Marta Kowalczyk', speaker: 'Tomas Berg' },
    { topic: 'peace talks', text: 'Mediator Lena Marsh said the talks took place in Valmora over three days.', predicate: 'meeting:place', object: 'Valmora', speaker: 'Lena Marsh' },
    { topic: 'a court case', text: '“Police arrested Daniel Moss at the airport,” prosecutor Clara Webb told reporters.', predicate: 'arrest:arrested', object: 'Daniel Moss', speaker: 'Clara Webb' },
  ])('$topic', ({ text, predicate, object, speaker }) => {
    const fs = factsIn(text);
    const f = fs.find((x) => x.predicate === predicate && x.object === object);
    expect(f, `found: ${show(fs)}`).toBeDefined();
    expect(f!.modality).toBe('attributed');
    expect(f!.attribution ?? '').toContain(speaker.split(' ')[1]!);
  });
});

describe('must not: two people with one surname are one subject', () => {
  it.each([
    { topic: 'two ministers', a: 'Health Minister Rosa Lindqvist opened the clinic. Her brother, Finance Minister Erik Lindqvist, did not attend.', b: 'Health Minister Rosa Lindqvist cut the ribbon, while Finance Minister Erik Lindqvist stayed away.', roles: [['Erik Lindqvist', 'Finance Minister'], ['Rosa Lindqvist', 'Health Minister']] },
    { topic: 'a football club', a: 'Head coach Tomas Berg praised the side. Club captain Lina Berg, his daughter, scored twice.', b: 'Club captain Lina Berg scored twice, and head coach Tomas Berg praised her.', roles: [['Lina Berg', 'club captain'], ['Tomas Berg', 'head coach']] },
    { topic: 'a family firm', a: 'Chief executive Omar Haddad announced the sale. Chairman Sami Haddad, his father, backed it.', b: 'Chairman Sami Haddad backed the sale that chief executive Omar Haddad announced.', roles: [['Omar Haddad', 'chief executive'], ['Sami Haddad', 'Chairman']] },
    { topic: 'a court', a: 'Judge Clara Moss adjourned the trial. Prosecutor Daniel Moss, no relation, objected.', b: 'Prosecutor Daniel Moss objected when Judge Clara Moss adjourned the trial.', roles: [['Clara Moss', 'Judge'], ['Daniel Moss', 'Prosecutor']] },
  ])('$topic', ({ a, b, roles }) => {
    const cs = factClaims(a, b).filter((c) => c.fact?.predicate === 'role' && c.status !== 'single');
    const got = cs.map((c) => [c.subject, (c.values[0]?.value ?? '').toLowerCase()]).sort();
    expect(got).toEqual(roles.map(([s, r]) => [s, r!.toLowerCase()]).sort());
    expect(cs.every((c) => c.status === 'agreed')).toBe(true);
  });
});

describe('must not: "was expected to win" is "won"', () => {
  it.each([
    { topic: 'a marathon', hedged: 'Joyce Wambui was expected to beat Alem Tesfaye in the marathon.', stated: 'Joyce Wambui beat Alem Tesfaye in the marathon on Sunday.', predicate: 'contest:' },
    { topic: 'a mayoral race', hedged: 'Councillor Ana Ruiz was expected to defeat Mayor Paul Grant in the runoff.', stated: 'Councillor Ana Ruiz defeated Mayor Paul Grant in the runoff.', predicate: 'contest:' },
    { topic: 'a takeover', hedged: 'Harbor Logistics was expected to acquire Pellman Freight by the summer.', stated: 'Harbor Logistics acquired Pellman Freight in June.', predicate: 'acquisition:' },
    { topic: 'a hostage release', hedged: 'The two aid workers were expected to be handed over to the Red Crescent on Friday.', stated: 'The two aid workers were handed over to the Red Crescent on Friday.', predicate: 'handover:' },
  ])('$topic', ({ hedged, stated, predicate }) => {
    const cs = factClaims(hedged, stated);
    expect(cs.filter((c) => c.fact?.predicate.startsWith(predicate) && c.status === 'agreed' && c.values.some((v) => v.articles.includes('a1') && v.modality !== 'hedged'))).toEqual([]);
  });
});
