import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { readCore, winkModel } from '../../src/nlp/wink-model.js';

const require = createRequire(import.meta.url);

/** The model's parts, as the tests use them (wink-nlp's types leave them `unknown`). */
interface ModelParts {
  core: () => Record<string, unknown>;
  featureFn: unknown;
  addons: Record<string, unknown>;
}
const ours = winkModel as unknown as ModelParts;
const theirs = packageModel as unknown as ModelParts;

describe('winkModel: the package\'s model, loaded faster', () => {
  it('the shared core model is the same, value for value, as the package\'s core()', () => {
    const a = readCore() as unknown as Record<string, unknown>;
    const b = theirs.core();
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const key of Object.keys(b)) expect(isDeepStrictEqual(a[key], b[key]), key).toBe(true);
  });

  type Feature = { list: string[]; hash?: Record<string, number>; index: number; intrinsicSize: number };
  type Core = { features: Record<string, Feature> };

  it('each instance\'s core() reads every word and feature value of the package\'s', () => {
    const a = ours.core() as unknown as Core;
    const b = theirs.core() as unknown as Core;
    expect(Object.keys(a.features)).toEqual(Object.keys(b.features));
    for (const [name, f] of Object.entries(b.features)) {
      const g = a.features[name]!;
      expect(g.list, name).toEqual(f.list);
      expect([g.index, g.intrinsicSize], name).toEqual([f.index, f.intrinsicSize]);
      if (f.hash) for (const value of f.list.slice(0, 5000)) expect(g.hash![value], `${name}: ${value}`).toBe(f.hash[value]);
    }
  });

  it('one instance\'s new words never reach another, nor the shared model', () => {
    const a = ours.core() as unknown as Core;
    const b = ours.core() as unknown as Core;
    expect(a).not.toBe(b);
    const lexeme = a.features.lexeme!;
    // what wink's cache does when it meets a word the model does not list
    lexeme.hash![`zzqxunseenword`] = lexeme.index;
    lexeme.index = lexeme.list.push('zzqxunseenword');
    expect(b.features.lexeme!.list).not.toContain('zzqxunseenword');
    expect(b.features.lexeme!.hash!['zzqxunseenword']).toBeUndefined();
    expect((ours.core() as unknown as Core).features.lexeme!.hash!['zzqxunseenword']).toBeUndefined();
    expect(b.features.lexeme!.index).toBe(b.features.lexeme!.list.length);
  });

  it('the other parts are the package\'s own', () => {
    expect(ours.featureFn).toBe(theirs.featureFn);
    expect(ours.addons.lemmatize).toBe(require('wink-eng-lite-web-model/dist/lemmatize.js'));
    expect(ours.addons.stem).toBe(theirs.addons.stem);
    expect(ours.addons.wordVectors).toBeUndefined();
  });

  // Two unrelated topics; the last text holds words no model lists, and a negation.
  const texts = [
    'The ferry left Dunmore harbour at 9.30 on Tuesday. Dr. Okafor said the crossing was calm.',
    'Wheat prices rose 4% in March, the third rise this year; growers were not happy about it.',
    'Zorblax and Quintavia signed nothing. "We did not agree," the envoy said.',
  ];

  it('tokens, tags, sentences and sentiment are the same as with the package\'s model', () => {
    const pipes = [['sbd', 'pos'], ['sbd', 'negation', 'sentiment']] as const;
    for (const pipe of pipes) {
      const fast = winkNLP(winkModel, [...pipe]);
      const plain = winkNLP(packageModel, [...pipe]);
      for (const text of texts) {
        const read = (nlp: ReturnType<typeof winkNLP>) => {
          const doc = nlp.readDoc(text);
          const sentiment: unknown[] = [];
          doc.sentences().each((s: ItemSentence) => sentiment.push(s.out(nlp.its.sentiment)));
          return {
            tokens: doc.tokens().out(),
            pos: doc.tokens().out(nlp.its.pos),
            types: doc.tokens().out(nlp.its.type),
            lemmas: doc.tokens().out(nlp.its.lemma as never),
            sentences: doc.sentences().out(nlp.its.span),
            sentiment,
          };
        };
        expect(read(fast), `${pipe.join('+')}: ${text}`).toEqual(read(plain));
      }
    }
  });
});
