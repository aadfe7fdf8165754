// TimeBank + AQUAINT (TempEval-3 "TBAQ-cleaned"): crosscheck's dates against TIMEX3 annotations.
// The loader turns a .tml file into the article text (tags stripped, offsets kept) and its gold
// TIMEX3; the scorer (pure, unit-tested in test/eval/tbaq-score.test.ts) compares gold with our
// DateMention records; the official TempEval-3 entity scorer is run on our output written as TimeML.
//
// What "value right" means (docs/accuracy.md quotes this):
//   gold values are ISO-like TimeML values; a calendar value names a unit — century "19", decade
//   "199", year "1998", half "1998-H1", quarter "1998-Q3", season "1998-SU", month "1998-08",
//   week "1998-W32", day "1998-08-07" (a time of day "T…" is compared at the day). Our value (a
//   DateMention's `period` when it has one, such as "1998-Q3", else its `date`) is right when it is
//   at least as fine as that unit and, truncated to it, names the same unit: our 1998-08 is right for
//   1998, 1998-Q3 and 1998-SU, wrong for 1998-08-07 (too coarse) and for 1998-W32 (a month does not
//   name a week); our 1998-Q3 is right for 1998-Q3 and 1998, wrong for 1998-08; our week 1998-W32
//   (or weekend 1998-W32-WE) is right for 1998-W32, 1998-W32-WE and 1998, wrong for 1998-08; our
//   decade 199 is right for 199 and 19, wrong for 1994. Values with unknown
//   digits (X) and the REF values are not calendar values and are not scored.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const DATA = 'tempeval3/data/TBAQ-cleaned';
const SCORER = 'tempeval3/tools/evaluation-entities/evaluate_entities.py';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Parse one .tml file: `text` is the content of <TEXT> with tags removed and entities decoded;
 * `rawAt[i]` is the offset in `raw` of text character i (rawAt[text.length] = end of TEXT).
 */
export function parseTml(raw, id) {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]*)"/.exec(raw)?.[1] ?? null;
  const open = raw.indexOf('<TEXT>');
  const close = raw.indexOf('</TEXT>');
  if (open < 0 || close < 0) throw new Error(`${id}: no <TEXT> element`);
  let text = '';
  const rawAt = [];
  const timexes = [];
  let openTimex = null;
  for (let i = open + '<TEXT>'.length; i < close; ) {
    const c = raw[i];
    if (c === '<') {
      const end = raw.indexOf('>', i);
      const tag = raw.slice(i, end + 1);
      if (/^<TIMEX3\b/.test(tag)) {
        const attr = (n) => new RegExp(`\\b${n}="([^"]*)"`).exec(tag)?.[1] ?? '';
        openTimex = { tid: attr('tid'), type: attr('type'), value: attr('value'), start: text.length };
      } else if (tag === '</TIMEX3>' && openTimex) {
        timexes.push({ ...openTimex, end: text.length, text: text.slice(openTimex.start) });
        openTimex = null;
      }
      i = end + 1;
    } else if (c === '&') {
      const end = raw.indexOf(';', i);
      const name = raw.slice(i + 1, end);
      const ch = ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.startsWith('#x') ? `0x${name.slice(2)}` : name.slice(1))) : raw.slice(i, end + 1));
      for (const x of ch) {
        rawAt.push(i);
        text += x;
      }
      i = end + 1;
    } else {
      rawAt.push(i);
      text += c;
      i++;
    }
  }
  rawAt.push(close);
  return { id, dct, text, rawAt, timexes, raw, textStart: open + '<TEXT>'.length, textEnd: close };
}

/** Month ranges of the TimeML seasons (winter is December to February). */
const SEASONS = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/**
 * The calendar unit a TimeML value names, or null when it is not a calendar value.
 * { unit: 'century'|'decade'|'year'|'half'|'quarter'|'season'|'month'|'week'|'day', y, n? , m?, d? }
 */
