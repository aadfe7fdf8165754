// CoNLL-2003 development split (eng.testa): PER/ORG/LOC exact-span micro P/R/F1 of crosscheck's
// entity mentions, per type, and prose documents apart from table-like ones.
import { readFileSync } from 'node:fs';
import { inCache } from '../lib/cache.js';
import { documentText, isTableLike, parseConll, toDocuments } from '../formats/conll.js';
import { scoreSpans } from '../score/spans.js';
import { addCounts, articleOf } from '../lib/extraction.js';

const FILE = 'conll2003/conll2003/eng.testa';
const TYPES = ['PER', 'ORG', 'LOC'];
/** crosscheck's entity types → CoNLL's; 'group' and 'other' have no CoNLL type here and are not scored. */
const TYPE_OF = { person: 'PER', organization: 'ORG', place: 'LOC', group: 'GROUP', other: 'OTHER' };

export default {
  id: 'conll',
  title: 'CoNLL-2003 English development split (eng.testa): named entities',
  requires: [FILE],
  howTo: 'put the CoNLL-2003 files under conll2003/conll2003/ (eng.testa only is read; see docs/accuracy.md)',
  async run({ lib, limit }) {
    const docs = toDocuments(parseConll(readFileSync(inCache(FILE), 'utf8')));
    const used = limit ? docs.slice(0, limit) : docs;
    const totals = { all: {}, prose: {}, table: {} };
    const errors = [];
    let tables = 0;
    used.forEach((doc, i) => {
      const id = `testa-${String(i + 1).padStart(3, '0')}`;
      const { text, gold, published } = documentText(doc);
      const x = lib.extractArticle(articleOf(id, text, published ? `${published}` : null));
      const predicted = x.entities.mentions.map((m) => ({ start: m.span.start, end: m.span.end, type: TYPE_OF[m.type] }));
      const { counts, errors: errs } = scoreSpans(gold, predicted, TYPES);
      const table = isTableLike(doc);
      if (table) tables++;
      addCounts(totals.all, counts);
      addCounts(totals[table ? 'table' : 'prose'], counts);
      const show = (x) => (x ? `${x.type} ${text.slice(x.start, x.end)}` : '');
      for (const e of errs) errors.push({ article: `${id}${table ? ' (table)' : ''}`, ...e, expected: show(e.expected), got: show(e.got) });
    });
    const row = (group, type, metric, note = '') => ({ task: 'entities', metric, ...(totals[group][type] ?? { tp: 0, fp: 0, fn: 0 }), note });
    return {
      rows: [
        row('all', 'all', 'PER/ORG/LOC exact span', `${used.length} docs`),
        ...TYPES.map((t) => row('all', t, `  ${t}`)),
        row('prose', 'all', 'prose docs', `${used.length - tables} docs`),
        row('table', 'all', 'table-like docs', `${tables} docs`),
      ],
      errors,
      notes: [
        'documents: eng.testa has no -DOCSTART- lines; a document starts at the headline before each "CITY YYYY-MM-DD" dateline',
        'text rebuilt one sentence a line, tokens joined by spaces (none before closing punctuation or clitics); MISC is not scored; mentions crosscheck types group/other are not scored (a gold span found but typed so is a miss)',
        'table-like: fewer than half the body lines have four lower-case words',
      ],
    };
  },
};
