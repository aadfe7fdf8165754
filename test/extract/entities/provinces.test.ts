/**
 * States and provinces from the data package (issue 16, "Names and types": places typed
 * `other` when the gazetteer lacks them). Invented texts on a flood and a harvest; must-not
 * cases: a club named after its region, a compass word that is also a province's name.
 */
import { describe, expect, it } from 'vitest';
import { PACKAGE_PROVINCES } from '../../../src/lexicon/gazetteer-packages.js';
import { entitiesOf, findEntity } from './helpers.js';

describe('states and provinces are places', () => {
  const PLACES: readonly { case: string; text: string; name: string }[] = [
    { case: 'an Indian state in a list', text: 'Relief trains left for Bihar, Jharkhand and Chhattisgarh on Sunday after the floods.', name: 'Jharkhand' },
    { case: 'a Mexican state', text: 'Farmers in Jalisco said the harvest was the worst in a decade.', name: 'Jalisco' },
    { case: 'a Canadian province', text: 'Wheat prices rose after growers in Saskatchewan reported frost.', name: 'Saskatchewan' },
  ];
  it.each(PLACES)('$case', ({ text, name }) => {
    expect(findEntity(entitiesOf(text), name)?.type).toBe('place');
  });

  it('must not list a club-like or compass name as a province', () => {
    expect(PACKAGE_PROVINCES).not.toContain('Bayern');
    expect(PACKAGE_PROVINCES).not.toContain('Nord');
    expect(PACKAGE_PROVINCES).not.toContain('Western');
    expect(PACKAGE_PROVINCES).toContain('Bihar');
  });

  it('must not: a state lends its name to a body, and is not its short form', () => {
    const layer = entitiesOf("The Odisha Fire Service said crews reached the site, and rain fell across Odisha on Sunday.");
    expect(findEntity(layer, 'Odisha Fire Service')?.aliases).not.toContain('Odisha');
    expect(layer.entities.find((e) => e.name === 'Odisha')?.type).toBe('place');
  });

  it('must not: a club named after its region stays a club', () => {
    const layer = entitiesOf('Bayern Munich beat Hertha 3-1 on Saturday, and fans said Bayern deserved it.');
    expect(findEntity(layer, 'Bayern Munich')?.type).toBe('organization');
    expect(findEntity(layer, 'Bayern Munich')?.aliases).toContain('Bayern');
  });
});
