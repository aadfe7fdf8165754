// PolNeAR (political news attribution, brat .ann): direct quotes found and speaker right, on
// train+dev and on dev alone; the last 20 dev files (by name) are held out for --holdout.
import { readFileSync, readdirSync } from 'node:fs';
import { inCache } from '../lib/cache.js';
import { parseAnn } from '../formats/brat.js';
import { goldQuotations } from '../formats/polnear.js';
import { scoreQuotes } from '../score/quotes.js';
import { addCounts, articleOf, predictedQuotes, withWords } from '../lib/extraction.js';

const ROOT = 'polnear/data';
export const HOLDOUT = 20;

/** Text files of a split, sorted; for dev, the held-out slice is the last HOLDOUT names. */
function files(split, holdout) {
  const all = readdirSync(inCache(ROOT, split, 'text')).filter((f) => f.endsWith('.txt')).sort();
  if (split !== 'dev') return holdout ? [] : all;
  return holdout ? all.slice(-HOLDOUT) : all.slice(0, -HOLDOUT);
}

function publishedDates() {
  const out = new Map();
  const lines = readFileSync(inCache(ROOT, 'metadata.tsv'), 'utf8').split('\n');
  const head = (lines[0] ?? '').split('\t');
  const [fi, di] = [head.indexOf('filename'), head.indexOf('publication_date')];
  for (const l of lines.slice(1)) {
    const c = l.split('\t');
    if (/^\d{4}-\d{2}-\d{2}$/.test(c[di] ?? '')) out.set(c[fi], c[di]);
  }
  return out;
}

export default {
  id: 'polnear',
  title: 'PolNeAR attributions (train+dev; dev alone): direct quotes and speakers',
  hasHoldout: true,
  requires: [`${ROOT}/train/text`, `${ROOT}/train/attributions`, `${ROOT}/dev/text`, `${ROOT}/dev/attributions`, `${ROOT}/metadata.tsv`],
  howTo: 'clone PolNeAR (github.com/networkdynamics/polnear) into polnear/ (data/train, data/dev, data/metadata.tsv; never data/test)',
  async run({ lib, limit, holdout }) {
    const dates = publishedDates();
    const totals = { all: {}, dev: {} };
    const errors = [];
    const notes = [];
    let articles = 0;
    let doubly = 0;
    let misaligned = 0;
    for (const split of ['train', 'dev']) {
      const anns = readdirSync(inCache(ROOT, split, 'attributions')).sort();
      let names = files(split, holdout);
      if (limit) names = names.slice(0, limit);
      for (const name of names) {
        const base = name.replace(/\.txt$/, '');
        const mine = anns.filter((a) => a.startsWith(`${base}_`) && a.endsWith('.ann'));
        if (mine.length === 0) continue;
        if (mine.length > 1) doubly++;
        const text = readFileSync(inCache(ROOT, split, 'text', name), 'utf8');
        const ann = parseAnn(readFileSync(inCache(ROOT, split, 'attributions', mine[0]), 'utf8'));
        for (const s of ann.spans.values()) if (s.frags.length === 1 && text.slice(s.frags[0].start, s.frags[0].end) !== s.text) misaligned++;
        const { gold, regions } = goldQuotations(text, ann);
        const x = lib.extractArticle(articleOf(base, text, dates.get(base) ?? null));
        const { counts, errors: errs } = scoreQuotes(gold, predictedQuotes(x), regions);
        addCounts(totals.all, counts);
        if (split === 'dev') addCounts(totals.dev, counts);
        articles++;
        // the quoted words go with the error (the file stays in the cache) so it can be read line by line
        for (const e of errs) errors.push(withWords(e, `${split}/${base}`, text));
      }
    }
    if (doubly) notes.push(`${doubly} articles annotated twice: the first .ann by name is used`);
    if (misaligned) notes.push(`${misaligned} annotated spans whose text differs from the article at their offsets`);
    notes.push(holdout ? `held-out slice only: the last ${HOLDOUT} dev files by name` : `the last ${HOLDOUT} dev files by name are held out (run them with --holdout)`);
    notes.push('direct quote = attribution whose Content holds double quotation marks; found = a predicted quote overlaps the words between the marks');
    notes.push('speaker right = the predicted speaker names the Source (its name, or surname); for a description source a speaker span overlapping it counts too; pronoun and definite singular description sources: the nearest preceding Source that is a name');
    const rows = [];
    for (const [scope, label] of holdout ? [['all', 'dev held-out']] : [['all', 'train+dev'], ['dev', 'dev']]) {
      const t = totals[scope];
      const row = (metric, key) => ({ task: 'quotes', metric: `${label}: ${metric}`, ...(t[key] ?? { tp: 0, fp: 0, fn: 0 }), note: '' });
      rows.push(row('quotes found', 'direct quotes found'), row('speaker right', 'direct speaker right'));
      // R above counts the quotes that were found; the share of ALL gold direct quotes (missed ones too) is the stricter figure
      const gold = (t['direct quotes found']?.tp ?? 0) + (t['direct quotes found']?.fn ?? 0);
      const right = t['direct speaker right']?.tp ?? 0;
      if (gold) rows.at(-1).note = `right for ${right} of all ${gold} gold direct quotes (${((100 * right) / gold).toFixed(1)} %)`;
      for (const k of ['name', 'pronoun', 'description']) rows.push(row(`  ${k} source`, `direct speaker: ${k} source`));
      const unjudged = t['direct speaker: pronoun source, no referent']?.tp ?? 0;
      if (unjudged) rows.at(-2).note = `+${unjudged} with no named referent, not judged`;
    }
    rows[0].note = `${articles} articles`;
    return { rows, errors, notes };
  },
};
