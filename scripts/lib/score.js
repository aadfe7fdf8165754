// The evaluation scorer: compares an Analysis (crosscheck's JSON output) with hand-made
// expectations and counts true positives, false positives and false negatives per kind.
// Pure functions, no I/O, so test/eval can check the scorer itself.
import {
  allWordsIn, articleKey, normQualifier, normText, normWords, sameArticle, sameName, sameUnit, sameValue, topicOverlap,
} from './match.js';

/** A fresh counter set. */
export function newTally() {
  return {};
}

/** Count n under tally[key][field]; a label for a miss is kept (fpItems/fnItems) for --explain. */
function bump(tally, key, field, n = 1, label = undefined) {
  const t = (tally[key] ??= { tp: 0, fp: 0, fn: 0 });
  t[field] += n;
  if (label !== undefined && field !== 'tp') (t[`${field}Items`] ??= []).push(label);
}

/** Add every counter of `b` into `a` (in place) and return `a`. */
export function addTally(a, b) {
  for (const [k, v] of Object.entries(b)) {
    bump(a, k, 'tp', v.tp);
    bump(a, k, 'fp', v.fp);
    bump(a, k, 'fn', v.fn);
    for (const f of ['fpItems', 'fnItems']) if (v[f]) (a[k][f] ??= []).push(...v[f]);
  }
  return a;
}

/** Precision, recall and F1 of a counter; null where the denominator is zero. */
export function rates({ tp, fp, fn }) {
  const p = tp + fp === 0 ? null : tp / (tp + fp);
  const r = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: p, recall: r, f1 };
}

const typesOf = (x) => x.types ?? [x.type];

/** The expected entity a predicted one stands for: by its name first, then by its aliases. */
function findEntity(expected, pred) {
  return expected.find((x) => sameName(pred.name, x)) ?? expected.find((x) => (pred.aliases ?? []).some((n) => sameName(n, x)));
}

/**
 * Entities: each predicted entity is matched to the expected entity sharing a name or alias.
 * Same type → tp (once); wrong type, duplicate or unknown → fp; optional expectations are neutral.
 */
function scoreEntities(tally, expected, predicted, prefix = 'entities') {
  const found = new Map();
  for (const p of predicted) {
    const e = findEntity(expected, p);
    if (!e) {
      bump(tally, `${prefix}:${p.type}`, 'fp', 1, p.name);
      bump(tally, prefix, 'fp');
      continue;
    }
    if (e.optional) continue;
    if (!typesOf(e).includes(p.type) || found.has(e)) {
      bump(tally, `${prefix}:${p.type}`, 'fp', 1, found.has(e) ? `${p.name} (duplicate)` : `${p.name} (${p.type}, expected ${e.type})`);
      bump(tally, prefix, 'fp');
      continue;
    }
    found.set(e, p);
    bump(tally, `${prefix}:${e.type}`, 'tp');
    bump(tally, prefix, 'tp');
  }
  for (const e of expected) {
    if (e.optional || found.has(e)) continue;
    bump(tally, `${prefix}:${e.type}`, 'fn', 1, e.name);
    bump(tally, prefix, 'fn');
  }
  return found;
}

/** Aliases and roles of the entities that were found. */
function scoreEntityDetails(tally, found) {
  for (const [e, p] of found) {
    const predNames = [p.name, ...(p.aliases ?? [])];
    for (const a of e.aliases ?? []) bump(tally, 'entity-aliases', predNames.some((n) => sameName(n, { name: a })) ? 'tp' : 'fn');
    for (const a of p.aliases ?? []) if (!sameName(a, e)) bump(tally, 'entity-aliases', 'fp');
    const predRoles = (p.roles ?? []).map((r) => (typeof r === 'string' ? r : r.text));
    for (const r of e.roles ?? []) bump(tally, 'entity-roles', predRoles.some((pr) => allWordsIn(r, pr)) ? 'tp' : 'fn');
    for (const pr of predRoles) if (!(e.roles ?? []).some((r) => allWordsIn(r, pr))) bump(tally, 'entity-roles', 'fp');
  }
}