export function calendarUnit(value) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) return { unit: 'day', y: +m[1], m: +m[2], d: +m[3] };
  if ((m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value))) return { unit: 'week', y: +m[1], n: +m[2] };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { unit: 'month', y: +m[1], m: +m[2] };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { unit: 'quarter', y: +m[1], n: +m[2] };
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { unit: 'half', y: +m[1], n: +m[2] };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return { unit: 'season', y: +m[1], s: m[2] };
  if ((m = /^(\d{4})$/.exec(value))) return { unit: 'year', y: +m[1] };
  if ((m = /^(\d{3})$/.exec(value))) return { unit: 'decade', y: +m[1] * 10 };
  if ((m = /^(\d{2})$/.exec(value))) return { unit: 'century', y: +m[1] * 100 };
  return null;
}

/** True for a gold TIMEX3 scored as a calendar date (DATE or TIME with a calendar value). */
export function isCalendarTimex(t) {
  return (t.type === 'DATE' || t.type === 'TIME') && calendarUnit(t.value) !== null;
}

/** The ISO week [year, week] of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  const wd = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - wd + 3);
  // t is now the Thursday of the week, which decides the week's year; its day of the year, its number.
  const dayOfYear = Math.round((t - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86_400_000);
  return [t.getUTCFullYear(), 1 + Math.floor(dayOfYear / 7)];
}

/** Is our ISO date (YYYY, YYYY-MM, YYYY-MM-DD) right for the gold TimeML value? See the header. */
export function valueRight(goldValue, ours) {
  const g = calendarUnit(goldValue);
  if (g === null || ours === null || ours === undefined) return false;
  // a week (or weekend) of ours: right for that week and for the units that contain it by its year.
  const w = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(ours);
  if (w) {
    const y = Number(w[1]);
    if (g.unit === 'century') return Math.floor(y / 100) * 100 === g.y;
    if (g.unit === 'decade') return Math.floor(y / 10) * 10 === g.y;
    if (g.unit === 'year') return y === g.y;
    return g.unit === 'week' && y === g.y && Number(w[2]) === g.n;
  }
  // a decade ("199") or century ("19") of ours: right for itself and for the century containing it.
  if (/^\d{2,3}$/.test(ours)) {
    const o = calendarUnit(ours);
    return (g.unit === o.unit && g.y === o.y) || (g.unit === 'century' && Math.floor(o.y / 100) * 100 === g.y);
  }
  // a quarter, half or season of ours: right for itself and for the units that contain it.
  if (/^\d{4}-(?:Q|H|SP|SU|FA|WI)/.test(ours)) {
    const y = Number(ours.slice(0, 4));
    if (g.unit === 'century') return Math.floor(y / 100) * 100 === g.y;
    if (g.unit === 'decade') return Math.floor(y / 10) * 10 === g.y;
    if (g.unit === 'year') return y === g.y;
    if (ours === goldValue) return true;
    // a quarter lies within a half.
    const q = /^\d{4}-Q([1-4])$/.exec(ours);
    return g.unit === 'half' && q !== null && y === g.y && Math.ceil(Number(q[1]) / 2) === g.n;
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(ours);
  if (!m) return false;
  const y = +m[1];
  const mo = m[2] === undefined ? null : +m[2];
  const d = m[3] === undefined ? null : +m[3];
  switch (g.unit) {
    case 'century':
      return Math.floor(y / 100) * 100 === g.y;
    case 'decade':
      return Math.floor(y / 10) * 10 === g.y;
    case 'year':
      return y === g.y;
    case 'half':
      return mo !== null && y === g.y && Math.ceil(mo / 6) === g.n;
    case 'quarter':
      return mo !== null && y === g.y && Math.ceil(mo / 3) === g.n;
    case 'season': {
      if (mo === null) return false;
      const [a, b] = SEASONS[g.s];
      // winter YYYY: December of YYYY, and January–February of either year (TimeML leaves it open).
      if (a > b) return (mo === 12 && y === g.y) || (mo <= b && (y === g.y || y === g.y + 1));
      return y === g.y && mo >= a && mo <= b;
    }
    case 'month':
      return mo !== null && y === g.y && mo === g.m;
    case 'week': {
      if (d === null) return false;
      const [wy, wn] = isoWeek(y, mo, d);
      return wy === g.y && wn === g.n;
    }
    case 'day':
      return d !== null && y === g.y && mo === g.m && d === g.d;
    default:
      return false;
  }
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);

/** An empty tally per scored row. */
export function newTbaqTally() {
  const z = () => ({ tp: 0, fp: 0, fn: 0 });
  return { found: z(), exact: z(), value: z(), durationNotDate: z(), durationRecognised: z(), gold: 0, valueAmongFound: 0, foundCount: 0, unscored: 0 };
}

/**
 * Score one document. `gold` = { id, text, timexes }; `dates` = our DateMention-like records
 * ({ span: {start, end}, text, date }); `quantities` = our quantity records ({ span, unit }).
 * A date of ours overlapping no gold TIMEX3, or only a DURATION, is a false date (fp on every
 * calendar row); one overlapping a SET, a REF or an X value is neither right nor wrong.
 */
export function scoreTbaqDocument(gold, dates, quantities, tally = newTbaqTally()) {
  const errors = [];
  const err = (kind, start, end, expected, got) => errors.push({ article: gold.id, start, end, kind, expected, got });
  const spanOf = (x) => x.span ?? x;
  const show = (d) => `${JSON.stringify(d.text)} ${d.period ?? d.date ?? 'unanchored'}`;
  for (const t of gold.timexes) {
    if (!isCalendarTimex(t)) {
      if (t.type !== 'DURATION') {
        if (t.type === 'DATE' || t.type === 'TIME') tally.unscored++;
        continue;
      }
      const dated = dates.filter((d) => overlaps(spanOf(d), t));
      if (dated.length > 0) {
        tally.durationNotDate.fp++;
        err('duration-as-date', t.start, t.end, `${JSON.stringify(t.text)} DURATION ${t.value}`, dated.map(show).join('; '));
      } else tally.durationNotDate.tp++;
      const q = quantities.some((x) => TIME_UNITS.has(x.unit) && overlaps(spanOf(x), t));
      if (q) tally.durationRecognised.tp++;
      else tally.durationRecognised.fn++;
      continue;
    }
    tally.gold++;
    const hits = dates.filter((d) => overlaps(spanOf(d), t));
    const expected = `${JSON.stringify(t.text)} ${t.type} ${t.value}`;
    if (hits.length === 0) {
      tally.found.fn++;
      tally.exact.fn++;
      tally.value.fn++;
      err('missed', t.start, t.end, expected, '');
      continue;
    }
    tally.found.tp++;
    tally.foundCount++;
    const exact = hits.find((d) => spanOf(d).start === t.start && spanOf(d).end === t.end);
    if (exact) tally.exact.tp++;
    else {
      tally.exact.fn++;
      tally.exact.fp++;
      err('span', t.start, t.end, expected, hits.map(show).join('; '));
    }
    // the best of our dates over the gold span: the exact one, else any with a right value.
    const ours = (d) => d.period ?? d.date;
    const best = exact && valueRight(t.value, ours(exact)) ? exact : hits.find((d) => valueRight(t.value, ours(d)));
    if (best) {
      tally.value.tp++;
      tally.valueAmongFound++;
    } else {
      tally.value.fn++;
      tally.value.fp++;
      err('wrong-value', t.start, t.end, expected, hits.map(show).join('; '));
    }
  }
  for (const d of dates) {
    const s = spanOf(d);
    const under = gold.timexes.filter((t) => overlaps(s, t));
    if (under.length > 0 && under.some((t) => t.type !== 'DURATION')) continue;
    tally.found.fp++;
    tally.exact.fp++;
    tally.value.fp++;
    if (under.length === 0) err('spurious', s.start, s.end, '', show(d));
  }
  return { tally, errors };
}

/**
 * Our dates as TimeML: the gold file with its TEXT tags replaced by our TIMEX3, for the official
 * scorer. That scorer pairs gold and system TIMEX3 by id; the TempEval-3 toolkit first gives
 * overlapping entities one id (its TimeML-Normalizer, not in the cache). We do the same here: a
 * date of ours takes the id of the first gold TIMEX3 it overlaps that no earlier date took.
 */
export function toTimeML(doc, dates) {
  const sorted = [...dates].filter((d) => d.span.end > d.span.start).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept = [];
  for (const d of sorted) if (kept.length === 0 || d.span.start >= kept[kept.length - 1].span.end) kept.push(d);
  const taken = new Set();
  const idOf = (d, k) => {
    const g = doc.timexes.find((t) => !taken.has(t.tid) && overlaps(d.span, t));
    if (!g) return `tcc${k}`;
    taken.add(g.tid);
    return g.tid;
  };
  let out = doc.raw.slice(0, doc.textStart);
  let k = 0;
  const stripped = (a, b) => doc.raw.slice(a, b).replace(/<[^>]*>/g, '');
  let cursor = doc.textStart;
  for (const d of kept) {
    const a = doc.rawAt[d.span.start];
    const b = d.span.end < doc.text.length ? doc.rawAt[d.span.end] : doc.textEnd;
    // the raw characters of the last date character (an entity is several)
    const lastEnd = doc.rawAt[d.span.end - 1] + (doc.raw[doc.rawAt[d.span.end - 1]] === '&' ? doc.raw.indexOf(';', doc.rawAt[d.span.end - 1]) - doc.rawAt[d.span.end - 1] + 1 : 1);
    out += stripped(cursor, a);
    out += `<TIMEX3 tid="${idOf(d, ++k)}" type="DATE" value="${d.period ?? d.date ?? 'XXXX'}">${stripped(a, Math.min(b, lastEnd))}</TIMEX3>`;
    cursor = Math.min(b, lastEnd);
  }
  out += stripped(cursor, doc.textEnd);
  return out + doc.raw.slice(doc.textEnd);
}

/** The .tml files of TBAQ (macOS "._" resource files skipped), sorted, up to `limit`. */
export function tbaqFiles(cache, limit) {
  const out = [];
  for (const part of ['TimeBank', 'AQUAINT']) {
    const dir = join(cache, DATA, part);
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.tml') && !f.startsWith('._')) out.push(join(dir, f));
  }
  return limit ? out.slice(0, limit) : out;
}

/** A python2 that runs, or null: $CROSSCHECK_PYTHON2, python2 on PATH, or a pyenv 2.7 install. */
function findPython2() {
  const candidates = [process.env.CROSSCHECK_PYTHON2, 'python2', 'python2.7'];
  const pyenv = join(homedir(), '.pyenv/versions');
  if (existsSync(pyenv)) for (const v of readdirSync(pyenv).filter((x) => x.startsWith('2.7')).sort().reverse()) candidates.push(join(pyenv, v, 'bin/python2'));
  for (const c of candidates) {
    if (!c) continue;
    const r = spawnSync(c, ['-c', 'import sys; print(sys.version_info[0])'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim() === '2') return c;
  }
  return null;
}

/** Run the official TempEval-3 entity scorer; { strict, relaxed, value, type } as { p, r, f1 } in %, or a reason string. */
export function runOfficialScorer(cache, goldFiles, systemDocs) {
  const scorer = join(cache, SCORER);
  if (!existsSync(scorer)) return `official scorer missing: ${scorer}`;
  const python = findPython2();
  if (python === null) return 'official scorer skipped: no python2 (set CROSSCHECK_PYTHON2)';
  const work = join(cache, 'tbaq-official');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'gold'), { recursive: true });
  mkdirSync(join(work, 'system'), { recursive: true });
  for (const f of goldFiles) copyFileSync(f, join(work, 'gold', f.split('/').pop()));
  for (const [name, tml] of systemDocs) writeFileSync(join(work, 'system', name), tml);
  const r = spawnSync(python, [scorer, join(work, 'gold') + '/', join(work, 'system') + '/', '0'], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) return `official scorer failed (exit ${r.status}): ${(r.stderr || '').trim().split('\n').pop()}`;
  const block = r.stdout.slice(r.stdout.indexOf('=== Timex Performance ==='));
  const nums = (label) => {
    const m = new RegExp(`${label}[^\\n]*\\n\\s*([\\d.]+)\\s+([\\d.]+)(?:\\s+([\\d.]+))?`).exec(block);
    return m ? m.slice(1).map(Number) : null;
  };
  const strict = nums('Strict Match');
  const relaxed = nums('Relaxed Match');
  const attr = nums('Attribute');
  if (!strict || !relaxed || !attr) return 'official scorer: output not understood';
  return { strict: { f1: strict[0], p: strict[1], r: strict[2] }, relaxed: { f1: relaxed[0], p: relaxed[1], r: relaxed[2] }, value: attr[0], type: attr[1] };
}

