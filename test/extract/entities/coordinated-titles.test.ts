/**
 * Entity typing that spoils speakers (issue 16, sixth round): an appositive whose head could be a
 * firm's ("a developer") joined to a title ("and spokeswoman for …") describes a person. Texts are
 * invented, on two topics (a housing scheme, a ferry line), with must-not cases.
 */
import { describe, it } from 'vitest';
import { expectEntityType } from './helpers.js';
import { expectQuote } from '../quotes/helpers.js';

describe('an appositive "a <noun> and <title> for …" types its name as a person', () => {
  const cases: { name: string; text: string; entity: string; type: string }[] = [
    { name: 'developer and spokeswoman', text: 'Marisa Okonjo, a Leith-based developer and spokeswoman for the Harbour Homes Coalition, said the scheme would go ahead.', entity: 'Marisa Okonjo', type: 'person' },
    { name: 'publisher and chairman', text: 'Teodor Vance, a publisher and chairman of the Carrow Ferry Trust, said fares would rise in May.', entity: 'Teodor Vance', type: 'person' },
    // must-not: a firm described as "a developer and builder" stays an organisation
    { name: 'developer and builder (a firm)', text: 'Kestrel Homes, a developer and builder of flats in Leith, said the scheme would go ahead.', entity: 'Kestrel Homes', type: 'organization' },
    // must-not: a developer alone is still a firm's description
    { name: 'developer alone', text: 'Tarvin Estates, a developer based in Carrow, said the flats were sold.', entity: 'Tarvin Estates', type: 'organization' },
  ];
  it.each(cases)('$name', ({ text, entity, type }) => expectEntityType(text, entity, type));

  it('"she said" after such a person is hers, not a body named in her appositive', () => {
    const text = 'Critics of the Harbour Homes scheme wrote to the council.\n\nMarisa Okonjo, a Leith-based developer and spokeswoman for the Harbour Homes Coalition, said the critics had the figures wrong.\n\n"The flats are cheaper than anything else in Leith," she said.';
    expectQuote(text, 'The flats are cheaper', { speaker: 'Marisa Okonjo' });
  });
});
