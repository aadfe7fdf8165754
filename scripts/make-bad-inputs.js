#!/usr/bin/env node
/**
 * Write the hardening corpus: one file per bad-input case, three good articles (two topics) and
 * manifest.json. Generated, never checked in, so no binaries live in the repo.
 *
 *   node scripts/make-bad-inputs.js <dir>
 *
 * <dir>/inputs/ holds the files; <dir>/manifest.json the cases[]: { id, class, file, expected, analyze?, ids? } where `expected` is the diagnostic
 * rule `crosscheck ingest` must report for `file` (or 'processed': an article comes out of it),
 * `analyze` the same for `crosscheck analyze` when it differs (analyze reads fewer formats), and
 * `ids` the article ids that must be stored (data lost = 0). Used by test/hardening/bad-inputs.test.ts.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/make-bad-inputs.js <dir>\n');
  process.exit(2);
}
// Inputs go in <dir>/inputs so the manifest is not read as an input.
const inputs = join(dir, 'inputs');
rmSync(dir, { recursive: true, force: true });
mkdirSync(inputs, { recursive: true });

const MB = 1024 * 1024;
const cases = [];
/** Write one case; `body` is a string (UTF-8) or bytes. */
function add(id, cls, file, expected, body, extra = {}) {
  writeFileSync(join(inputs, file), body);
  cases.push({ id, class: cls, file, expected, ...extra });
}

// Good articles, written for this corpus: two topics (a flood, a cup final).
const good = [
  ['good-flood-a', 'River Alder bursts its banks', 'The River Alder burst its banks on Tuesday night, flooding 340 homes in the valley town of Norwick.\nCouncil leader Maria Ostrov said crews had worked "through the night" to move families to the sports hall.\nForecasters expect more rain on Thursday.'],
  ['good-flood-b', 'Norwick counts the cost of floods', 'Residents of Norwick returned on Wednesday to homes damaged when the River Alder overflowed.\nThe council said 352 properties were affected, a higher figure than first reported.\nInsurers have opened a helpline for claims.'],
  ['good-final', 'Harbour City win the cup final', 'Harbour City beat Eastfield Rovers 2-1 in the cup final on Saturday, with a late header from captain Tom Reyes.\nManager Anna Lind called it "the proudest day of my career".\nAbout 61,000 fans watched at the national stadium.'],
];
for (const [id, title, text] of good.slice(0, 2)) add(id, 'good article', `${id}.txt`, 'processed', `${title}\n\n${text}\n`, { ids: [id] });
// The third good article sits inside a folder that links to itself (symlink loop).
mkdirSync(join(inputs, 'loop'));
symlinkSync('.', join(inputs, 'loop', 'self'));
add('good-final', 'good article in a symlink-loop folder', 'loop/good-final.txt', 'processed', `${good[2][1]}\n\n${good[2][2]}\n`, { ids: ['good-final'] });

const body = (topic) => `A short report about ${topic}.\nOfficials said 12 people were helped on Monday.\nMore news is expected later this week.`;

// Bytes and encodings
add('binary', 'binary file', 'binary.txt', 'binary-file', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
add('zero-byte', 'zero-byte file', 'zero-byte.txt', 'empty-file', '');
add('nul-bytes', 'NUL bytes', 'nul-bytes.txt', 'binary-file', `Title\n\nSome text\u0000with\u0000NULs inside.\n`);
add('long-line', '50 MB single line', 'long-line.txt', 'too-large', Buffer.alloc(50 * MB, 'word '));
add('long-word', '1 MB single word', 'long-word.txt', 'processed', `One very long word\n\nThe report follows. ${'x'.repeat(MB)} Then the text ends.\n`, { ids: ['long-word'] });
add('invalid-utf8', 'invalid UTF-8', 'invalid-utf8.txt', 'undecodable', Buffer.concat([Buffer.from('Start \u00e9\u00e8 '), Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' end.\n')]));
add('mixed-encoding', 'mixed encodings (UTF-8 then Windows-1252)', 'mixed-encoding.txt', 'encoding-fallback', Buffer.concat([Buffer.from('Mixed encodings\n\nThe caf\u00e9 opened. '), Buffer.from('The r\xe9sum\xe9 was sent on Friday.\n', 'latin1')]), { ids: ['mixed-encoding'] });
add('overlong-utf8', 'overlong UTF-8 and lone surrogates', 'overlong-utf8.txt', 'undecodable', Buffer.concat([Buffer.from('Overlong\n\nSlash '), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf, 0xe0, 0x80, 0xaf]), Buffer.from(' here.\n')]));
const utf16 = `UTF-16 report\n\n${body('a bridge reopening')}\n`;
add('utf16le-bom', 'UTF-16LE with BOM', 'utf16le-bom.txt', 'processed', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]), { ids: ['utf16le-bom'] });
const be = Buffer.from(utf16.replace('bridge', 'tunnel'), 'utf16le').swap16();
add('utf16be-bom', 'UTF-16BE with BOM', 'utf16be-bom.txt', 'processed', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), { ids: ['utf16be-bom'] });
add('cr-only', 'CR-only line ends', 'cr-only.txt', 'processed', `CR report\r\r${body('a school roof repair').replace(/\n/g, '\r')}\r`, { ids: ['cr-only'] });

