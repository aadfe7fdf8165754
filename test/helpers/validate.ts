import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Analysis } from '../../src/contract/analysis-schema.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateFn = ajv.compile(schema);

/** Validate against the published schema file; returns readable errors (empty when valid). */
export function schemaErrors(analysis: unknown): string[] {
  if (validateFn(analysis)) return [];
  return (validateFn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Every span must point inside its article's text. */
export function spanErrors(a: Analysis): string[] {
  const texts = new Map(a.articles.map((x) => [x.id, x.text.length]));
  const errs: string[] = [];
  const check = (where: string, s: { article: string; start: number; end: number }) => {
    const len = texts.get(s.article);
    if (len === undefined) errs.push(`${where}: unknown article ${s.article}`);
    else if (!(s.start <= s.end && s.end <= len)) errs.push(`${where}: span ${s.start}-${s.end} outside 0-${len}`);
  };
  a.entities.forEach((e) => e.mentions.forEach((m) => check(`entity ${e.id}`, m)));
  a.quotes.forEach((q) => q.occurrences.forEach((o) => check(`quote ${q.id}`, o)));
  a.events.forEach((ev) => ev.evidence.forEach((s) => check(`event ${ev.id}`, s)));
  a.claims.forEach((c) => c.values.forEach((v) => v.evidence.forEach((s) => check(`claim ${c.id}`, s))));
  a.summary.forEach((s, i) => s.evidence.forEach((sp) => check(`summary ${i}`, sp)));
  for (const f of a.framing ?? []) {
    const spans = [
      ...f.distinctiveTerms.flatMap((t) => t.spans ?? []),
      ...(f.scareQuoteSpans ?? []).flatMap((q) => q.spans),
      ...f.voices.flatMap((v) => v.spans ?? []),
      ...(f.labels ?? []).flatMap((l) => l.spans),
      ...(f.tone ? [...f.tone.article.spans, ...f.tone.entities.flatMap((e) => e.spans)] : []),
      ...(f.omissions ?? []).flatMap((o) => o.evidence),
    ];
    spans.forEach((s) => check(`framing ${f.outlet}`, s));
  }
  return errs;
}
