/**
 * The text half of duplicate detection: the same article re-published with different spacing,
 * case or curly quotes hashes the same; any change of words does not.
 */
import { createHash } from 'node:crypto';

/** sha-256 (hex) of `text` folded to lower case, straight quotes and single spaces. */
export function textHash(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(folded).digest('hex');
}
