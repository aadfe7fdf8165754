// CoNLL-2003 (token POS chunk tag, one token a line, blank line between sentences) → documents
// with rebuilt text, token offsets and gold entity spans. Pure functions: no I/O.

const DATELINE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** Sentences of a CoNLL file: [{ tokens: [{ text, tag }] }]; `-DOCSTART-` lines become { docstart: true }. */
export function parseConll(text) {
  const out = [];
  let cur = [];
  const flush = () => {
    if (cur.length) out.push({ tokens: cur });
    cur = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '') flush();
    else if (cols[0] === '-DOCSTART-') {
      flush();
      out.push({ docstart: true });
    } else cur.push({ text: cols[0], tag: cols[cols.length - 1] ?? 'O' });
  }
  flush();
  return out;
}

/** A dateline sentence: a few tokens ending in an ISO date ("CITY 1996-08-30"). */
export const isDateline = (s) => s.tokens.length <= 8 && DATELINE_DATE.test(s.tokens[s.tokens.length - 1].text);

/**
 * Group sentences into documents. With `-DOCSTART-` markers, they split. Without them (the copy in
 * the cache has none), a document starts at the sentence just before a dateline sentence (the
 * headline): every Reuters story of CoNLL-2003 opens with headline, then "CITY YYYY-MM-DD".
 */
export function toDocuments(sentences) {
  if (sentences.some((s) => s.docstart)) {
    const docs = [];
    for (const s of sentences) {
      if (s.docstart) docs.push([]);
      else (docs[docs.length - 1] ?? (docs.push([]), docs[0])).push(s);
    }
    return docs.filter((d) => d.length > 0);
  }
  const starts = new Set([0]);
  sentences.forEach((s, i) => {
    if (i > 0 && isDateline(s)) starts.add(i - 1);
  });
  const docs = [];
  sentences.forEach((s, i) => {
    if (starts.has(i)) docs.push([]);
    docs[docs.length - 1].push(s);
  });
  return docs;
}

/** Entity chunks of a tag sequence (IOB1 or IOB2): [{ first, end, type }] over token indexes. */
export function chunks(tags) {
  const out = [];
  let open = null;
  tags.forEach((tag, i) => {
    const [bio, type] = tag === 'O' ? ['O', null] : [tag.slice(0, 1), tag.slice(2)];
    if (open && (bio !== 'I' || type !== open.type)) {
      out.push({ ...open, end: i });
      open = null;
    }
    if (bio !== 'O' && !open) open = { first: i, type };
  });
  if (open) out.push({ ...open, end: tags.length });
  return out;
}

/**
 * One document's text (one sentence a line; tokens joined by spaces, except no space before
 * closing punctuation and clitics, none after opening brackets and currency signs, and straight
 * double quotes glued to the words inside them), token offsets, gold spans and the published date.
 */
export function documentText(doc) {
  let text = '';
  const gold = [];
  let published = null;
  doc.forEach((s, si) => {
    if (si > 0) text += '\n';
    if (!published && isDateline(s)) published = s.tokens[s.tokens.length - 1].text;
    const offsets = [];
    let quoteOpen = false;
    let glue = true;
    for (const t of s.tokens) {
      const closingQuote = t.text === '"' && quoteOpen;
      if (!glue && !NO_SPACE_BEFORE.has(t.text) && !closingQuote) text += ' ';
      offsets.push([text.length, text.length + t.text.length]);
      text += t.text;
      glue = NO_SPACE_AFTER.has(t.text) || (t.text === '"' && !quoteOpen);
      if (t.text === '"') quoteOpen = !quoteOpen;
    }
    for (const c of chunks(s.tokens.map((t) => t.tag))) gold.push({ start: offsets[c.first][0], end: offsets[c.end - 1][1], type: c.type });
  });
  return { text, gold, published };
}

/**
 * Table-like documents (results tables, standings, lists): fewer than half of the lines after the
 * headline and dateline read as prose, a prose line being one with at least four lower-case words
 * of two letters or more. Sports results, league tables and market price lists fall here.
 */
export function isTableLike(doc) {
  const body = doc.filter((s, i) => !(i === 0 && doc.length > 1) && !isDateline(s));
  if (body.length === 0) return true;
  const prose = body.filter((s) => s.tokens.filter((t) => /^[a-z][a-z'-]+$/.test(t.text)).length >= 4).length;
  return prose * 2 < body.length;
}
