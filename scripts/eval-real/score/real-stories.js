// Scorers for our annotated multi-outlet stories (eval/real-stories/*.json). Pure functions: gold
// annotation + predicted records (offsets already in the cached file's coordinates) → counters and
// errors. The loader (sets/real-stories.js) turns crosscheck's Analysis into predicted records.
//
// Matching, task by task (one gold item is counted once; a predicted item is used at most once
// where it says so):
// - entities found: a gold entity is found when a predicted entity has a name or alias equal to its
//   name or one of its aliases after normalisation (case, marks, leading titles: scripts/lib/match.js).
//   A predicted entity matching no gold entity is a false positive (the gold lists the named people,
//   organisations, places and products of the article bodies, so this precision is close, not exact).
//   Type right: found and of the gold type, or of one of its `types` where the gold gives several
//   (organisation = organization or group).
// - alias merges: the pairs of different surface forms of one gold entity that occur in its articles;
//   a pair is a tp when one predicted entity carries both forms, else fn. A predicted entity whose
//   forms belong to two gold entities is an fp (one per pair of gold entities).
// - quotes found: a predicted quote occurrence in the same article whose span overlaps the gold span
//   by at least half of the shorter of the two. Predicted occurrences overlapping no gold quote are fp.
//   Speaker right: found, and the predicted speaker names the gold speaker (surname alone accepted);
//   a gold quote with no named speaker is right when the prediction names none.
// - dated events: a gold date is found when a timeline event's evidence span in that article overlaps
//   it; value right when one such event's date equals the gold value. Evidence spans overlapping no
//   gold date are fp.
// - agreements: a predicted claim of status "agreed", of a kind compatible with the gold kind
//   (KIND_OK), with a value equal to the gold value (numbers exactly, dates as ISO strings, text by
//   normalised words) carried by at least two of the gold agreement's articles. One claim matches one
//   agreement. Unused agreed claims are fp.
// - conflicts: a predicted claim of status "conflict" or "updated", kind compatible, in which at
//   least two gold values are each matched by a different predicted value that shares an article with
//   it. Unused conflict/updated claims are fp. Update right: found, and status "updated" exactly when
//   the gold conflict is an update.
// - numeric conflicts (issue 15's figure): the same matching, counted over the gold conflicts of kind
//   number or age only (tp found, fn missed) and the predicted quantity and age claims left unused
//   (fp: a flagged numeric conflict or update that is not a difference in our annotation).
// - update order right: a gold update (its values listed in report-time order) found as "updated";
//   tp when the predicted sequence (`updates`), each step read as the gold value it states in its
//   article, never goes back to an earlier gold value; fp when it does; fn when not found as updated.
import { normName, normWords, sameName } from '../../lib/match.js';

/**
 * Predicted claim kinds accepted for each gold kind. `fact` (who, what, where: a subject, a
 * predicate and an object that is a name or a short phrase) is accepted for the gold kinds whose
 * value is a name or a phrase, never for numbers, ages or dates.
 */
export const KIND_OK = {
  number: ['quantity'],
  age: ['age'],
  date: ['date'],
  name: ['name', 'fact'],
  title: ['role', 'fact'],
  actor: ['name', 'other', 'role', 'fact'],
  place: ['name', 'other', 'fact'],
  other: ['quantity', 'age', 'date', 'name', 'role', 'other', 'fact'],
};

const TYPE_OK = { person: ['person'], organisation: ['organization', 'group'], place: ['place'], other: ['other'] };

/** Counters in a fixed order: [task, metric]. */
export const ROWS = [
  ['entities', 'found (name/alias)'],
  ['entities', 'type right'],
  ['entities', 'alias merges'],
  ['quotes', 'found'],
  ['quotes', 'speaker right'],
  ['dates', 'found'],
  ['dates', 'value right'],
  ['agreements', 'found'],
  ['conflicts', 'found (values match)'],
  ['conflicts', 'update vs conflict right'],
  ['conflicts', 'numeric found'],
  ['conflicts', 'numeric update right'],
  ['conflicts', 'update order right'],
];

