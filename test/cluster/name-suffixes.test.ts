/**
 * A generational suffix after a given name and a surname ("Joe Manchin III", "Carl Vallow Jr")
 * is dropped from clustering's name keys: the same person is named with and without it, and two
 * accounts of one day then share the name. Must-not cases: a numeral that is part of the name
 * ("World War II", "King Charles III", "Hollin IV"), with no given name and surname before it.
 */
import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../src/cluster/text-keys.js';

describe('nameKeys: generational suffixes', () => {
  it.each([
    { text: 'On Monday Senator Maria Vallow III filed the bill.', keys: ['senator maria vallow'] },
    { text: 'The lawyer for Carl Okafor Jr spoke on Monday.', keys: ['carl okafor'] },
    { text: 'The council met Carl Okafor Sr and his son Carl Okafor at the club.', keys: ['carl okafor', 'carl okafor'] },
    // must not cut: the numeral belongs to the name
    { text: 'Books about World War II sold well in Harlow.', keys: ['world war ii', 'harlow'] },
    { text: 'The visit of King Charles III to Tarrow ended.', keys: ['king charles iii', 'tarrow'] },
    { text: 'The yacht Hollin IV sailed from Tarrow.', keys: ['hollin iv', 'tarrow'] },
  ])('$text', ({ text, keys }) => {
    expect(nameKeys(text)).toEqual(keys);
  });
});
