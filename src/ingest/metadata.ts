/** The metadata an ingester can find for an article, before outlet and date are resolved. */
export interface RawMetadata {
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  author?: string | null;
  published?: string | null;
  language?: string | null;
  id?: string | null;
}

/** Fill unset fields of `into` from `from` (first source wins: callers pass the most reliable first). */
export function mergeMetadata(into: RawMetadata, from: RawMetadata): RawMetadata {
  const out: RawMetadata = { ...into };
  for (const k of ['title', 'url', 'outlet', 'author', 'published', 'language', 'id'] as const) {
    const v = from[k]?.trim();
    if (!out[k] && v) out[k] = v;
  }
  return out;
}

/** Normalise a language tag from metadata ("en_GB" → "en-GB"); null when it is not a tag. */
export function normalizeLanguage(s: string | null | undefined): string | null {
  const t = (s ?? '').trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t)) return null;
  const [first, ...rest] = t.split('-');
  return [first!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}
