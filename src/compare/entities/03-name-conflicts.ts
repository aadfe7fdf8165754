/**
 * Step 3: `name` conflict claims. When one merged person is given different first
 * names by different articles (a transliteration, or a plain error), the merge
 * keeps one entity and reports the disagreement: one value per variant, with the
 * articles that use it and the spans where they write it. A variant that is only
 * an initial ("J. Roe"), initials ("PK Roe", "P.K. Roe") or a missing first name is not a
 * conflict: the merge already required the initials to open the full given name. Nor are two
 * romanisations of one given name ("Mohammed" / "Muhammad", "Qasim" / "Kasim"): they are shown as
 * the person's variants (docs/claims.md, "Names spelled two ways").
 */
import type { Claim, ClaimValue, Span } from '../../contract/analysis-schema.js';
import { givenKey, nameKey } from '../../extract/entities/name-keys.js';
import type { LocalRef } from './01-local-refs.js';
import { romanisedSpellings, sameRomanisedWord } from '../../extract/entities/transliteration.js';
import { roleContent, rolesShareOffice } from './01-local-refs.js';

/** Code-unit order: locale-independent, so output is identical everywhere. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Variant {
  readonly given: string;
  readonly name: string;
  readonly articles: Set<string>;
  readonly evidence: Span[];
}

function sharedRole(members: readonly LocalRef[]): string | null {
  // the shortest role text whose office every variant holding a role shares
  const roles = members.flatMap((m) => m.roles.map((r) => r.text)).sort((a, b) => a.length - b.length || cmp(a, b));
  for (const r of roles) {
    const rc = roleContent(r);
    if (members.every((m) => m.roles.length === 0 || m.roles.some((x) => rolesShareOffice(rc, roleContent(x.text))))) return r;
  }
  return null;
}

/** Name claims for one merged entity (empty when all full names agree). */
export function nameConflicts(entityId: string, members: readonly LocalRef[]): Omit<Claim, 'id'>[] {
  const full = members.filter((m) => m.type === 'person' && m.words > 1);
  const variants = new Map<string, Variant>();
  for (const m of full) {
    const g = m.given;
    if (g.length <= 1 || m.givenInitials) continue;
    const v = variants.get(g) ?? { given: g, name: m.name, articles: new Set<string>(), evidence: [] };
    v.articles.add(m.article);
    m.mentions.forEach((span, i) => {
      if (givenKey(m.mentionTexts[i]!) === g && nameKey(m.mentionTexts[i]!).includes(' ')) v.evidence.push(span);
    });
    variants.set(g, v);
  }
  if (variants.size < 2) return [];
  // two romanisations of one given name ("Mohammed" / "Muhammad") are variants, not a disagreement
  const romanised = romanisedSpellings(full.flatMap((m) => [m.name, ...m.names]));
  const classes: Variant[] = [];
  for (const v of [...variants.values()].sort((a, b) => b.articles.size - a.articles.size || cmp(a.given, b.given))) {
    const c = classes.find((x) => sameRomanisedWord(x.given, v.given, romanised));
    if (c === undefined) classes.push({ ...v, articles: new Set(v.articles), evidence: [...v.evidence] });
    else {
      for (const a of v.articles) c.articles.add(a);
      c.evidence.push(...v.evidence);
    }
  }
  if (classes.length < 2) return [];
  const surname = full[0]!.name.split(/\s+/).pop() ?? full[0]!.name;
  const role = sharedRole(full);
  const values: ClaimValue[] = classes
    .sort((a, b) => cmp(a.given, b.given))
    .map((v) => ({
      value: v.name, normalized: v.given, qualifier: null, unit: null, articles: [...v.articles].sort(),
      evidence: [...v.evidence].sort((a, b) => cmp(a.article, b.article) || a.start - b.start),
    }));
  const articles = [...new Set(values.flatMap((v) => v.articles))].sort();
  return [{ kind: 'name', topic: role ? `first name of ${surname} (${role})` : `first name of ${surname}`, status: 'conflict', values, subject: entityId, articles }];
}
