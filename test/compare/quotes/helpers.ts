/**
 * Helpers for ledger tests: real extraction of hand-written articles, and a small
 * resolver that merges local entities by their last name word (standing in for the
 * entity-merge stage, so these tests exercise the ledger alone).
 */
import type { Article, Entity } from '../../../src/contract/analysis-schema.js';
import type { ArticleExtraction } from '../../../src/model/records.js';
import type { EntityResolver } from '../../../src/compare/entity-resolver.js';
import { extractArticle } from '../../../src/extract/index.js';

export interface StoryArticle {
  readonly id: string;
  readonly text: string;
  readonly published?: string | null;
  readonly outlet?: string | null;
}

export function extractStory(articles: readonly StoryArticle[]): ArticleExtraction[] {
  return articles.map((s) => {
    const a: Article = { id: s.id, source: `${s.id}.txt`, url: null, outlet: s.outlet ?? null, outletFrom: s.outlet ? 'metadata' : null, title: null, author: null, published: s.published ?? null, language: 'en', text: s.text, removed: [], wordCount: s.text.split(/\s+/).length };
    return extractArticle(a);
  });
}

const surname = (s: string) => (s.toLowerCase().match(/[\p{L}-]+/gu) ?? []).pop() ?? s.toLowerCase();

/** Merge local entities across articles by last name word. */
export function surnameResolver(xs: readonly ArticleExtraction[]): EntityResolver {
  const names = new Map<string, string>();
  for (const x of xs) {
    for (const e of x.entities.entities) {
      const id = `p:${surname(e.name)}`;
      const prev = names.get(id);
      if (!prev || e.name.length > prev.length) names.set(id, e.name);
    }
  }
  return {
    globalId: (_article, key) => {
      for (const x of xs) {
        const e = x.entities.entities.find((le) => le.key === key);
        if (e) return `p:${surname(e.name)}`;
      }
      return null;
    },
    entity: (id): Entity | undefined => {
      const name = names.get(id);
      return name === undefined ? undefined : { id, name, type: 'person', aliases: [name], roles: [], articles: [], mentions: [] };
    },
  };
}
