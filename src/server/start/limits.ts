/**
 * What the start page accepts: how many inputs, how large, which file types. Every check returns
 * a refusal with a sentence a person can act on, or null; the API answers 4xx with it before any
 * work is done.
 */
import { extname } from 'node:path';

/** Bounds on what a start-page client may send. */
export interface StartLimits {
  /** inputs (links and files) held at once. @default 50 */
  readonly maxInputs: number;
  /** links in one paste. @default 50 */
  readonly maxLinksPerPaste: number;
  /** one pasted link, in characters. @default 2000 */
  readonly maxLinkChars: number;
  /** one uploaded file, in bytes. @default 8 MiB */
  readonly maxFileBytes: number;
  /** all uploaded files held at once, in bytes. @default 64 MiB */
  readonly maxTotalBytes: number;
  /** one file name, in characters. @default 200 */
  readonly maxNameChars: number;
  /** one fetched page, in bytes (as `analyze --max-bytes`). @default 16 MiB */
  readonly maxPageBytes: number;
}

export const DEFAULT_START_LIMITS: StartLimits = {
  maxInputs: 50,
  maxLinksPerPaste: 50,
  maxLinkChars: 2000,
  maxFileBytes: 8 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxNameChars: 200,
  maxPageBytes: 16 * 1024 * 1024,
};

/** File types the start page reads (as `analyze` does for files). */
export const START_FILE_TYPES = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'] as const;

/** Why a request was refused. */
export interface StartRefusal {
  readonly status: 400 | 413 | 415;
  readonly error: string;
}

/** True when `x` is a refusal rather than a value. */
export function isStartRefusal(x: unknown): x is StartRefusal {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as { status?: unknown }).status === 'number' && typeof (x as { error?: unknown }).error === 'string';
}

/** "8 MiB", "512 KiB", "900 bytes". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** The body size allowed for a paste of links: every link at its longest, plus line breaks. */
export function linksBodyBytes(limits: StartLimits): number {
  return limits.maxLinksPerPaste * (limits.maxLinkChars + 2) * 4;
}

/** The links of a paste: one per line; blank lines and `#` lines skipped. Refuses anything that is not an http(s) link. */
export function parsePastedLinks(text: string, limits: StartLimits): string[] | StartRefusal {
  const links: string[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const short = line.length > 80 ? `${line.slice(0, 77)}…` : line;
    if (line.length > limits.maxLinkChars) return { status: 400, error: `line ${i + 1}: link longer than ${limits.maxLinkChars} characters` };
    if (!/^https?:\/\/[^\s/]/i.test(line) || /\s/.test(line)) return { status: 400, error: `line ${i + 1}: expected one http(s) link per line, got "${short}"` };
    links.push(line);
  }
  if (!links.length) return { status: 400, error: 'no link given; paste one http(s) link per line' };
  if (links.length > limits.maxLinksPerPaste) return { status: 413, error: `${links.length} links in one paste; at most ${limits.maxLinksPerPaste}` };
  return links;
}

/** Refuse a file name that is empty, too long, has a control character, or a type we do not read. */
export function checkFileName(name: string, limits: StartLimits): StartRefusal | null {
  if (!name.trim()) return { status: 400, error: 'file name missing (send ?name=<file name>)' };
  if (name.length > limits.maxNameChars) return { status: 400, error: `file name longer than ${limits.maxNameChars} characters` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/u.test(name)) return { status: 400, error: 'file name contains a control character' };
  const ext = extname(name).toLowerCase();
  if (!(START_FILE_TYPES as readonly string[]).includes(ext)) {
    return { status: 415, error: `"${name}": unsupported file type "${ext || '(no extension)'}"; expected ${START_FILE_TYPES.join(' ')}` };
  }
  return null;
}

/** Refuse adding `adding` inputs when `held` are already there. */
export function checkCount(held: number, adding: number, limits: StartLimits): StartRefusal | null {
  if (held + adding <= limits.maxInputs) return null;
  return { status: 413, error: `the page holds at most ${limits.maxInputs} inputs (links and files); it has ${held}, so ${adding} more do not fit — remove some first` };
}

/** The refusal of a file over the per-file bound. */
export function fileTooLarge(limits: StartLimits): StartRefusal {
  return { status: 413, error: `file larger than the ${sizeText(limits.maxFileBytes)} limit per file` };
}

/** Refuse a file of `bytes` when `heldBytes` of files are already there. */
export function checkFileBytes(bytes: number, heldBytes: number, limits: StartLimits): StartRefusal | null {
  if (bytes > limits.maxFileBytes) return fileTooLarge(limits);
  if (heldBytes + bytes > limits.maxTotalBytes) return { status: 413, error: `files on the page would pass ${sizeText(limits.maxTotalBytes)} in all; remove some first` };
  return null;
}
