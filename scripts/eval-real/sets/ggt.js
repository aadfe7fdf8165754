// GenderGapTracker evaluation set (98 Canadian news articles): quotes found and speaker right.
// The workbook is converted once into the cache (prepare-ggt.js) the first time this set runs.
import { existsSync, readFileSync } from 'node:fs';
import { inCache } from '../lib/cache.js';
import { addCounts, articleOf, predictedQuotes, withWords } from '../lib/extraction.js';
import { goldFromQuotations, parseQuotationCell } from '../formats/ggt.js';
import { scoreQuotes } from '../score/quotes.js';
import { CONVERTED, RAWZIP, XLSX, prepareGgt } from '../prepare-ggt.js';

const KINDS = ['name', 'pronoun', 'description', 'unmarked'];

export default {
  id: 'ggt',
  title: 'GenderGapTracker evaluation set: quotes and speakers',
  requires: [XLSX, RAWZIP],
  howTo: 'clone GenderGapTracker (github.com/sfu-discourse-lab/GenderGapTracker) into ggt/ (NLP/evaluation/src/eval/*.xlsx and NLP/evaluation/src/rawtext.zip)',
  async run({ lib, limit }) {
    const notes = [];
    if (!existsSync(inCache(CONVERTED, 'annotations.json'))) notes.push(`converted the workbook: ${prepareGgt()} rows → ${inCache(CONVERTED)}`);
    let rows = JSON.parse(readFileSync(inCache(CONVERTED, 'annotations.json'), 'utf8'));
    if (limit) rows = rows.slice(0, limit);
    const totals = {};
    const errors = [];
    let articles = 0;
    let unlocated = 0;
    let unreadable = 0;
    for (const row of rows) {
      const id = String(row._id ?? '').replace(/^ObjectId\(?|\)$/g, '');
      const file = inCache(CONVERTED, 'rawtext', `${id}.txt`);
      if (!existsSync(file)) {
        notes.push(`${id}: no raw text in rawtext.zip, skipped`);
        continue;
      }
      let quotations;
      try {
        quotations = parseQuotationCell(row.quotations);
      } catch {
        unreadable++;
        continue;
      }
      const text = readFileSync(file, 'utf8');
      const { gold, regions, unlocated: lost } = goldFromQuotations(text, quotations);
      unlocated += lost.length;
      const x = lib.extractArticle(articleOf(id, text, null));
      const { counts, errors: errs } = scoreQuotes(gold, predictedQuotes(x), regions);
      addCounts(totals, counts);
      articles++;
      for (const e of errs) errors.push(withWords(e, id, text));
    }
    if (unreadable) notes.push(`${unreadable} articles whose quotation cell is not JSON, skipped`);
    if (unlocated) notes.push(`${unlocated} annotated quotations not found in the raw text by their string, left out`);
    notes.push('direct = the annotated string holds double quotation marks or stands between them; indirect (reported speech) is listed for reference: crosscheck extracts quoted words only');
    notes.push('speaker right = the predicted speaker matches the annotated reference (who is speaking) or the speaker as written (not a pronoun); unmarked = no speaker written near the quote');
    const row = (task, metric, key, note = '') => ({ task, metric, ...(totals[key] ?? { tp: 0, fp: 0, fn: 0 }), note });
    const kinds = (prefix) => KINDS.map((k) => row('quotes', `  ${k} source`, `${prefix} speaker: ${k} source`));
    return {
      rows: [
        row('quotes', 'direct quotes found', 'direct quotes found', `${articles} articles`),
        row('quotes', 'direct speaker right', 'direct speaker right'),
        ...kinds('direct'),
        row('reported', 'indirect quotes found', 'indirect quotes found'),
      ],
      errors,
      notes,
    };
  },
};
