/**
 * Child process for the kill -9 test: ingest the generated articles into the PostgreSQL store at
 * argv[2] one by one (re-adding earlier ones, which must come back as duplicates), printing one
 * line per article so the parent can kill it at a chosen point. Run with `node --import tsx`.
 */
import { textHash } from '../../src/corpus/text-hash.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { titleWordClusterer as tw } from '../store/title-word-clusterer.js';
import { generatedArticles } from './generated-articles.js';

const [url, count] = process.argv.slice(2);
const store = await openPostgresStore(url!, { maxConnections: 2 });
for (const a of generatedArticles(Number(count))) {
  const features = tw.features(a);
  const r = await store.addArticle({ article: a, features, textHash: textHash(a.text), decide: (s) => tw.decide(features, s), profiles: tw.profiles });
  process.stdout.write(`${r.status} ${r.articleId}\n`);
}
await store.close();