/** The speaker expectation as a name-like object, with aliases from the expected entity list. */
function speakerRef(name, entities) {
  const ent = (entities ?? []).find((e) => sameName(name, e));
  return ent ? { name, aliases: ent.aliases ?? [] } : { name, aliases: [] };
}

function speakerOk(predName, expName, entities) {
  if (predName === null || predName === undefined) return expName === null;
  if (expName === null) return false;
  return sameName(predName, speakerRef(expName, entities), { surname: true });
}

const quoteHas = (predText, expText) => normWords(predText).includes(normWords(expText));

function scoreQuotesSingle(tally, expected, entities, occurrences) {
  const matched = new Set();
  for (const o of occurrences) {
    const hits = expected.filter((q) => quoteHas(o.text, q.text));
    if (hits.length === 0) {
      bump(tally, 'quotes', 'fp', 1, o.text.slice(0, 60));
      continue;
    }
    for (const q of hits) {
      if (matched.has(q)) continue;
      matched.add(q);
      if (q.optional) continue;
      bump(tally, 'quotes', 'tp');
      const ok = speakerOk(o.speakerName, q.speaker, entities);
      if (ok) bump(tally, 'quote-speakers', 'tp');
      else {
        if (q.speaker !== null) bump(tally, 'quote-speakers', 'fn', 1, `${q.text} → ${q.speaker}`);
        if (o.speakerName) bump(tally, 'quote-speakers', 'fp', 1, `${q.text} → ${o.speakerName}`);
      }
      const partialOk = Boolean(o.partial) === Boolean(q.partial);
      bump(tally, 'quote-partial', partialOk ? 'tp' : 'fp');
      if (!partialOk) bump(tally, 'quote-partial', 'fn');
    }
  }
  for (const q of expected) {
    if (matched.has(q) || q.optional) continue;
    bump(tally, 'quotes', 'fn', 1, q.text);
    if (q.speaker !== null) bump(tally, 'quote-speakers', 'fn');
  }
}

/** Distinct-date sets: tp/fp/fn over ISO strings; optional dates are neutral. */
function scoreDateSet(tally, key, expectedDates, optionalDates, predictedDates) {
  const exp = new Set(expectedDates);
  const opt = new Set(optionalDates);
  const pred = new Set(predictedDates);
  for (const d of pred) if (exp.has(d)) bump(tally, key, 'tp');
  else if (!opt.has(d)) bump(tally, key, 'fp', 1, d);
  for (const d of exp) if (!pred.has(d)) bump(tally, key, 'fn', 1, d);
}

function scoreEvents(tally, expected, optionalDates, events) {
  const matched = new Set();
  for (const ev of events) {
    const text = `${ev.description ?? ''}`;
    const hit = expected.find((x) => x.date === ev.date && topicOverlap(x.keywords, text));
    if (!hit && optionalDates.includes(ev.date)) continue;
    if (!hit) bump(tally, 'events', 'fp', 1, `${ev.date} ${text.slice(0, 50)}`);
    else if (!matched.has(hit)) {
      matched.add(hit);
      bump(tally, 'events', 'tp');
    }
  }
  for (const x of expected) if (!matched.has(x)) bump(tally, 'events', 'fn', 1, `${x.date} ${x.keywords.join('/')}`);
}

/** Claim values flattened to one row per value, with the claim's topic text attached. */
function claimRows(analysis, kind) {
  const rows = [];
  for (const c of analysis.claims ?? []) {
    if (c.kind !== kind) continue;
    for (const v of c.values ?? []) rows.push({ claim: c, value: v, topicText: `${c.topic ?? ''} ${v.unit ?? ''} ${v.value ?? ''}` });
  }
  return rows;
}

