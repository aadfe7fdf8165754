/**
 * Step 8: build the stage's output from the clustered proposals: one LocalEntity per
 * cluster (type by summed evidence, name = the fullest form, aliases, roles, and the
 * lower-case descriptions of step 7 for organisations) and one Mention per proposal,
 * pointing at its entity's key.
 */
import type { EntityType } from '../../contract/analysis-schema.js';
import type { EntityLayer, LocalEntity, Mention } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { TypeScores } from './05-type-evidence.js';
import { sumScores } from './05-type-evidence.js';
import { canonicalName } from './06-local-aliases.js';
import type { Description } from './07-descriptions.js';
import { findDescriptions, findExpansions } from './07-descriptions.js';
import { PLACE_PREPOSITIONS } from '../../lexicon/place-words.js';
import { acronymLetters, isAcronym, nameKey } from './name-keys.js';
import type { Proposal } from './proposal.js';

export const STAGE = 'entities';

/** The type with the most evidence; 'other' when there is too little or a tie. */
export function decideType(s: TypeScores): EntityType {
  const total = { person: s.person + s.knownPerson, organization: s.organization + s.knownOrg, place: s.place + s.knownPlace, group: s.group };
  const ranked = (['person', 'organization', 'place', 'group'] as const).map((t) => [t, total[t]] as const).sort((a, b) => b[1] - a[1]);
  const [top, second] = [ranked[0]!, ranked[1]!];
  return top[1] >= 1 && top[1] > second[1] ? top[0] : 'other';
}

function words(text: string): number {
  const k = nameKey(text);
  let n = 1;
  for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) n++;
  return n;
}

function pickName(members: readonly Proposal[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = members[0]!.text;
  for (const a of counts.keys()) {
    const dw = words(a) - words(best);
    const dc = (counts.get(a) ?? 0) - (counts.get(best) ?? 0);
    // prefer more words, then more frequent; on a full tie keep the earlier one
    if (dw > 0 || (dw === 0 && dc > 0)) best = a;
  }
  return best;
}

/**
 * "from Zaria and Kafanchan": an untyped name listed after a place that a place
 * preposition governs is a place too (one pass, left to right, so a list of three works).
 */
function placesByList(ctx: ExtractContext, ps: readonly Proposal[], roots: readonly number[], types: Map<number, EntityType>): void {
  const { tokens } = ctx.doc;
  const endingAt = new Map<number, number>();
  ps.forEach((p, i) => endingAt.set(p.end - 1, i));
  // governed[i]: mention i follows a place preposition, directly or through the list before it
  const governed = new Map<number, boolean>();
  ps.forEach((p, i) => {
    const link = tokens[p.first - 1];
    if (link === undefined || (link.lower !== 'and' && link.lower !== 'or' && link.text !== ',')) {
      governed.set(i, PLACE_PREPOSITIONS.has(link?.lower ?? ''));
      return;
    }
    const q = endingAt.get(p.first - 2);
    if (q === undefined || !governed.get(q) || types.get(roots[q]!) !== 'place') return;
    governed.set(i, true);
    if (types.get(roots[i]!) === 'other') types.set(roots[i]!, 'place');
  });
}

/** Step 7 over the organisations of the article: their descriptions, by cluster root. */
function descriptionsByRoot(ctx: ExtractContext, ps: readonly Proposal[], clusters: ReadonlyMap<number, number[]>, types: ReadonlyMap<number, EntityType>): Map<number, Description[]> {
  const bodies = [...clusters]
    .filter(([root]) => types.get(root) === 'organization')
    .map(([root, idx]) => ({ root, keys: [...new Set(idx.map((i) => ps[i]!.text).flatMap((t) => [nameKey(t), nameKey(canonicalName(t))]))].filter((k) => k.includes(' ')) }));
  const acronyms = [...clusters]
    .filter(([root, idx]) => types.get(root) !== 'place' && idx.every((i) => isAcronym(ps[i]!.text)))
    .map(([root, idx]) => ({ root, letters: acronymLetters(ps[idx[0]!]!.text) }));
  const out = new Map<number, Description[]>();
  for (const d of [...findDescriptions(ctx.doc, bodies), ...findExpansions(ctx.doc, acronyms)]) out.set(d.root, [...(out.get(d.root) ?? []), d]);
  return out;
}

/** Assemble mentions and local entities from proposals and their cluster roots. */
export function buildLayer(ctx: ExtractContext, ps: readonly Proposal[], roots: readonly number[]): EntityLayer {
  const clusters = new Map<number, number[]>();
  roots.forEach((r, i) => {
    const list = clusters.get(r);
    if (list) list.push(i);
    else clusters.set(r, [i]);
  });
  const keyOf = new Map<number, string>();
  const usedKeys = new Set<string>();
  const entities: LocalEntity[] = [];
  const types = new Map<number, EntityType>();
  for (const [root, idx] of clusters) types.set(root, decideType(sumScores(idx.map((i) => ps[i]!.scores))));
  placesByList(ctx, ps, roots, types);
  const described = descriptionsByRoot(ctx, ps, clusters, types);
  for (const root of [...clusters.keys()].sort((a, b) => a - b)) {
    const members = clusters.get(root)!.map((i) => ps[i]!).sort((a, b) => a.start - b.start);
    const type = types.get(root)!;
    const surface = pickName(members);
    const name = type === 'place' || type === 'organization' ? canonicalName(surface) : surface;
    let key = `${type}:${nameKey(name)}`;
    for (let n = 2; usedKeys.has(key); n++) key = `${type}:${nameKey(name)}#${n}`;
    usedKeys.add(key);
    keyOf.set(root, key);
    const descriptions = described.get(root) ?? [];
    const aliases = [...new Set([name, ...members.map((m) => m.text), ...descriptions.map((d) => d.text)])];
    const roles: { text: string; span: Mention['span'] }[] = [];
    const seenRoles = new Set<string>();
    // places, organisations and groups hold no office: a title next to one is someone else's
    const holdsRoles = type === 'person' || type === 'other';
    for (const m of members) {
      if (!holdsRoles || !m.role || seenRoles.has(m.role.text.toLowerCase())) continue;
      seenRoles.add(m.role.text.toLowerCase());
      roles.push({ text: m.role.text, span: spanOf(ctx, m.role.start, m.role.end) });
    }
    const spans = [...members, ...descriptions].sort((a, b) => a.start - b.start).map((m) => spanOf(ctx, m.start, m.stop));
    entities.push({ kind: 'local-entity', key, name, type, aliases, roles, mentions: spans });
  }
  const typeOf = new Map(entities.map((e) => [e.key, e.type]));
  const mentions: Mention[] = ps.map((p, i) => {
    const key = keyOf.get(roots[i]!)!;
    const type = typeOf.get(key)!;
    const role = type === 'person' || type === 'other' ? p.role : null;
    return {
      kind: 'mention', stage: STAGE, span: spanOf(ctx, p.start, p.stop), text: p.text, type,
      role: role?.text ?? null, roleSpan: role ? spanOf(ctx, role.start, role.end) : null, entity: key, sentence: p.sentence,
    };
  });
  mentions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { mentions, entities };
}
