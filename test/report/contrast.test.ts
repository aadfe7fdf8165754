import { describe, expect, it } from 'vitest';
import { CLIENT_CSS } from '../../src/report/client-css.js';

/** The value of a CSS custom property declared in :root. */
function cssVar(name: string): string {
  const m = new RegExp(`--${name}:(#[0-9a-fA-F]{6})`).exec(CLIENT_CSS);
  if (!m) throw new Error(`--${name} not declared as a 6-digit colour`);
  return m[1]!;
}

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('report colours meet WCAG AA (4.5:1 for text)', () => {
  const white = '#ffffff';
  const pairs: [string, string, string][] = [
    ['body text', cssVar('fg'), white],
    ['muted text', cssVar('muted'), white],
    ['muted text on panel', cssVar('muted'), cssVar('panel')],
    ['links and chips', cssVar('accent'), white],
    ['pressed outlet toggle', white, cssVar('accent')],
    ['disputed badge', white, cssVar('conflict')],
    ['updated badge', white, cssVar('updated')],
    ['agreed badge', white, cssVar('agreed')],
    ['highlighted text', '#000000', cssVar('mark')],
    ['removed words', cssVar('del'), cssVar('del-bg')],
    ['added words', cssVar('ins'), cssVar('ins-bg')],
    ['disputed fact name', cssVar('conflict'), white],
  ];
  for (const [name, fg, bg] of pairs) it(`${name}: ${fg} on ${bg}`, () => expect(contrast(fg, bg), name).toBeGreaterThanOrEqual(4.5));
  it('focus outline is distinguishable from white (3:1 for non-text)', () => expect(contrast(cssVar('focus'), white)).toBeGreaterThanOrEqual(3));
});