function scoreQuantities(tally, expected, analysis) {
  const matched = new Set();
  for (const row of claimRows(analysis, 'quantity')) {
    const cands = expected.filter((x) => sameValue(x.value, row.value) && topicOverlap(x.topic, row.topicText));
    const hit = cands.find((x) => !x.optional && !matched.has(x));
    if (hit) {
      matched.add(hit);
      bump(tally, 'quantities', 'tp');
      const qOk = normQualifier(hit.qualifier) === normQualifier(row.value.qualifier);
      bump(tally, 'quantity-qualifier', qOk ? 'tp' : 'fp');
      if (!qOk) bump(tally, 'quantity-qualifier', 'fn');
      if (hit.unit !== null) {
        const uOk = sameUnit(hit.unit, row.value.unit, hit.topic);
        bump(tally, 'quantity-unit', uOk ? 'tp' : 'fp');
        if (!uOk) bump(tally, 'quantity-unit', 'fn');
      }
    } else if (!cands.some((x) => x.optional)) bump(tally, 'quantities', 'fp', 1, `${row.value.value} [${row.claim.topic}]`);
  }
  for (const x of expected) if (!x.optional && !matched.has(x)) bump(tally, 'quantities', 'fn', 1, `${x.text ?? x.value} [${x.topic.join('/')}]`);
}

/** The subject of an age claim as names: the entity's name and aliases when it is an entity id. */
function subjectNames(analysis, claim) {
  const s = claim.subject ?? null;
  // without a subject, the topic is the only place the person can be named ("age of Okafor")
  if (s === null || s === '') return claim.kind === 'age' && claim.topic ? [String(claim.topic).replace(/^age\s+(of\s+)?/i, '')] : [];
  const ent = (analysis.entities ?? []).find((e) => e.id === s);
  return ent ? [ent.name, ...ent.aliases] : [s];
}

function scoreAges(tally, expected, analysis) {
  const matched = new Set();
  for (const row of claimRows(analysis, 'age')) {
    const names = subjectNames(analysis, row.claim);
    const hit = expected.find((x) => !matched.has(x) && sameValue(x.age, row.value) && names.some((n) => sameName(n, { name: x.person }, { surname: true })));
    if (hit) {
      matched.add(hit);
      bump(tally, 'ages', 'tp');
    } else bump(tally, 'ages', 'fp', 1, `${names[0] ?? '?'} ${row.value.value}`);
  }
  for (const x of expected) if (!matched.has(x)) bump(tally, 'ages', 'fn', 1, `${x.person} ${x.age}`);
}

/** Score one single-article analysis against a golden expected.json. */
export function scoreArticle(expected, analysis) {
  const tally = newTally();
  const found = scoreEntities(tally, expected.entities ?? [], analysis.entities ?? []);
  scoreEntityDetails(tally, found);
  const occurrences = (analysis.quotes ?? []).flatMap((q) =>
    q.occurrences.map((o) => ({ ...o, speakerName: o.speakerName ?? q.speaker?.name ?? null })),
  );
  scoreQuotesSingle(tally, expected.quotes ?? [], expected.entities, occurrences);
  const dates = expected.dates ?? [];
  scoreDateSet(tally, 'dates', dates.map((d) => d.date), expected.optionalDates ?? [], (analysis.events ?? []).map((e) => e.date));
  scoreEvents(tally, dates, expected.optionalDates ?? [], analysis.events ?? []);
  scoreQuantities(tally, expected.quantities ?? [], analysis);
  scoreAges(tally, expected.ages ?? [], analysis);
  return tally;
}

// ---------------------------------------------------------------- multi-article stories

function keysOf(analysis) {
  const m = new Map();
  for (const a of analysis.articles ?? []) m.set(a.id, articleKey(a.source));
  return m;
}

const mapKeys = (keys, ids) => [...new Set((ids ?? []).map((id) => keys.get(id) ?? id))];
const coversArticles = (expKeys, predKeys) => expKeys.filter((k) => predKeys.some((p) => sameArticle(k, p)));

function claimText(analysis, c) {
  const subj = subjectNames(analysis, c).join(' ');
  return `${c.topic ?? ''} ${subj} ${(c.values ?? []).map((v) => `${v.unit ?? ''}`).join(' ')}`;
}

/** Distinct predicted values equal the expected values (each way), strictly. */
function sameValueSet(expValues, predValues) {
  return expValues.every((e) => predValues.some((p) => sameValue(e, p))) && predValues.every((p) => expValues.some((e) => sameValue(e, p)));
}

function claimMatches(analysis, x, c) {
  if (!x.kinds.includes(c.kind)) return false;
  const subj = x.subject ? subjectNames(analysis, c).some((n) => sameName(n, { name: x.subject }, { surname: true })) : false;
  if (!subj && !topicOverlap(x.topic, claimText(analysis, c))) return false;
  return sameValueSet(x.values, c.values ?? []);
}

