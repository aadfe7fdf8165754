/**
 * The GenderGapTracker loader of npm run eval:real on hand-made input (no cache needed): the
 * workbook's XML read into rows, a quotation cell holding two lists, quotations found again by
 * their string, and the kind of speaker each one has.
 */
import { describe, expect, it } from 'vitest';
import { sheetRows } from '../../scripts/eval-real/prepare-ggt.js';
import { foldWithMap, goldFromQuotations, locate, parseQuotationCell } from '../../scripts/eval-real/formats/ggt.js';

describe('workbook rows', () => {
  const strings = '<sst><si><t>_id</t></si><si><t>quotations</t></si><si><r><t>ObjectId(</t></r><r><t>abc)</t></r></si><si><t xml:space="preserve">[&#10;]</t></si></sst>';
  const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
    + '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row><row r="3"><c r="A3"><v>7</v></c></row></sheetData></worksheet>';
  it('keys each row by the header, rich text and entities decoded, empty cells empty', () => {
    expect(sheetRows(strings, sheet)).toEqual([{ _id: 'ObjectId(abc)', quotations: '[\n]' }, { _id: '7', quotations: '' }]);
  });
});

describe('quotation cells and strings', () => {
  it('reads a cell with two lists written one after the other', () => {
    const cell = '[\n {"speaker": "Ana", "quote": "one"}\n]\n[\n {"speaker": "Bo", "quote": "two"}\n]';
    expect(parseQuotationCell(cell).map((q) => q.speaker)).toEqual(['Ana', 'Bo']);
    expect(parseQuotationCell('')).toEqual([]);
  });
  const text = 'The “tide” was late.\nTidesman Ola Berg said the tide was high, and “we wait,” he said.';
  const index = foldWithMap(text);
  it('finds a string across typographic marks and spaces, with its marks first', () => {
    const s = locate(index, '"we  wait,"', []);
    expect(s && text.slice(s.start, s.end)).toBe('“we wait,”');
    const t = locate(index, '"tide"', []);
    expect(t && text.slice(t.start, t.end)).toBe('“tide”');
    expect(locate(index, 'the moon', [])).toBeNull();
  });
  it('builds gold quotations: direct or reported, kind of speaker, accepted names', () => {
    const { gold, unlocated } = goldFromQuotations(text, [
      { speaker: 'Ola Berg', quote: 'the tide was high', reference: 'Ola Berg' },
      { speaker: 'he', quote: '“we wait,”', reference: 'Ola Berg' },
      { speaker: '', quote: 'the harbour froze', reference: 'Ola Berg' },
    ]);
    expect(unlocated).toEqual(['the harbour froze']);
    expect(gold.map((g) => [g.direct, g.kind, g.names, text.slice(g.parts[0]!.start, g.parts[0]!.end)])).toEqual([
      [false, 'name', ['Ola Berg', 'Ola Berg'], 'the tide was high'],
      [true, 'pronoun', ['Ola Berg'], 'we wait,'],
    ]);
  });
});