// HTML
add('deep-html', 'HTML with 10,000-deep nesting', 'deep-html.html', 'processed', `<html><head><title>Deep</title></head><body>${'<div>'.repeat(10_000)}<p>${body('a deep page')}</p>${'</div>'.repeat(10_000)}</body></html>`, { ids: ['deep-html'] });
add('scripts-only', 'HTML with only scripts', 'scripts-only.html', 'empty-text', `<html><head><script>var a = 1;</script></head><body><script>document.write("x")</script><script src="a.js"></script></body></html>`);
add('png-as-html', 'HTML that is really a PNG', 'png-as-html.html', 'binary-file', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(200, 0)]));

// JSON and JSONL
add('json-wrong-types', 'JSON with wrong types', 'json-wrong-types.json', 'processed', JSON.stringify({ id: 5, title: { a: 1 }, text: ['not', 'a', 'string'], published: true }), { ids: ['5'] }); // coerced: numeric id kept as text, text array joined
add('deep-json', 'deeply nested JSON', 'deep-json.json', 'bad-record', '['.repeat(200_000) + ']'.repeat(200_000));
add('json-10k-empty', 'JSON array of 10k empty objects', 'json-10k-empty.json', 'bad-record', JSON.stringify(Array.from({ length: 10_000 }, () => ({}))));
const rec = (id, topic) => JSON.stringify({ id, title: `Record about ${topic}`, text: body(topic) });
add('jsonl-truncated', 'JSONL with a truncated last line', 'jsonl-truncated.jsonl', 'bad-jsonl-line', `${rec('jsonl-ok-1', 'a harbour fire')}\n${rec('jsonl-ok-2', 'a tram strike')}\n${rec('jsonl-cut', 'x').slice(0, 30)}`, { ids: ['jsonl-ok-1', 'jsonl-ok-2'] });
add('jsonl-gz-bomb', '.jsonl.gz bomb', 'jsonl-gz-bomb.jsonl.gz', 'too-large', gzipSync(Buffer.alloc(40 * MB, '\n')), { analyze: 'unknown-format' });
add('gz-bomb', 'gzip bomb', 'gz-bomb.txt.gz', 'too-large', gzipSync(Buffer.alloc(40 * MB, 'a')), { analyze: 'unknown-format' });

// Feeds
const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('\n');
const feed = (doctype, id, topic, desc) => `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${doctype}\n]>\n<rss version="2.0"><channel><title>Feed</title><item><title>${topic}</title><guid>${id}</guid><link>https://news.example/${id}</link><description>${desc}</description></item></channel></rss>\n`;
add('billion-laughs', 'RSS with entity expansion (billion laughs)', 'billion-laughs.rss', 'xml-entities-ignored', feed(laughs, 'laughs-item', 'Ferry timetable changes', `${body('a ferry timetable')} &lol9;`), { analyze: 'unknown-format', ids: ['billion-laughs-1'] });
add('external-entity', 'RSS with external entities', 'external-entity.rss', 'bad-xml', feed('<!ENTITY xxe SYSTEM "file:///etc/passwd">', 'xxe-item', 'Library extension approved', `${body('a library extension')} &xxe;`), { analyze: 'unknown-format' });

// WARC
const warcRecord = (uri, html) => {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2026-03-02T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:${uri.length.toString().padStart(8, '0')}-0000-0000-0000-000000000000>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
};
const page = (topic) => `<html><head><title>${topic}</title></head><body><article><h1>${topic}</h1><p>${body(topic).replace(/\n/g, '</p><p>')}</p></article></body></html>`;
const warc = Buffer.concat([warcRecord('https://news.example/warc-ok', page('a new cycle lane')), warcRecord('https://news.example/warc-cut-record', page('a museum opening'))]);
add('warc-cut', 'WARC cut off mid-record', 'warc-cut.warc', 'truncated', warc.subarray(0, warc.length - 120), { analyze: 'unknown-format', ids: ['warc-cut-1'] });
const warcGz = gzipSync(warc);
add('warc-gz-cut', 'WARC.gz truncated', 'warc-gz-cut.warc.gz', 'truncated', warcGz.subarray(0, Math.floor(warcGz.length * 0.6)), { analyze: 'unknown-format' });

writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ cases }, null, 2)}\n`);
process.stdout.write(`wrote ${cases.length} cases in ${new Set(cases.map((c) => c.class)).size} classes to ${dir}\n`);