const STATUSES = ['agreed', 'conflict', 'updated'];

function scoreClaims(tally, expected, analysis) {
  const matched = new Set();
  for (const c of analysis.claims ?? []) {
    if (!STATUSES.includes(c.status)) continue;
    const key = `claims:${c.status}`;
    const same = expected.find((x) => x.status === c.status && claimMatches(analysis, x, c));
    if (same?.optional) continue; // a defensible finding that is not required either
    if (same && !matched.has(same)) {
      matched.add(same);
      bump(tally, key, 'tp');
      if (same.status === 'agreed' && same.independentSources !== undefined) {
        const ok = c.independentSources === same.independentSources;
        bump(tally, 'claim-sources', ok ? 'tp' : 'fp');
        if (!ok) bump(tally, 'claim-sources', 'fn');
      }
      continue;
    }
    const label = `${c.kind} "${c.topic}" ${(c.values ?? []).map((v) => v.value).join(' / ')}`;
    if (same) {
      bump(tally, key, 'fp', 1, `${label} (duplicate)`); // a second claim for one finding
      continue;
    }
    const other = expected.find((x) => claimMatches(analysis, x, c));
    // unlisted agreements are not penalised (too many to list); every disagreement in a story is planted
    if (other || c.status !== 'agreed') bump(tally, key, 'fp', 1, other ? `${label} (expected ${other.status})` : label);
  }
  for (const x of expected) if (!matched.has(x) && !x.optional) bump(tally, `claims:${x.status}`, 'fn', 1, `${x.kinds[0]} ${x.topic[0]} ${x.values.join(' / ')}`);
}

function pairsOf(groups) {
  const out = new Set();
  for (const g of groups) {
    const s = [...g].sort();
    for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) out.add(`${s[i]}|${s[j]}`);
  }
  return out;
}

function scoreSyndication(tally, expected, analysis, keys) {
  const predGroups = (analysis.independence ?? []).filter((g) => g.articles.length > 1).map((g) => mapKeys(keys, g.articles));
  const allKeys = [...keys.values()];
  const expGroups = expected.map((g) => g.map((k) => allKeys.find((p) => sameArticle(k, p)) ?? k));
  const exp = pairsOf(expGroups);
  const pred = pairsOf(predGroups);
  for (const p of pred) bump(tally, 'syndication', exp.has(p) ? 'tp' : 'fp', 1, p);
  for (const e of exp) if (!pred.has(e)) bump(tally, 'syndication', 'fn', 1, e);
}

function scoreLedger(tally, expected, entities, analysis, keys, complete) {
  const ledger = (analysis.quotes ?? []).map((q) => ({
    q,
    texts: [q.text, ...q.occurrences.map((o) => o.text)],
    arts: mapKeys(keys, q.occurrences.map((o) => o.article)),
  }));
  const used = new Set();
  for (const x of expected.filter((e) => e.text)) {
    const cands = ledger.filter((l) => l.texts.some((t) => quoteHas(t, x.text)));
    for (const c of cands) used.add(c);
    if (x.optional) continue; // found or not, neither rewarded nor penalised
    const best = cands
      .map((c) => ({ c, n: coversArticles(x.articles, c.arts).length }))
      .sort((a, b) => b.n - a.n)[0]?.c;
    if (!best) {
      bump(tally, 'quotes', 'fn', 1, x.text);
      bump(tally, 'quote-carriers', 'fn', x.articles.length);
      if (x.speaker) bump(tally, 'quote-speakers', 'fn');
      continue;
    }
    bump(tally, 'quotes', 'tp');
    const hit = coversArticles(x.articles, best.arts).length;
    bump(tally, 'quote-carriers', 'tp', hit);
    bump(tally, 'quote-carriers', 'fn', x.articles.length - hit);
    bump(tally, 'quote-carriers', 'fp', best.arts.filter((p) => !x.articles.some((k) => sameArticle(k, p))).length);
    const spk = best.q.speaker?.name ?? best.q.occurrences.find((o) => o.speakerName)?.speakerName ?? null;
    if (speakerOk(spk, x.speaker ?? null, entities)) bump(tally, 'quote-speakers', 'tp');
    else {
      if (x.speaker) bump(tally, 'quote-speakers', 'fn');
      if (spk) bump(tally, 'quote-speakers', 'fp');
    }
    const altOk = Boolean(best.q.altered) === Boolean(x.altered);
    bump(tally, 'quote-altered', altOk ? 'tp' : 'fp');
    if (!altOk) bump(tally, 'quote-altered', 'fn');
  }
  // ledger quotes that match nothing expected (scare quotes, invented fragments) are false
  // positives, unless the expectation says its quote list is not complete (the seeds list voices)
  if (complete && expected.length > 0 && expected.every((e) => e.text)) for (const l of ledger) if (!used.has(l)) bump(tally, 'quotes', 'fp', 1, l.q.text.slice(0, 60));
}

