/**
 * Event relations worded several ways (issue 14, paraphrase): a verdict ("was found guilty",
 * "a jury convicted X", "jurors found X guilty"), the offences it covers ("guilty of fraud and
 * conspiracy", "convicted on seven counts of wire fraud"), a launch ("lifted off", "blasted off",
 * "the X rocket took off from"), and a shutdown ("shut down its pipeline", "halted operations",
 * "was forced to halt flights"). Invented sentences on unrelated topics: a fraud trial, a murder
 * trial, a rocket launch, a flight, a water utility, an airline, a refinery. Must-not rows: a charge
 * is no conviction, an acquittal is no conviction, a court clearing a merger is no acquittal,
 * "stopped" without a service or plant names no shutdown, a name before an appositive is not the
 * subject when the appositive is the name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { article } from '../quantities/helpers.js';
import { factsIn, rowHit, show, type FactRow as Row } from './helpers.js';

const FOUND: readonly Row[] = [
  // verdicts: every wording gives the one relation, convicted = the person
  { text: 'Rhea Lindqvist was found guilty on Tuesday.', predicate: 'verdict:convicted', object: 'Rhea Lindqvist' },
  { text: 'A jury in Leeds convicted Rhea Lindqvist on Tuesday.', predicate: 'verdict:convicted', object: 'Rhea Lindqvist' },
  { text: 'Jurors found Rhea Lindqvist guilty of fraud after two days.', predicate: 'verdict:convicted', object: 'Rhea Lindqvist' },
  { text: 'The jury found Tomas Brandt, 52, guilty of murder.', predicate: 'verdict:convicted', object: 'Tomas Brandt' },
  { text: 'The founder of Pellmark, Rhea Lindqvist, was convicted of fraud.', predicate: 'verdict:convicted', object: 'Rhea Lindqvist' },
  { text: 'The jury found Tomas Brandt not guilty of murder.', predicate: 'verdict:acquitted', object: 'Tomas Brandt' },
  // the offences of a verdict, one fact each
  { text: 'Rhea Lindqvist was found guilty of fraud and conspiracy.', predicate: 'verdict:convicted of', object: 'fraud' },
  { text: 'Rhea Lindqvist was found guilty of fraud and conspiracy.', predicate: 'verdict:convicted of', object: 'conspiracy' },
  { text: 'Lindqvist was convicted on seven counts of wire fraud.', predicate: 'verdict:convicted of', object: 'wire fraud' },
  { text: 'Tomas Brandt was acquitted of murder but convicted of manslaughter.', predicate: 'verdict:acquitted of', object: 'murder' },
  { text: 'Tomas Brandt was acquitted of murder but convicted of manslaughter.', predicate: 'verdict:convicted of', object: 'manslaughter' },
  { text: 'Police charged Tomas Brandt with arson on Friday.', predicate: 'arrest:charged with', object: 'arson' },
  // launches: the craft is the subject of "lifted off", "blasted off", "took off from"
  { text: 'The Solenne Orbital rocket lifted off at dawn.', predicate: 'launch:launched', object: 'Solenne Orbital' },
  { text: 'Solenne Orbital blasted off from the coast on Monday.', predicate: 'launch:launched', object: 'Solenne Orbital' },
  { text: 'The Kestrel Air flight took off from Dunmore at 10:30.', predicate: 'launch:launched', object: 'Kestrel Air' },
  // shutdowns: who shut a service, a line or a plant
  { text: 'Northway Water shut down its treatment network on Friday.', predicate: 'shutdown:shut down by', object: 'Northway Water' },
  { text: 'Brightline Airways halted all flights after the outage.', predicate: 'shutdown:shut down by', object: 'Brightline Airways' },
  { text: 'A fire forced Castel Refining to suspend production at the plant.', predicate: 'shutdown:shut down by', object: 'Castel Refining' },
];

const NOT_FOUND: readonly Row[] = [
  // a charge is no conviction; an acquittal is no conviction
  { text: 'Police charged Tomas Brandt with arson on Friday.', predicate: 'verdict:convicted of', object: 'arson' },
  { text: 'Police charged Tomas Brandt with arson on Friday.', predicate: 'verdict:convicted', object: 'Tomas Brandt' },
  { text: 'The jury found Tomas Brandt not guilty of murder.', predicate: 'verdict:convicted', object: 'Tomas Brandt' },
  { text: 'The jury found Tomas Brandt not guilty of murder.', predicate: 'verdict:convicted of', object: 'murder' },
  { text: 'Tomas Brandt was acquitted of murder but convicted of manslaughter.', predicate: 'verdict:convicted of', object: 'murder' },
  // a conviction is no arrest
  { text: 'A jury in Leeds convicted Rhea Lindqvist on Tuesday.', predicate: 'arrest:arrested', object: 'Rhea Lindqvist' },
  // the appositive's name is the subject, not the company in the description before it
  { text: 'The founder of Pellmark, Rhea Lindqvist, was convicted of fraud.', predicate: 'verdict:convicted', object: 'Pellmark' },
  // "stopped" a person, "took off" a garment: no service or plant, no shutdown, no launch
  { text: 'Castel Refining stopped the driver at the gate.', predicate: 'shutdown:shut down by', object: 'Castel Refining' },
  { text: 'Tomas Brandt took off his coat in the courtroom.', predicate: 'launch:launched', object: 'Tomas Brandt' },
];

describe('paraphrased event relations: verdicts, offences, launches, shutdowns', () => {
  it.each(FOUND.map((r) => [`${r.predicate} = ${r.object} in "${r.text}"`, r] as const))('%s', (_name, row) => {
    expect(rowHit(row)?.modality, `found: ${show(factsIn(row.text))}`).toBe(row.modality ?? 'asserted');
  });
  it.each(NOT_FOUND.map((r) => [`no ${r.predicate} = ${r.object} in "${r.text}"`, r] as const))('%s', (_name, row) => {
    expect(rowHit(row), `found: ${show(factsIn(row.text))}`).toBeUndefined();
  });
  it('"did not find X guilty" is negated, "is expected to be convicted" hedged: neither agrees', () => {
    expect(factsIn('The jury did not find Rhea Lindqvist guilty of fraud.').filter((f) => f.predicate.startsWith('verdict:')).map((f) => f.modality)).toEqual(['negated', 'negated']);
    expect(factsIn('Rhea Lindqvist is expected to be convicted of fraud.').filter((f) => f.predicate.startsWith('verdict:')).every((f) => f.modality === 'hedged')).toBe(true);
  });
});

describe('outlets wording a verdict differently agree on who was convicted and of what', () => {
  const texts = [
    'A jury in Leeds found Rhea Lindqvist guilty of fraud on Tuesday.',
    'Rhea Lindqvist was convicted of fraud and conspiracy on Tuesday.',
    'Jurors convicted Rhea Lindqvist of conspiracy on Tuesday.',
  ];
  const analysis = analyze({ articles: texts.map((t, i) => ({ ...article(t, `v${i + 1}`, '2026-04-02'), outlet: `Outlet ${i + 1}` })) });
  const agreed = (predicate: string) => analysis.claims.filter((c) => c.status === 'agreed' && c.fact?.predicate === predicate).map((c) => `${c.values[0]!.value}@${(c.articles ?? []).join('+')}`);

  it('convicted = the person, in all three', () => expect(agreed('verdict:convicted')).toEqual(['Rhea Lindqvist@v1+v2+v3']));
  it('convicted of = each offence, by the outlets that name it', () => expect(agreed('verdict:convicted of').sort()).toEqual(['conspiracy@v2+v3', 'fraud@v1+v2']));
});