/** Load every document and score it; returns the harness result. */
async function run(ctx) {
  const files = tbaqFiles(ctx.cache, ctx.limit);
  const tally = newTbaqTally();
  const errors = [];
  const system = [];
  for (const f of files) {
    const id = f.split('/').pop().replace(/\.tml$/, '');
    const doc = parseTml(readFileSync(f, 'utf8'), id);
    const article = {
      id, source: f, url: null, outlet: null, outletFrom: null, title: null, author: null,
      published: doc.dct, language: 'en', text: doc.text, removed: [], wordCount: doc.text.split(/\s+/).filter(Boolean).length,
    };
    const x = ctx.lib.extractArticle(article);
    errors.push(...scoreTbaqDocument(doc, x.dates, x.quantities, tally).errors);
    system.push([f.split('/').pop(), toTimeML(doc, x.dates)]);
  }
  const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
  const rows = [
    { task: 'dates', metric: 'calendar TIMEX3 found (overlap)', ...pick(tally.found), note: `${tally.gold} calendar TIMEX3 (DATE/TIME)` },
    { task: 'dates', metric: 'exact span', ...pick(tally.exact), note: '' },
    { task: 'dates', metric: 'value right (gold precision)', ...pick(tally.value), note: `value right ${pct(tally.value.tp, tally.gold)} of calendar TIMEX3, ${pct(tally.valueAmongFound, tally.foundCount)} of those found` },
    { task: 'durations', metric: 'not read as a date', ...pick(tally.durationNotDate), note: 'fp = a DURATION we dated' },
    { task: 'durations', metric: 'recognised (time quantity)', ...pick(tally.durationRecognised), note: 'a quantity with a time unit over the DURATION' },
  ];
  const notes = [`${files.length} documents; ${tally.unscored} DATE/TIME TIMEX3 with REF or X values not scored`];
  const official = runOfficialScorer(ctx.cache, files, system);
  if (typeof official === 'string') notes.push(official);
  else {
    const f = (x) => `F1 ${x.f1} (P ${x.p} R ${x.r})`;
    notes.push(`official TempEval-3 scorer, all TIMEX3: strict ${f(official.strict)}; relaxed ${f(official.relaxed)}; value F1 ${official.value}; type F1 ${official.type}`);
  }
  return { rows, errors, notes };
}

const pick = ({ tp, fp, fn }) => ({ tp, fp, fn });

export default {
  id: 'tbaq',
  title: 'TimeBank+AQUAINT (TBAQ-cleaned) dates',
  requires: [DATA],
  howTo: 'download the TempEval-3 training data (TBAQ-cleaned) and evaluation tools from https://www.cs.york.ac.uk/semeval-2013/task1/ into <cache>/tempeval3/{data,tools}',
  run,
};
