/**
 * Bytes → string. UTF-8 first (BOM stripped); UTF-16 when a BOM says so; a declared HTML charset
 * is honoured; invalid UTF-8 that looks like Windows-1252 is decoded as such (with a warning);
 * binary content is refused. Never throws: the caller turns a failure into a diagnostic.
 */
import { WINDOWS_1252_LABELS, decodeWindows1252 } from './windows-1252.js';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly note?: string }
  | { readonly ok: false; readonly rule: 'binary-file' | 'undecodable'; readonly message: string };

const SAMPLE = 8192;

/** Does this look like binary data rather than text? NUL bytes or many control bytes in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls / n > 0.05;
}

/** Find a charset declared in the first bytes of an HTML document (`<meta charset>` or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

// Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252; text containing them is not 1252.
const UNASSIGNED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return null;
  }
}

/** Decode file bytes; `declared` is a charset named by the document itself (HTML meta), if any. */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, rule: 'binary-file', message: 'binary content (NUL or control bytes), not text' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // Valid UTF-8 with non-ASCII bytes is almost never a legacy encoding, so UTF-8 wins even over a
  // (frequently wrong) declared charset; the declaration decides only when UTF-8 fails.
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // fall through: not valid UTF-8
  }
  if (declared && WINDOWS_1252_LABELS.has(declared)) return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252', note: `not valid UTF-8; decoded as declared charset ${declared}` };
  if (declared && !/^utf-?8$/.test(declared) && decoderFor(declared)) {
    const r = tryDecode(body, declared);
    if (r.ok) return { ...r, note: `not valid UTF-8; decoded as declared charset ${declared}` };
  }
  let high = 0;
  let paired = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (UNASSIGNED_1252.has(b)) return { ok: false, rule: 'undecodable', message: 'neither valid UTF-8 nor Windows-1252 text' };
    if (b >= 0x80) {
      high++;
      if ((body[i + 1] ?? 0) >= 0x80) paired++;
    }
  }
  // In Western text a non-ASCII byte mostly stands alone between ASCII letters (café, “quote”);
  // runs of high bytes are the mark of multi-byte legacy encodings (GBK, Shift_JIS, EUC-KR).
  if (high >= 4 && paired / high > 0.5) return { ok: false, rule: 'undecodable', message: 'not valid UTF-8 and not Windows-1252 (looks like a multi-byte legacy encoding)' };
  return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252', note: 'not valid UTF-8; decoded as Windows-1252' };
}

function tryDecode(bytes: Uint8Array, label: string): DecodeResult {
  const dec = decoderFor(label);
  if (!dec) return { ok: false, rule: 'undecodable', message: `unknown encoding ${label}` };
  try {
    return { ok: true, text: dec.decode(bytes).replace(/^\uFEFF/, ''), encoding: label };
  } catch {
    return { ok: false, rule: 'undecodable', message: `invalid ${label} byte sequence` };
  }
}
