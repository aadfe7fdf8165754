#!/usr/bin/env node
// Convert the GenderGapTracker evaluation set once into the cache (run by sets/ggt.js when the
// converted copy is missing; can be run by hand): the annotation workbook (.xlsx, a zip of XML)
// becomes ggt/converted/annotations.json (one object per row, keyed by the header row), and
// rawtext.zip is unpacked into ggt/converted/rawtext/. Needs `unzip` on the PATH.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { inCache } from './lib/cache.js';

export const GGT_SRC = 'ggt/NLP/evaluation/src';
export const XLSX = `${GGT_SRC}/eval/AnnotationTable_byArticle_withReplacementArticles.xlsx`;
export const RAWZIP = `${GGT_SRC}/rawtext.zip`;
export const CONVERTED = 'ggt/converted';

const asList = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Text of a shared-string item: plain <t>, or rich-text runs <r><t>. */
function siText(si) {
  const t = (x) => (typeof x === 'object' && x !== null ? String(x['#text'] ?? '') : String(x ?? ''));
  if (si.t !== undefined) return t(si.t);
  return asList(si.r).map((r) => t(r.t)).join('');
}

/** "AB12" → 27 (zero-based column index). */
function columnIndex(ref) {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** Rows of the first worksheet as objects keyed by the header row. Pure: XML strings in. */
export function sheetRows(sharedStringsXml, sheetXml) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false, htmlEntities: true });
  const strings = asList(parser.parse(sharedStringsXml).sst?.si).map(siText);
  const rows = asList(parser.parse(sheetXml).worksheet?.sheetData?.row).map((row) => {
    const cells = [];
    for (const c of asList(row.c)) {
      const v = c.v === undefined ? (c.is ? siText(c.is) : '') : String(typeof c.v === 'object' ? c.v['#text'] ?? '' : c.v);
      cells[columnIndex(c['@r'] ?? 'A')] = c['@t'] === 's' ? strings[Number(v)] ?? '' : v;
    }
    return cells;
  });
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']).filter(([h]) => h)));
}

/** Unpack the workbook and the raw texts into <cache>/ggt/converted (replacing an older copy). */
export function prepareGgt() {
  const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-ggt-'));
  try {
    execFileSync('unzip', ['-q', '-o', inCache(XLSX), 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', '-d', join(tmp, 'xlsx')]);
    execFileSync('unzip', ['-q', '-o', inCache(RAWZIP), '-d', join(tmp, 'raw')]);
    const rows = sheetRows(readFileSync(join(tmp, 'xlsx/xl/sharedStrings.xml'), 'utf8'), readFileSync(join(tmp, 'xlsx/xl/worksheets/sheet1.xml'), 'utf8'));
    const out = inCache(CONVERTED);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    renameSync(join(tmp, 'raw/rawtext'), join(out, 'rawtext'));
    writeFileSync(join(out, 'annotations.json'), `${JSON.stringify(rows, null, 1)}\n`);
    return rows.length;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`ggt: ${prepareGgt()} annotated articles → ${inCache(CONVERTED)}`);
}
