/**
 * Entity stage (PLACEHOLDER: capitalised token runs, untyped). Replaced by the
 * rule-based entity extractor: mentions, types, roles, within-article aliases.
 */
import type { EntityLayer, LocalEntity, Mention } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';

export function extractEntities(ctx: ExtractContext): EntityLayer {
  const { tokens } = ctx.doc;
  const mentions: Mention[] = [];
  const byKey = new Map<string, { name: string; spans: Mention['span'][] }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN') continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.pos === 'PROPN' && tokens[j + 1]!.sentence === t.sentence) j++;
    const start = t.start;
    const end = tokens[j]!.end;
    const text = ctx.doc.text.slice(start, end);
    const key = `other:${text.toLowerCase()}`;
    const span = spanOf(ctx, start, end);
    mentions.push({ kind: 'mention', stage: 'entity-placeholder', span, text, type: 'other', role: null, roleSpan: null, entity: key, sentence: t.sentence });
    const e = byKey.get(key) ?? { name: text, spans: [] };
    e.spans.push(span);
    byKey.set(key, e);
    i = j;
  }
  const entities: LocalEntity[] = [...byKey].map(([key, e]) => ({
    kind: 'local-entity', key, name: e.name, type: 'other', aliases: [e.name], roles: [], mentions: e.spans,
  }));
  return { mentions, entities };
}
