/**
 * A person's office worded several ways (issue 14, attribute facts): "chief executive of Acme",
 * "Acme CEO", "former Acme chief executive officer"; "Governor of Hawaii", "Hawaii Governor",
 * "Governor"; "the club's head coach", "head coach of the club". Written by us on three topics: a
 * water utility, a state government, a football club. Must-not: two different offices of one
 * company (chief executive, chief financial officer) stay apart; a deputy head is not the head.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { article } from '../../extract/quantities/helpers.js';

const roleClaims = (...texts: string[]): Claim[] =>
  analyze({ articles: texts.map((t, i) => ({ ...article(t, `a${i + 1}`), outlet: `Outlet ${i + 1}` })) }).claims.filter((c) => c.fact?.predicate === 'role');
/** Agreed role claims of a person: "value@articles". */
const agreedRoles = (cs: readonly Claim[], person: string): string[] =>
  cs.filter((c) => c.status === 'agreed' && c.subject === person).map((c) => `${c.values[0]!.value}@${(c.articles ?? []).join('+')}`);

describe('one office in several wordings is one agreed role', () => {
  it.each([
    { topic: 'a utility: CEO, chief executive of, chief executive officer', person: 'Lena Ortiz', texts: [
      'Lena Ortiz, the chief executive of Northway Water, said the network was safe.',
      'Northway Water CEO Lena Ortiz said the network was safe.',
      'Former Northway Water chief executive officer Lena Ortiz spoke on Friday.',
    ], agreed: ['Northway Water CEO@a1+a2+a3'] },
    { topic: 'a state: Governor of Hawaii, Hawaii Governor, Governor', person: 'Kalani Akana', texts: [
      'Hawaii Governor Kalani Akana visited the burned town on Friday.',
      'Kalani Akana, the governor of Hawaii, visited the burned town on Friday.',
      'Governor Kalani Akana said he was relieved.',
    ], agreed: ['Governor@a1+a2+a3'] },
    { topic: 'a club: head coach of the club, Corvane head coach', person: 'Piet Vermeulen', texts: [
      'Piet Vermeulen, the head coach of Corvane United, praised the fans.',
      'Corvane United head coach Piet Vermeulen praised the fans.',
    ], agreed: ['Corvane United head coach@a1+a2'] },
    { topic: 'a games studio: head of, boss', person: 'Ada Brennan', texts: [
      'Ada Brennan, head of Quillstone Games, announced the sale.',
      'Quillstone Games boss Ada Brennan announced the sale.',
    ], agreed: ['Quillstone Games boss@a1+a2'] },
  ])('$topic', ({ person, texts, agreed }) => {
    expect(agreedRoles(roleClaims(...texts), person)).toEqual(agreed);
  });

  it('must not: a chief executive and a chief financial officer of one company are two offices', () => {
    const cs = roleClaims('Omar Reyes, the chief executive of Northway Water, declined to comment.', 'Northway Water CFO Omar Reyes declined to comment.');
    expect(agreedRoles(cs, 'Omar Reyes')).toEqual([]);
  });

  it('must not: the deputy head of a club is not its head', () => {
    const cs = roleClaims('Omar Reyes, the deputy head of Corvane United, visited the site.', 'Corvane United head Omar Reyes visited the site.');
    expect(agreedRoles(cs, 'Omar Reyes')).toEqual([]);
  });
});
