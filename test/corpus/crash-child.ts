/**
 * Child process for the crash test while the CLI has no clusterer in this build: the same corpus
 * ingestion as `crosscheck ingest`, with the test clusterer. Usage: crash-child.ts <db> <inputs…>
 */
import { ingestCorpus } from '../../src/corpus/ingest-corpus.js';
import { corpusItems } from '../../src/corpus/input-items.js';
import { openStore } from '../../src/store/open-store.js';
import { titleWordClusterer } from '../store/title-word-clusterer.js';

const [db, ...inputs] = process.argv.slice(2);
const store = await openStore(db!);
process.stdout.write('started\n');
await ingestCorpus(store, corpusItems(inputs, {}), titleWordClusterer);
await store.close();
