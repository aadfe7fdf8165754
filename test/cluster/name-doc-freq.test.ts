/**
 * Document frequencies must cover every name key: a name with no count gets the largest idf (the
 * weight of a name new to the store), so a name the store has seen many times but never counted
 * would pass for the rarest one. Stores count the terms in an article's features, so every name's
 * term must be there even when the name is mentioned once in a long article.
 */
import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide } from '../../src/cluster/index.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, title: string, text: string): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published: '2026-06-02', language: 'en', text, removed: [], wordCount: 0 });

// Long leads with many words of equal count, and one name mentioned once near the end.
const FERRY = art('ferry-1', 'Ferry timetable cut for the summer', 'The island ferry operator cut its summer timetable on Tuesday, blaming a shortage of deck crew, engineers and ticket staff. Morning crossings drop from six to four, evening sailings end an hour earlier, and freight bookings move to a separate night boat. Hauliers warned of queues at the port, shopkeepers feared fewer visitors, and the tourism board asked for a rethink before the school holidays begin. Councillors called an emergency meeting, unions blamed low wages, and the operator promised refunds for cancelled tickets. A spokesperson for Wexley Harbour Authority said the berth would stay open at night.');
const ORCHARD = art('orchard-1', 'Frost ruins apple blossom across the valley', 'A late frost ruined apple blossom across the valley on Sunday night, growers said, with temperatures falling to minus four before dawn. Pickers expect smaller harvests, cider makers fear higher prices, and packing sheds may cut seasonal jobs. Insurers reported dozens of claims, agronomists advised pruning damaged shoots, and the farming union asked for emergency grants. Some orchards lit fires between rows; others sprayed water to protect buds. The chair of Tollan Growers Cooperative said members would meet on Friday.');

describe('document frequencies cover names', () => {
  it.each([
    { article: FERRY, name: 'wexley harbour authority' },
    { article: ORCHARD, name: 'tollan growers cooperative' },
  ])('$name in $article.id is counted', async ({ article, name }) => {
    const f = clusterFeatures(article);
    expect(f.entities).toContain(name);
    expect(f.terms.map(([t]) => t)).toContain(name);
    const index = new MemoryClusterIndex();
    index.add(article.id, f, await decide(f, index));
    expect((await index.docFreq([name])).get(name)).toBe(1);
  });
});
