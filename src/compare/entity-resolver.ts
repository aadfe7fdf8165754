import type { Entity } from '../contract/analysis-schema.js';

/** Maps a within-article entity (article id + LocalEntity.key) to the merged cross-article Entity. */
export interface EntityResolver {
  /** Entity.id of the merged entity, or null when the local key is unknown. */
  globalId(article: string, localKey: string): string | null;
  /** The merged entity by id. */
  entity(id: string): Entity | undefined;
}