/** (article, speaker) pairs: every quoted voice in every article. */
function scoreVoices(tally, speakers, entities, analysis, keys) {
  const pred = new Map();
  for (const q of analysis.quotes ?? []) {
    for (const o of q.occurrences) {
      const name = o.speakerName ?? q.speaker?.name ?? null;
      if (!name) continue;
      const k = `${keys.get(o.article) ?? o.article}\u0000${normWords(name)}`;
      pred.set(k, { article: keys.get(o.article) ?? o.article, name });
    }
  }
  const matched = new Set();
  for (const p of [...pred.values()].sort((a, b) => (a.article + a.name < b.article + b.name ? -1 : 1))) {
    const x = speakers.find((s) => s.articles.some((k) => sameArticle(k, p.article)) && sameName(p.name, s, { surname: true }));
    if (!x) {
      bump(tally, 'voices', 'fp', 1, `${p.article}: ${p.name}`);
      continue;
    }
    if (x.optional) continue;
    const key = `${x.name}\u0000${x.articles.find((k) => sameArticle(k, p.article))}`;
    if (matched.has(key)) continue; // the same voice under a second spelling
    matched.add(key);
    bump(tally, 'voices', 'tp');
  }
  for (const s of speakers) {
    if (s.optional) continue;
    for (const k of s.articles) if (!matched.has(`${s.name}\u0000${k}`)) bump(tally, 'voices', 'fn', 1, `${k}: ${s.name}`);
  }
}

function speakersFromQuotes(quotes, entities) {
  const by = new Map();
  for (const q of quotes) {
    if (!q.speaker || q.optional) continue;
    const ent = (entities ?? []).find((e) => sameName(q.speaker, e));
    const s = by.get(q.speaker) ?? { name: q.speaker, aliases: ent?.aliases ?? [], articles: [] };
    for (const a of q.articles) if (!s.articles.includes(a)) s.articles.push(a);
    by.set(q.speaker, s);
  }
  return [...by.values()];
}

function scoreStoryEntities(tally, expected, analysis, keys) {
  const multi = (analysis.entities ?? []).filter((e) => mapKeys(keys, e.articles).length >= 2);
  const exp = expected.map((e) => (e.articles.length >= 2 ? e : { ...e, optional: true }));
  scoreEntities(tally, exp, multi, 'entities');
}

/** Score one multi-article analysis against a story's expected.json (or the seed expectations). */
export function scoreStory(expected, analysis) {
  const tally = newTally();
  const keys = keysOf(analysis);
  scoreClaims(tally, expected.claims ?? [], analysis);
  if (expected.syndicated) scoreSyndication(tally, expected.syndicated, analysis, keys);
  const quotes = expected.quotes ?? [];
  scoreLedger(tally, quotes, expected.entities, analysis, keys, expected.quotesComplete !== false);
  scoreVoices(tally, expected.speakers ?? speakersFromQuotes(quotes, expected.entities), expected.entities, analysis, keys);
  scoreDateSet(tally, 'timeline', expected.timeline ?? [], expected.timelineOptional ?? [], (analysis.events ?? []).map((e) => e.date));
  scoreStoryEntities(tally, expected.entities ?? [], analysis, keys);
  return tally;
}

/** Stable row order for printing: by key. */
export function sortedKeys(tally) {
  return Object.keys(tally).sort();
}

export { normText };
