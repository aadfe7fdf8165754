/** Deeply nested HTML must not overflow the call stack while its text is collected. */
import { describe, expect, it } from 'vitest';
import { ingestHtml } from '../../src/ingest/html-ingester.js';
import { domToLines } from '../../src/ingest/html-to-text.js';
import { parseHTML } from 'linkedom';

const nest = (depth: number, inner: string) => `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

describe('deeply nested HTML', () => {
  it.each([
    ['a flood report 10,000 deep', 10_000, '<p>The river rose 2 metres on Monday.</p><p>Crews moved 40 families.</p>', ['The river rose 2 metres on Monday.', 'Crews moved 40 families.']],
    ['a match report 20,000 deep', 20_000, '<p>City won 3-1.</p><ul><li>Reyes scored twice</li></ul>', ['City won 3-1.', '- Reyes scored twice']],
  ])('%s: text kept, block order kept', (_name, depth, inner, lines) => {
    expect(ingestHtml(nest(depth, inner)).lines).toEqual(lines);
  });

  it('keeps inline text inside one line and skips scripts at any depth', () => {
    const { document } = parseHTML(nest(5_000, '<p>Turnout was <b>61</b> per cent<script>x()</script>.</p><td>a</td>'));
    expect(domToLines(document.body as never)).toEqual(['Turnout was 61 per cent.', 'a']);
    expect(domToLines(document.body as never)).not.toContain('x()');
  });
});
