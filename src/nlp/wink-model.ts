/**
 * wink-eng-lite-web-model, loaded faster. The package's own entry point requires every part of
 * the model at once (the 3 MB core JSON, the WordNet exception lists of its lemmatiser) and its
 * `core()` then deep-copies the required JSON (`JSON.parse(JSON.stringify(…))`) and decodes the
 * base64 lexicon one character at a time. Each wink instance calls `core()` (we run two: the
 * extraction's and the tone stage's), so at start-up that was the largest single cost.
 *
 * Here the core model is read once (base64 decoded by Buffer), into the same value as the
 * package's `core()` (checked by test/nlp/wink-model.test.ts), and each instance gets a light copy
 * of it: wink only ever writes to a model's feature lists and hashes (its cache adds the words it
 * has not seen), so each instance gets its own lists and, for each hash, an empty object whose
 * prototype is the shared one — reads fall through to the model's words, writes stay its own.
 * Everything else (the packed lexicon, the layouts, the tokeniser's patterns) is only read and is
 * shared. The other parts are the package's own loaders, required only when wink asks for them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';

type Model = Parameters<typeof winkNLP>[0];
type Loader = () => unknown;

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}

/** What read-core-model.js reads and load-core-model.js completes (only the fields they touch). */
export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Feature> & { posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** A fresh ArrayBuffer (aligned, owned) holding the bytes of a base64 string. */
function bytesOf(base64: string): ArrayBuffer {
  const decoded = Buffer.from(base64, 'base64');
  const bytes = new Uint8Array(decoded.length);
  bytes.set(decoded);
  return bytes.buffer;
}

function hashOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
  return hash;
}

/** The package's `core()`: read-core-model.js then load-core-model.js, in the same order. */
export function readCore(): CoreModel {
  const model = JSON.parse(readFileSync(require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = new Uint32Array(bytesOf(model.lexicon as string));
  model.xpansions = new Uint32Array(bytesOf(model.xpansions as string));
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme!.hash = hashOf(features.lexeme!.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

let shared: CoreModel | null = null;

/**
 * One instance's core model: the shared one, with its own feature lists, and hashes that read
 * through to the shared ones (see above). The shared model itself is never handed out.
 */
function loadCore(): CoreModel {
  shared ??= readCore();
  const features = {} as CoreModel['features'];
  for (const [name, feature] of Object.entries(shared.features as Record<string, Feature>)) {
    const own: Record<string, unknown> = { ...feature, list: feature.list.slice() };
    if (feature.hash !== undefined) own.hash = Object.create(feature.hash) as Record<string, number>;
    (features as Record<string, unknown>)[name] = own;
  }
  return { ...shared, features, packing: { ...shared.packing, efList: shared.packing.efList.slice() } };
}

/** One of the package's own loaders, required on first call. */
function packageLoader(file: string): Loader {
  return () => (require(`${DIST}${file}`) as Loader)();
}

/** A property read from the package on first access (the lemmatiser's exception lists are 220 KB of code). */
function lazy(target: object, key: string, file: string): void {
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get: () => require(`${DIST}${file}`) as unknown });
}

function buildModel(): Model {
  const model = Object.create(null) as Record<string, unknown>;
  model.core = loadCore;
  model.sbd = packageLoader('load-sbd-model.js');
  model.pos = packageLoader('load-pos-model.js');
  model.ner = packageLoader('load-ner-model.js');
  model.negation = packageLoader('load-negation-model.js');
  model.sa = packageLoader('load-sa-model.js');
  model.metaCER = packageLoader('load-cer-meta-model.js');
  model.featureFn = require(`${DIST}feature.js`) as unknown;
  const addons = Object.create(null) as Record<string, unknown>;
  lazy(addons, 'stem', 'porter-stemmer.js');
  lazy(addons, 'lemmatize', 'lemmatize.js');
  lazy(addons, 'readabilityStats', 'readability-stats.js');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as Model;
}

/** The English model, for `winkNLP(winkModel, …)`: same parts as the package's default export. */
export const winkModel: Model = buildModel();
