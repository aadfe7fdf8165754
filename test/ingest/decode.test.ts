import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary, sniffHtmlCharset } from '../../src/ingest/decode.js';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', bytes('caf\u00e9 \u201cquoted\u201d'), 'caf\u00e9 \u201cquoted\u201d', 'utf-8'],
    ['UTF-8 BOM stripped', bytes([0xef, 0xbb, 0xbf], 'Rovers won'), 'Rovers won', 'utf-8'],
    ['Windows-1252 fallback with curly quotes, dash, euro', bytes('caf', [0xe9, 0x20, 0x93], 'yes', [0x94, 0x20, 0x96, 0x20, 0x80], '5'), 'caf\u00e9 \u201cyes\u201d \u2013 \u20ac5', 'windows-1252'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x52, 0x00, 0x6f, 0x00]), 'Ro', 'utf-16le'],
  ] as const)('%s', (name, input, text, encoding) => {
    const r = decodeBytes(input);
    expect(r.ok, name).toBe(true);
    if (r.ok) {
      expect(r.text, name).toBe(text);
      expect(r.encoding, name).toBe(encoding);
    }
  });

  it('respects a declared windows-1252 charset only when UTF-8 fails', () => {
    const latin = decodeBytes(bytes('caf', [0xe9]), 'windows-1252');
    expect(latin.ok && latin.text).toBe('caf\u00e9');
    const utf8 = decodeBytes(bytes('caf\u00e9'), 'iso-8859-1');
    expect(utf8.ok && utf8.text).toBe('caf\u00e9');
  });

  it.each([
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), 'binary-file'],
    ['unassigned Windows-1252 bytes in invalid UTF-8', bytes('The ', [0x81, 0x8d], ' river'), 'undecodable'],
    ['mostly high bytes', new Uint8Array(Array.from({ length: 100 }, (_, i) => 0xa0 + (i % 90))), 'undecodable'],
  ] as const)('refuses %s', (name, input, rule) => {
    const r = decodeBytes(input);
    expect(r.ok, name).toBe(false);
    if (!r.ok) expect(r.rule, name).toBe(rule);
  });

  it('does not call ordinary text binary', () => {
    expect(looksBinary(bytes('Line one.\r\nLine two.\tTabbed.\f'))).toBe(false);
  });
});

describe('sniffHtmlCharset', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'iso-8859-1'],
    ['<title>No charset</title>', null],
  ] as const)('%s', (html, expected) => {
    expect(sniffHtmlCharset(Buffer.from(html))).toBe(expected);
  });
});
