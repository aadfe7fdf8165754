/**
 * Surname spelled two ways by different outlets (entities step 5): merged as one
 * person AND reported as a `name` conflict; accents, one article writing both
 * spellings, and two people of one surname are not.
 */
import { describe, expect, it } from 'vitest';
import type { LocalRef } from '../../../src/compare/entities/01-local-refs.js';
import { editDistance, foldedSurname, spellingConflicts } from '../../../src/compare/entities/05-spelling-conflicts.js';
import { merge, withAlias } from './merge-helpers.js';

const spellingClaims = (m: ReturnType<typeof merge>) => m.claims.filter((c) => c.kind === 'name' && c.topic.startsWith('spelling of'));

interface SpellingCase {
  readonly case: string;
  readonly texts: readonly string[];
  /** the spellings reported in one claim, sorted; null = no spelling claim. */
  readonly spellings: readonly string[] | null;
}

const CASES: readonly SpellingCase[] = [
  {
    case: 'games: a studio chief spelt Jansen / Janssen',
    texts: [
      'Studio chief Marta Jansen said the takeover of Bright Forge would close on Friday.',
      'Marta Janssen, head of the studio, said the takeover of Bright Forge was a good day for players.',
    ],
    spellings: ['Marta Jansen', 'Marta Janssen'],
  },
  {
    case: 'hospital: a surgeon spelt Kowalczyk / Kowalczik',
    texts: [
      'Chief surgeon Piotr Kowalczyk said the new wing at Riverside Hospital would open in June.',
      'The new wing at Riverside Hospital will open in June, chief surgeon Piotr Kowalczik said.',
    ],
    spellings: ['Piotr Kowalczik', 'Piotr Kowalczyk'],
  },
  {
    case: 'must not: accents only (Müller / Muller)',
    texts: [
      'Coach Stefan Müller said the squad for the final was complete.',
      'Coach Stefan Muller said the final squad had no injuries.',
    ],
    spellings: null,
  },
  {
    case: 'must not: one article writing both spellings and another writing one',
    texts: [
      'Studio chief Marta Jansen said the takeover would close on Friday. Marta Janssen added that staff would stay.',
      'Studio chief Marta Jansen said the takeover was a good day for players.',
    ],
    spellings: null,
  },
  {
    case: 'must not: two people of one surname',
    texts: [
      'Striker Anna Berg scored twice for Kelvar on Saturday.',
      'Defender Tomas Berg was sent off for Kelvar on Saturday.',
    ],
    spellings: null,
  },
];

describe('surname spelling conflicts (entities step 5)', () => {
  it.each(CASES)('$case', ({ texts, spellings }) => {
    const m = merge(...texts);
    const claims = spellingClaims(m);
    if (spellings === null) {
      expect(claims.map((c) => c.values.map((v) => v.value))).toEqual([]);
      return;
    }
    expect(claims).toHaveLength(1);
    expect(claims[0]!.status).toBe('conflict');
    expect(claims[0]!.values.map((v) => v.value).sort()).toEqual([...spellings]);
    // still one person
    expect(withAlias(m.entities, spellings[0]!)[0]?.aliases).toContain(spellings[1]);
    expect(claims[0]!.values.every((v) => v.articles.length === 1 && v.evidence.length >= 1)).toBe(true);
  });

  it('folds marks, case and punctuation; counts letter edits', () => {
    expect(foldedSurname('Liam O’Néil')).toBe('oneil');
    expect(editDistance('spencer', 'spenser')).toBe(1);
    expect(editDistance('jansen', 'janssen')).toBe(1);
    expect(editDistance('smith', 'smythe')).toBe(2);
    expect(editDistance('berg', 'bergkamp')).toBe(3);
  });

  it('a person ref with no written full name has no spelling and does not fail', () => {
    const ref = (article: string, name: string, words: number) =>
      ({ article, name, names: [name], type: 'person', words, mentions: [], mentionTexts: [] }) as unknown as LocalRef;
    expect(spellingConflicts('e1', [ref('a1', 'Jansen', 2), ref('a2', 'Marta Janssen', 2)])).toEqual([]);
  });
});
