/**
 * Name variants across articles (issue 16): a company form written two ways, an
 * organisation's short form without its generic head, an acronym where both forms are
 * named, a shouted headline name; each with a must-not case. Texts are invented, on
 * several topics (a tractor maker's strike, a dockers' union, a grain board, a marathon).
 */
import { describe, expect, it } from 'vitest';
import { companyFormKey, coreKey } from '../../../src/compare/entities/02-merge-rules.js';
import type { OneEntityCase } from './merge-helpers.js';
import { merge, withAlias, expectOneEntity } from './merge-helpers.js';

const STRIKE = merge(
  'Workers at Harrow & Co. walked out on Thursday after talks on pay broke down.',
  'Harrow & Company said the plants in Moline would stay open during the strike.',
  'Vell & Sons, a supplier, said its deliveries to Harrow & Co. had stopped.',
);
const DOCKERS = merge(
  'The Coastal Dock Workers Union called the stoppage after two injuries on the quay.',
  'The Coastal Dock Workers said the stoppage would last until Friday. The CDW wants new cranes.',
  'The Coastal Party said it backed the dockers.',
);
const MARATHON = merge(
  'MARATHON - OKWARO WINS IN RECORD TIME.\nThe Kenyan runner Lilian Okwaro won the race on Sunday. Okwaro said the course was fast.',
  'Lilian Okwaro broke the course record by 40 seconds in cool weather.',
);

describe('name variants merge across articles', () => {
  const ONE: readonly OneEntityCase[] = [
    { case: 'a company form written two ways', merged: STRIKE, aliases: ['Harrow & Co.', 'Harrow & Company'] },
    { case: 'a union with and without its generic head', merged: DOCKERS, aliases: ['Coastal Dock Workers Union', 'Coastal Dock Workers'] },
    { case: 'the acronym where the long and the short form are named', merged: DOCKERS, aliases: ['Coastal Dock Workers', 'CDW'] },
    { case: 'a shouted headline surname', merged: MARATHON, aliases: ['Lilian Okwaro', 'OKWARO'] },
  ];
  it.each(ONE)('$case', expectOneEntity);

  const APART: readonly { case: string; merged: ReturnType<typeof merge>; a: string; b: string }[] = [
    { case: 'must not: two firms sharing "& Co." stay apart', merged: STRIKE, a: 'Harrow & Co.', b: 'Vell & Sons' },
    { case: 'must not: a one-word short form after dropping the head does not join ("Coastal Party")', merged: DOCKERS, a: 'Coastal Party', b: 'Coastal Dock Workers' },
  ];
  it.each(APART)('$case', ({ merged, a, b }) => {
    const x = withAlias(merged.entities, a);
    const y = withAlias(merged.entities, b);
    expect(x).toHaveLength(1);
    expect(y).toHaveLength(1);
    expect(x[0]!.id).not.toBe(y[0]!.id);
  });
});

describe('keys', () => {
  it.each([
    ['Deere & Company', 'deere & co'],
    ['Holt Corporation', 'holt corp'],
    ['Salt and Grain Board', 'salt & grain board'],
  ])('company form key of %s', (name, key) => expect(companyFormKey(name)).toBe(key));
  it.each([
    ['Coastal Dock Workers Union', 'coastal dock workers'],
    // must not: a two-word name keeps its head (only one word would be left)
    ['Coastal Union', null],
    ['Kessel Grain Board', null],
  ])('core key of %s', (name, key) => expect(coreKey(name)).toBe(key));
});