const key = (task, metric) => `${task}|${metric}`;

/** Fresh counters for every row. */
export function emptyTally() {
  return Object.fromEntries(ROWS.map(([t, m]) => [key(t, m), { tp: 0, fp: 0, fn: 0 }]));
}

/** Add counters of b into a (in place); returns a. */
export function addTallies(a, b) {
  for (const [k, v] of Object.entries(b)) {
    const t = (a[k] ??= { tp: 0, fp: 0, fn: 0 });
    t.tp += v.tp;
    t.fp += v.fp;
    t.fn += v.fn;
  }
  return a;
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const enough = (a, b) => a.article === b.article && overlap(a, b) * 2 >= Math.min(a.end - a.start, b.end - b.start) && overlap(a, b) > 0;
const touches = (a, b) => a.article === b.article && overlap(a, b) > 0;
const formsOf = (e) => [e.name, ...(e.aliases ?? [])];
const goldFor = (gold, form) => gold.entities.filter((g) => sameName(form, g));

function parseNum(v) {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return null;
  const t = v.replace(/,/g, '').trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Does predicted value p ({ value, normalized }) state the gold value (string) of a fact of `kind`? */
export function valueMatches(kind, goldValue, p) {
  const g = parseNum(goldValue);
  if (g !== null && (kind === 'number' || kind === 'age' || kind === 'other')) {
    const cands = [p.normalized, p.value].map(parseNum).filter((n) => n !== null);
    if (cands.some((n) => Math.abs(n - g) <= 1e-9 * Math.max(1, Math.abs(g)))) return true;
    if (kind !== 'other') return false;
  }
  if (kind === 'date' || /^\d{4}(-\d{2}){0,2}$|^\d{2}-\d{2}$/.test(goldValue)) {
    const cands = [p.normalized, p.value].filter((v) => typeof v === 'string');
    if (cands.some((v) => v === goldValue || (/^\d{2}-\d{2}$/.test(goldValue) && v.endsWith(`-${goldValue}`)))) return true;
    if (kind === 'date') return false;
  }
  const e = normWords(goldValue);
  const cands = [p.value, p.normalized].filter((v) => v !== null && v !== undefined).map((v) => normWords(String(v)));
  return e.length > 0 && cands.some((c) => c === e || ` ${c} `.includes(` ${e} `) || (c.length >= 3 && ` ${e} `.includes(` ${c} `)));
}

const escapeRe = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (f) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(f)}(?![\\p{L}\\p{N}])`, 'gu');

/** Does `form` occur in `text` as a word sequence of its own, not only inside a longer form of the same entity? */
export function occursAlone(text, form, forms) {
  let rest = text;
  for (const longer of forms.filter((x) => x.length > form.length && x.includes(form))) rest = rest.replace(wordRe(longer), (m) => ' '.repeat(m.length));
  return wordRe(form).test(rest);
}

/** Gold kinds and predicted claim kinds counted by the numeric conflict rows. */
const NUMERIC_GOLD = ['number', 'age'];
const NUMERIC_PRED = ['quantity', 'age'];

const kindOk = (goldKind, predKind) => (KIND_OK[goldKind] ?? []).includes(predKind);

function scoreEntities(gold, pred, tally, errors, texts) {
  const found = key('entities', 'found (name/alias)');
  const typed = key('entities', 'type right');
  const merges = key('entities', 'alias merges');
  for (const g of gold.entities) {
    const hits = pred.entities.filter((p) => formsOf(p).some((f) => sameName(f, g)));
    if (hits.length === 0) {
      tally[found].fn++;
      tally[typed].fn++;
      errors.push({ task: 'entities', kind: 'missed', expected: `${g.name} (${g.type})`, got: '' });
      continue;
    }
    tally[found].tp++;
    if (hits.some((p) => (g.types ?? [g.type]).some((t) => (TYPE_OK[t] ?? []).includes(p.type)))) tally[typed].tp++;
    else {
      tally[typed].fp++;
      errors.push({ task: 'entities', kind: `type ${hits[0].type} for ${g.type}`, expected: `${g.name} (${g.type})`, got: `${hits[0].name} (${hits[0].type})` });
    }
  }
  for (const p of pred.entities) {
    if (gold.entities.some((g) => formsOf(p).some((f) => sameName(f, g)))) continue;
    tally[found].fp++;
    errors.push({ task: 'entities', kind: `spurious ${p.type}`, expected: '', got: `${p.name} (${p.type})` });
  }
  // alias merges: pairs of distinct forms of one gold entity that occur in its articles
  for (const g of gold.entities) {
    const present = formsOf(g).filter((f) => g.articles.some((a) => occursAlone(texts[a] ?? '', f, formsOf(g))));
    const byNorm = new Map(present.map((f) => [normName(f), f]));
    const forms = [...byNorm.values()];
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        const [x, y] = [forms[i], forms[j]];
        const has = (p, f) => formsOf(p).some((q) => normName(q) === normName(f));
        if (pred.entities.some((p) => has(p, x) && has(p, y))) tally[merges].tp++;
        else {
          tally[merges].fn++;
          errors.push({ task: 'entities', kind: 'aliases not merged', expected: `${x} = ${y}`, got: '' });
        }
      }
    }
  }
  for (const p of pred.entities) {
    const ids = [...new Set(formsOf(p).flatMap((f) => goldFor(gold, f).map((g) => g.id)))].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        tally[merges].fp++;
        errors.push({ task: 'entities', kind: 'two entities merged', expected: `${ids[i]} ≠ ${ids[j]}`, got: p.name });
      }
    }
  }
}

function speakerRight(gold, g, name) {
  if (g.speaker === null) return name === null;
  const e = gold.entities.find((x) => x.id === g.speaker);
  return name !== null && e !== undefined && sameName(name, e, { surname: e.type === 'person' });
}

function scoreQuotes(gold, pred, tally, errors) {
  const found = key('quotes', 'found');
  const spk = key('quotes', 'speaker right');
  const used = new Set();
  for (const g of gold.quotes) {
    const hit = pred.quotes.find((p) => enough(p, g));
    if (!hit) {
      tally[found].fn++;
      tally[spk].fn++;
      errors.push({ task: 'quotes', kind: 'missed', article: g.article, start: g.start, end: g.end, expected: g.speaker ?? '(no speaker)', got: '' });
      continue;
    }
    used.add(hit);
    tally[found].tp++;
    if (speakerRight(gold, g, hit.speaker)) tally[spk].tp++;
    else {
      tally[spk].fp++;
      const kind = hit.speaker === null ? 'no speaker' : g.speaker === null ? 'speaker for an unattributed quote' : 'wrong speaker';
      errors.push({ task: 'quotes', kind, article: g.article, start: g.start, end: g.end, expected: g.speaker ?? '(no speaker)', got: hit.speaker ?? '(none)' });
    }
  }
  for (const p of pred.quotes) {
    if (used.has(p) || gold.quotes.some((g) => enough(p, g))) continue;
    tally[found].fp++;
    errors.push({ task: 'quotes', kind: 'spurious', article: p.article, start: p.start, end: p.end, expected: '', got: p.speaker ?? '(no speaker)' });
  }
}

function scoreDates(gold, pred, tally, errors) {
  const found = key('dates', 'found');
  const right = key('dates', 'value right');
  for (const g of gold.events) {
    const hits = pred.dates.filter((p) => touches(p, g));
    if (hits.length === 0) {
      tally[found].fn++;
      tally[right].fn++;
      errors.push({ task: 'dates', kind: 'missed', article: g.article, start: g.start, end: g.end, expected: g.value, got: '' });
      continue;
    }
    tally[found].tp++;
    if (hits.some((p) => p.value === g.value)) tally[right].tp++;
    else {
      tally[right].fp++;
      const v = hits.map((p) => p.value).join(' ');
      const kind = hits.some((p) => g.value.startsWith(p.value) || p.value.startsWith(g.value)) ? 'wrong precision' : 'wrong value';
      errors.push({ task: 'dates', kind, article: g.article, start: g.start, end: g.end, expected: g.value, got: v });
    }
  }
  for (const p of pred.dates) {
    if (gold.events.some((g) => touches(p, g))) continue;
    tally[found].fp++;
    errors.push({ task: 'dates', kind: 'spurious', article: p.article, start: p.start, end: p.end, expected: '', got: p.value });
  }
}

const shared = (xs, ys) => xs.filter((x) => ys.includes(x)).length;

function scoreAgreements(gold, pred, tally, errors) {
  const k = key('agreements', 'found');
  const used = new Set();
  for (const g of gold.agreements) {
    const hit = pred.claims.find((c) => !used.has(c) && c.status === 'agreed' && kindOk(g.kind, c.kind)
      && c.values.some((v) => valueMatches(g.kind, g.value, v) && shared(v.articles, g.articles) >= 2));
    const ev = g.evidence[0] ?? { article: '', start: '', end: '' };
    if (hit) {
      used.add(hit);
      tally[k].tp++;
      continue;
    }
    tally[k].fn++;
    // why it was missed: the nearest thing crosscheck did say
    const withValue = pred.claims.filter((c) => c.values.some((v) => valueMatches(g.kind, g.value, v) && shared(v.articles, g.articles) >= 1));
    let kind = 'missed: value not compared';
    if (withValue.some((c) => c.status === 'agreed' && !kindOk(g.kind, c.kind))) kind = 'missed: agreed under another kind';
    else if (withValue.some((c) => c.status === 'conflict' || c.status === 'updated')) kind = 'missed: value put in a conflict';
    else if (withValue.some((c) => c.status === 'agreed')) kind = 'missed: agreed by fewer articles';
    else if (withValue.some((c) => c.status === 'single')) kind = 'missed: value found in one article only';
    errors.push({ task: 'agreements', kind, article: ev.article, start: ev.start, end: ev.end, expected: `${g.label} = ${g.value} (${g.articles.join(',')})`, got: withValue.map((c) => `${c.status} ${c.kind} ${c.topic}`).join('; ') });
  }
  for (const c of pred.claims) {
    if (c.status !== 'agreed' || used.has(c)) continue;
    tally[k].fp++;
    errors.push({ task: 'agreements', kind: `spurious ${c.kind}`, expected: '', got: `${c.topic} = ${c.values.map((v) => v.value).join(' / ')} (${[...new Set(c.values.flatMap((v) => v.articles))].join(',')})` });
  }
}

/** How many gold values of conflict g the predicted claim c matches, each by a different value. */
function conflictMatches(g, c) {
  const taken = new Set();
  let n = 0;
  for (const gv of g.values) {
    const pv = c.values.find((v) => !taken.has(v) && valueMatches(g.kind, gv.value, v) && shared(v.articles, gv.articles) >= 1);
    if (pv) {
      taken.add(pv);
      n++;
    }
  }
  return n;
}

/**
 * Is the predicted update sequence in the gold report-time order? Each step is read as the first gold
 * value it states in its article; steps stating none are left out.
 */
export function updateOrderRight(g, c) {
  const idx = (c.updates ?? [])
    .map((u) => g.values.findIndex((gv) => gv.articles.includes(u.article) && valueMatches(g.kind, gv.value, u)))
    .filter((i) => i >= 0);
  return idx.every((x, i) => i === 0 || x >= idx[i - 1]);
}

function scoreConflicts(gold, pred, tally, errors) {
  const order = key('conflicts', 'update order right');
  const found = key('conflicts', 'found (values match)');
  const upd = key('conflicts', 'update vs conflict right');
  const numFound = key('conflicts', 'numeric found');
  const numUpd = key('conflicts', 'numeric update right');
  const used = new Set();
  const isConflict = (c) => c.status === 'conflict' || c.status === 'updated';
  /** Count into the numeric rows as well when the gold conflict (or predicted claim) is a number. */
  const both = (numeric, row, field) => {
    tally[row][field]++;
    if (numeric) tally[row === found ? numFound : numUpd][field]++;
  };
  for (const g of gold.conflicts) {
    const numeric = NUMERIC_GOLD.includes(g.kind);
    const ev = g.values[0]?.evidence[0] ?? { article: '', start: '', end: '' };
    const best = pred.claims
      .filter((c) => !used.has(c) && isConflict(c) && kindOk(g.kind, c.kind))
      .map((c) => ({ c, n: conflictMatches(g, c) }))
      .sort((a, b) => b.n - a.n)[0];
    if (!best || best.n < 2) {
      both(numeric, found, 'fn');
      both(numeric, upd, 'fn');
      if (g.update) tally[order].fn++;
      const kind = best && best.n === 1 ? 'missed: one value only' : 'missed: values not compared';
      errors.push({ task: 'conflicts', kind, article: ev.article, start: ev.start, end: ev.end, expected: `${g.label}: ${g.values.map((v) => v.value).join(' / ')}`, got: best ? best.c.topic : '' });
      continue;
    }
    used.add(best.c);
    both(numeric, found, 'tp');
    if (g.update && best.c.status !== 'updated') tally[order].fn++;
    else if (g.update && updateOrderRight(g, best.c)) tally[order].tp++;
    else if (g.update) {
      tally[order].fp++;
      errors.push({ task: 'conflicts', kind: 'update out of report-time order', article: ev.article, start: ev.start, end: ev.end, expected: g.values.map((v) => `${v.value}@${v.articles.join(',')}`).join(' → '), got: (best.c.updates ?? []).map((u) => `${u.value}@${u.article}`).join(' → ') });
    }
    if ((best.c.status === 'updated') === g.update) both(numeric, upd, 'tp');
    else {
      both(numeric, upd, 'fp');
      errors.push({ task: 'conflicts', kind: g.update ? 'update shown as conflict' : 'conflict shown as update', article: ev.article, start: ev.start, end: ev.end, expected: g.update ? 'updated' : 'conflict', got: best.c.status });
    }
  }
  for (const c of pred.claims) {
    if (!isConflict(c) || used.has(c)) continue;
    both(NUMERIC_PRED.includes(c.kind), found, 'fp');
    errors.push({ task: 'conflicts', kind: `spurious ${c.status}`, expected: '', got: `${c.topic}: ${c.values.map((v) => v.value).join(' / ')}` });
  }
}

/**
 * Score one story. gold = the annotation (eval/real-stories/<slug>.json); pred = { entities:
 * [{name, aliases, type}], quotes: [{article, start, end, speaker}], dates: [{article, start, end,
 * value}], claims: [{kind, status, topic, values: [{value, normalized, articles}]}] }; texts = article
 * id → cached text (for which alias forms occur). Returns { tally, errors } (errors carry the story's
 * slug in `article` where no article applies).
 */
export function scoreStory(gold, pred, texts) {
  const tally = emptyTally();
  const errors = [];
  scoreEntities(gold, pred, tally, errors, texts);
  scoreQuotes(gold, pred, tally, errors);
  scoreDates(gold, pred, tally, errors);
  scoreAgreements(gold, pred, tally, errors);
  scoreConflicts(gold, pred, tally, errors);
  return {
    tally,
    errors: errors.map((e) => ({
      task: e.task, kind: e.kind, article: e.article ? `${gold.slug}/${e.article}` : gold.slug,
      start: e.start ?? '', end: e.end ?? '', expected: e.expected, got: e.got,
    })),
  };
}

/** The n most common error kinds per task: { task: [[kind, count], ...] }. */
export function commonErrors(errors, n = 5) {
  const out = {};
  for (const e of errors) ((out[e.task] ??= new Map()).set(e.kind, (out[e.task].get(e.kind) ?? 0) + 1));
  return Object.fromEntries(Object.entries(out).map(([t, m]) => [t, [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n)]));
}
