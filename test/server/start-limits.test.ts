/** The start page's bounds, table-driven: what a paste or an upload may be, and the sentence a refusal says. */
import { describe, expect, it } from 'vitest';
import { checkCount, checkFileBytes, checkFileName, DEFAULT_START_LIMITS, isStartRefusal, parsePastedLinks, sizeText, type StartLimits } from '../../src/server/start/limits.js';
import { safeBaseName } from '../../src/server/start/read-file.js';

const limits: StartLimits = { ...DEFAULT_START_LIMITS, maxInputs: 3, maxLinksPerPaste: 2, maxLinkChars: 60, maxFileBytes: 1000, maxTotalBytes: 2500, maxNameChars: 30 };

describe('parsePastedLinks', () => {
  it.each([
    ['one link', 'https://news.example/a', ['https://news.example/a']],
    ['blank lines, comments, CRLF and spaces around', '\r\n  http://a.example/x  \r\n# a note\r\n\r\nhttps://b.example/y\r\n', ['http://a.example/x', 'https://b.example/y']],
  ])('%s', (_name, text, want) => {
    expect(parsePastedLinks(text, limits)).toEqual(want);
  });
  it.each([
    ['nothing', '  \n# only a comment\n', 400, /no link given/],
    ['not a link', 'https://a.example/x\nthe mayor said', 400, /^line 2: expected one http\(s\) link per line, got "the mayor said"$/],
    ['a file: link', 'file:///etc/passwd', 400, /^line 1: expected one http\(s\) link/],
    ['a javascript: link', 'javascript:alert(1)', 400, /^line 1: expected one http\(s\) link/],
    ['two links on one line', 'https://a.example/x https://b.example/y', 400, /^line 1: expected one/],
    ['a link past the length bound', `https://a.example/${'x'.repeat(60)}`, 400, /^line 1: link longer than 60 characters$/],
    ['more links than one paste takes', 'https://a.example/1\nhttps://a.example/2\nhttps://a.example/3', 413, /^3 links in one paste; at most 2$/],
  ])('refuses %s', (_name, text, status, error) => {
    const r = parsePastedLinks(text, limits);
    expect(isStartRefusal(r)).toBe(true);
    expect(r).toMatchObject({ status });
    expect((r as { error: string }).error).toMatch(error);
  });
});

describe('checkFileName', () => {
  it.each(['notes.txt', 'Bericht über die Wahl.md', 'page.HTML', 'feed-dump.jsonl', 'one.json', 'saved.htm'])('takes %s', (name) => {
    expect(checkFileName(name, limits)).toBeNull();
  });
  it.each([
    ['', 400, /file name missing/],
    ['   ', 400, /file name missing/],
    [`${'n'.repeat(31)}.txt`, 400, /longer than 30 characters/],
    ['bad\u0000name.txt', 400, /control character/],
    ['photo.png', 415, /^"photo\.png": unsupported file type "\.png"; expected \.txt \.md \.html \.htm \.json \.jsonl$/],
    ['archive.warc.gz', 415, /unsupported file type "\.gz"/],
    ['README', 415, /\(no extension\)/],
  ])('refuses %j', (name, status, error) => {
    const r = checkFileName(name, limits);
    expect(r?.status).toBe(status);
    expect(r?.error).toMatch(error);
  });
});

describe('counts and bytes', () => {
  it('inputs: up to the bound, then a refusal that says how many are held', () => {
    expect(checkCount(0, 3, limits)).toBeNull();
    expect(checkCount(2, 1, limits)).toBeNull();
    expect(checkCount(2, 2, limits)).toEqual({ status: 413, error: 'the page holds at most 3 inputs (links and files); it has 2, so 2 more do not fit — remove some first' });
  });
  it('bytes: one file, then all files together', () => {
    expect(checkFileBytes(1000, 0, limits)).toBeNull();
    expect(checkFileBytes(1001, 0, limits)).toEqual({ status: 413, error: 'file larger than the 1000 bytes limit per file' });
    expect(checkFileBytes(1000, 1500, limits)).toBeNull();
    expect(checkFileBytes(1000, 1501, limits)?.error).toMatch(/^files on the page would pass 2\.4 KiB in all/);
  });
  it.each([
    [900, '900 bytes'],
    [2048, '2 KiB'],
    [8 * 1024 * 1024, '8 MiB'],
  ])('sizeText(%d) = %s', (n, text) => expect(sizeText(n)).toBe(text));
});

describe('safeBaseName: nothing from an uploaded name becomes a path', () => {
  it.each([
    ['notes.txt', 'notes.txt'],
    ['../../etc/cron.d/job.txt', 'job.txt'],
    ['C:\\Users\\me\\Desktop\\story.HTML', 'story.html'],
    ['.hidden.md', 'hidden.md'],
    ['..json', 'upload.json'],
    ['Wahl in Köln: Ergebnis?.md', 'Wahl in Köln_ Ergebnis_.md'],
    ['a\u0007b.txt', 'a_b.txt'],
  ])('%j → %j', (name, want) => expect(safeBaseName(name)).toBe(want));
});
