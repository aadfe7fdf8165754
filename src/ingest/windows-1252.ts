/**
 * Windows-1252 decoding done by hand: Node's TextDecoder('windows-1252') decodes bytes 0x80–0x9F
 * as Latin-1 control characters in some releases (nodejs/node#56542, #60888, a regression since
 * 20.18.3), which would turn curly quotes and dashes into invisible controls.
 */
// Code points for bytes 0x80–0x9F (WHATWG index-windows-1252); 0 marks the five unassigned bytes.
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Labels the WHATWG Encoding Standard maps to Windows-1252. */
export const WINDOWS_1252_LABELS: ReadonlySet<string> = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'l1', 'ascii', 'us-ascii', 'cp819', 'ibm819']);

/** Decode bytes as Windows-1252 (unassigned bytes map to their C1 code point, as browsers do). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j]!;
      codes.push(b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] || b : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
