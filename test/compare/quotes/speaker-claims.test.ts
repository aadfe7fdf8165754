/**
 * A quote's speaker disputed across outlets becomes a `fact` conflict (predicate quote:speaker):
 * an executive in one outlet, the company in another; a coach in one, the captain in another.
 * Must not: outlets agreeing on the speaker, an outlet naming no speaker.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { article } from '../../extract/quantities/helpers.js';

const speakerClaims = (...texts: string[]): Claim[] =>
  analyze({ articles: texts.map((t, i) => ({ ...article(t, `a${i + 1}`), outlet: `Outlet ${i + 1}` })) }).claims.filter((c) => c.fact?.predicate === 'quote:speaker');
const valuesOf = (cs: readonly Claim[]) => cs.map((c) => c.values.map((v) => `${v.value} ${v.articles.join(',')}`));

interface SpeakerCase {
  readonly case: string;
  readonly texts: readonly string[];
  /** the disputed speakers with their articles, one list per claim */
  readonly claims: readonly (readonly string[])[];
}

const CASES: readonly SpeakerCase[] = [
  {
    case: 'a mill strike: the company in one outlet, its executive in another',
    texts: [
      'Harlow Mills released a statement on Friday: "We remain committed to a fair deal for every one of our workers."',
      'Ruth Alder, vice president of Harlow Mills, said in a statement: "We remain committed to a fair deal for every one of our workers."',
    ],
    claims: [['Harlow Mills a1', 'Ruth Alder a2']],
  },
  {
    case: 'a cup final: the coach in one outlet, the captain in another',
    texts: [
      '"We were the better side for the full ninety minutes tonight," coach Ivo Marek said after the final.',
      '"We were the better side for the full ninety minutes tonight," captain Leon Brandt told reporters.',
      'Coach Ivo Marek said: "We were the better side for the full ninety minutes tonight."',
    ],
    claims: [['Ivo Marek a1,a3', 'Leon Brandt a2']],
  },
  {
    case: 'must not: outlets agreeing on the speaker',
    texts: [
      '"We were the better side for the full ninety minutes tonight," coach Ivo Marek said.',
      'Ivo Marek said: "We were the better side for the full ninety minutes tonight."',
    ],
    claims: [],
  },
  {
    case: 'must not: an outlet naming no speaker',
    texts: [
      '"We remain committed to a fair deal for every one of our workers," Ruth Alder said on Friday.',
      'A statement read: "We remain committed to a fair deal for every one of our workers."',
    ],
    claims: [],
  },
];

describe('a quote given to different speakers', () => {
  it.each(CASES)('$case', ({ texts, claims }) => {
    const cs = speakerClaims(...texts);
    expect(valuesOf(cs)).toEqual(claims);
    for (const c of cs) {
      expect(c.status).toBe('conflict');
      expect(c.kind).toBe('fact');
      expect(c.values.every((v) => v.evidence.length > 0)).toBe(true);
    }
  });
});
