/**
 * The store contract: one suite every Store implementation must pass (SQLite here, PostgreSQL in
 * its own file). Call `storeContract(name, open)` where `open` returns a fresh, empty store.
 * Clustering is the simple title-word clusterer, so each test decides which articles share a story.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../src/contract/analysis-schema.js';
import { analyze } from '../../src/analyze.js';
import { textHash } from '../../src/corpus/text-hash.js';
import type { AddArticleResult, Store } from '../../src/store/types.js';
import { testArticle, titleWordClusterer as tw } from './title-word-clusterer.js';

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const add = (a: Article): Promise<AddArticleResult> => {
      const features = tw.features(a);
      return store.addArticle({ article: a, features, textHash: textHash(a.text), decide: (s) => tw.decide(features, s), profiles: tw.profiles });
    };
    const added = async (a: Article) => {
      const r = await add(a);
      if (r.status !== 'added') throw new Error(`expected ${a.id} to be added, got ${r.status}`);
      return r;
    };

    it('starts empty', async () => {
      expect(await store.counts()).toEqual({ articles: 0, stories: 0 });
      expect(await store.listStories()).toEqual([]);
      expect(await store.getStory(1)).toBeNull();
    });

    it('opens a story, then joins articles sharing a key with the reason; other keys open their own story', async () => {
      const a = await added(testArticle('flood-1', 'flood river rises', 'The river rose two metres overnight in the valley town.', { outlet: 'Valley Courier' }));
      const b = await added(testArticle('flood-2', 'flood bridge closed', 'Engineers closed the old bridge as the river kept rising.', { published: '2026-03-03', outlet: 'Daily Ledger' }));
      const c = await added(testArticle('match-1', 'match final whistle', 'The home side won the cup final by two goals to one.'));
      expect([a.newStory, b.newStory, c.newStory]).toEqual([true, false, true]);
      expect(b.storyId).toBe(a.storyId);
      expect(c.storyId).not.toBe(a.storyId);
      const members = await store.storyMembers(a.storyId);
      expect(members.map((m) => m.articleId)).toEqual(['flood-1', 'flood-2']);
      expect(members[0]!.reason).toBeNull();
      expect(members[1]!.reason?.sharedEntities).toEqual(['flood']);
      expect((await store.storyArticles(a.storyId)).map((x) => x.text)).toEqual([
        'The river rose two metres overnight in the valley town.',
        'Engineers closed the old bridge as the river kept rising.',
      ]);
      const s = await store.getStory(a.storyId);
      expect(s).toMatchObject({ title: 'flood river rises', articleCount: 2, outlets: ['Daily Ledger', 'Valley Courier'], firstPublished: '2026-03-02', lastPublished: '2026-03-03' });
      expect(await store.counts()).toEqual({ articles: 3, stories: 2 });
    });

    it('adds nothing for the same URL or the same normalised text', async () => {
      await added(testArticle('vote-1', 'vote count begins', 'Counting began at nine in the evening across the district.'));
      const byUrl = await add(testArticle('vote-1b', 'vote count begins', 'A different text at the same address.', { url: 'https://news.example/vote-1' }));
      const byText = await add(testArticle('vote-1c', 'vote again', '  counting began at NINE in the evening   across the district. ', { url: 'https://other.example/x' }));
      expect(byUrl).toEqual({ status: 'duplicate', articleId: 'vote-1', by: 'url' });
      expect(byText).toEqual({ status: 'duplicate', articleId: 'vote-1', by: 'text' });
      // must not match: a changed word is a new article
      expect((await add(testArticle('vote-2', 'vote count ends', 'Counting ended at nine in the evening across the district.'))).status).toBe('added');
      expect(await store.counts()).toEqual({ articles: 2, stories: 1 });
    });

    it('keeps article ids unique across runs by adding a suffix', async () => {
      const first = await added(testArticle('report', 'storm coast', 'Waves broke over the sea wall at high tide.'));
      const second = await added(testArticle('report', 'market shares', 'Shares in the retailer fell by a tenth on Monday.', { url: 'https://news.example/other' }));
      expect([first.articleId, second.articleId]).toEqual(['report', 'report-2']);
      expect((await store.storyArticles(second.storyId))[0]!.id).toBe('report-2');
    });

    it('merges stories bridged by an article and records why', async () => {
      const a = await added(testArticle('fire-1', 'fire warehouse', 'A warehouse fire sent smoke across the port.'));
      const b = await added(testArticle('port-1', 'port closed', 'The port authority closed two berths.'));
      const c = await added(testArticle('bridge-1', 'fire+port smoke closes berths', 'Smoke from the warehouse fire closed berths at the port.'));
      expect(c.merged).toEqual([b.storyId]);
      expect(c.storyId).toBe(a.storyId);
      expect(await store.getStory(b.storyId)).toBeNull();
      expect((await store.storyMembers(a.storyId)).map((m) => m.articleId)).toEqual(['bridge-1', 'fire-1', 'port-1']);
      expect(await store.storyMerges(a.storyId)).toEqual([{ into: a.storyId, from: b.storyId, articleId: 'bridge-1', reason: { score: 1, sharedTerms: [], sharedEntities: ['port'] } }]);
      expect((await store.getStory(a.storyId))?.articleCount).toBe(3);
      // the absorbed story's keys now lead to the merged story
      const d = await added(testArticle('port-2', 'port reopens', 'Berths reopened after the smoke cleared.'));
      expect(d.storyId).toBe(a.storyId);
      expect(await store.counts()).toEqual({ articles: 4, stories: 1 });
    });

    it('says where a merged story went, following a chain of merges; a new story never takes a merged-away id', async () => {
      const alpha = await added(testArticle('alpha-1', 'alpha dam inspection', 'Inspectors walked the dam crest at dawn.'));
      const beta = await added(testArticle('beta-1', 'beta ferry strike', 'Ferry crews stopped work over rotas.'));
      const gamma = await added(testArticle('gamma-1', 'gamma school roof', 'A school roof gave way after heavy snow.'));
      // gamma goes into beta, then beta (holding gamma's articles) into alpha: gamma → beta → alpha
      const b1 = await added(testArticle('bridge-bg', 'beta+gamma crews repair roof', 'Striking ferry crews helped repair the school roof.'));
      expect([b1.storyId, b1.merged]).toEqual([beta.storyId, [gamma.storyId]]);
      expect(await store.mergedInto(gamma.storyId)).toEqual({ into: beta.storyId, via: [], articleId: 'bridge-bg' });
      const b2 = await added(testArticle('bridge-ab', 'alpha+beta dam crews', 'The same crews then inspected the dam.'));
      expect([b2.storyId, b2.merged]).toEqual([alpha.storyId, [beta.storyId]]);
      expect(await store.mergedInto(gamma.storyId)).toEqual({ into: alpha.storyId, via: [beta.storyId], articleId: 'bridge-bg' });
      expect(await store.mergedInto(beta.storyId)).toEqual({ into: alpha.storyId, via: [], articleId: 'bridge-ab' });
      // must not redirect: a current story, an id never used
      expect(await store.mergedInto(alpha.storyId)).toBeNull();
      expect(await store.mergedInto(gamma.storyId + 100)).toBeNull();
      // the next story gets a fresh id, so a link to a merged story never shows an unrelated one
      const delta = await added(testArticle('delta-1', 'delta harvest fair', 'The harvest fair opened on the green.'));
      expect(delta.newStory).toBe(true);
      expect([beta.storyId, gamma.storyId]).not.toContain(delta.storyId);
      expect(await store.mergedInto(gamma.storyId)).toEqual({ into: alpha.storyId, via: [beta.storyId], articleId: 'bridge-bg' });
    });

    it('finds candidates only within the day window', async () => {
      const a = await added(testArticle('quake-1', 'quake tremor felt', 'A tremor was felt along the coast.', { published: '2026-01-01' }));
      const near = await added(testArticle('quake-2', 'quake aftershock', 'An aftershock followed two days later.', { published: '2026-01-03' }));
      const far = await added(testArticle('quake-3', 'quake anniversary', 'A year on, the town remembered the tremor.', { published: '2026-06-01' }));
      expect(near.storyId).toBe(a.storyId);
      expect(far.storyId).not.toBe(a.storyId);
    });

    it('rolls back everything when the clustering step fails', async () => {
      const a = testArticle('oops-1', 'oops', 'This article never lands.');
      const failing = store.addArticle({ article: a, features: tw.features(a), textHash: textHash(a.text), decide: () => Promise.reject(new Error('boom')), profiles: tw.profiles });
      await expect(failing).rejects.toThrow('boom');
      expect(await store.counts()).toEqual({ articles: 0, stories: 0 });
      expect((await add(a)).status).toBe('added');
    });

    it('serialises concurrent adds: every article lands once', async () => {
      const arts = Array.from({ length: 20 }, (_, i) => testArticle(`c-${i}`, `${i % 3 === 0 ? 'alpha' : 'beta'} item ${i}`, `Body number ${i} of the concurrent batch.`));
      const rs = await Promise.all(arts.map(add));
      expect(rs.every((r) => r.status === 'added')).toBe(true);
      expect(await store.counts()).toEqual({ articles: 20, stories: 2 });
    });

    it('stores analyses with the version they were computed from; a change makes them stale', async () => {
      const a = await added(testArticle('rail-1', 'rail strike', 'Drivers walked out on Monday; 40 trains were cancelled.'));
      const v1 = (await store.getStory(a.storyId))!.version;
      expect(await store.staleStories()).toEqual([a.storyId]);
      const analysis: Analysis = analyze({ articles: await store.storyArticles(a.storyId) });
      await store.putAnalysis(a.storyId, analysis, v1);
      expect(await store.getAnalysis(a.storyId)).toEqual(analysis);
      expect(await store.staleStories()).toEqual([]);
      expect((await store.getStory(a.storyId))!.conflicts).toBe(analysis.claims.filter((c) => c.status === 'conflict').length);
      expect((await store.getStory(a.storyId))!.updates).toBe(analysis.claims.filter((c) => c.status === 'updated').length);
      await added(testArticle('rail-2', 'rail talks', 'Talks resumed on Tuesday; 55 trains were cancelled.'));
      expect((await store.getStory(a.storyId))!.version).toBeGreaterThan(v1);
      expect(await store.getAnalysis(a.storyId)).toBeNull();
      expect((await store.getStory(a.storyId))!.conflicts).toBeNull();
      expect((await store.getStory(a.storyId))!.updates).toBeNull();
      expect(await store.staleStories()).toEqual([a.storyId]);
    });

    it('lists stories newest first and filters by --since', async () => {
      const old = await added(testArticle('o-1', 'harvest yields', 'Wheat yields fell.', { published: '2025-08-01' }));
      const mid = await added(testArticle('m-1', 'election turnout', 'Turnout reached a record.', { published: '2026-02-10' }));
      const fresh = await added(testArticle('n-1', 'launch rocket', 'The rocket lifted off at dawn.', { published: '2026-04-20' }));
      expect((await store.listStories()).map((s) => s.id)).toEqual([fresh.storyId, mid.storyId, old.storyId]);
      expect((await store.listStories({ since: '2026-01-01' })).map((s) => s.id)).toEqual([fresh.storyId, mid.storyId]);
      expect((await store.listStories({ limit: 1 })).map((s) => s.id)).toEqual([fresh.storyId]);
    });

    it('searches article text with story ids and highlighted snippets', async () => {
      const a = await added(testArticle('dam-1', 'dam inspection', 'Inspectors found a crack in the spillway of the reservoir dam.'));
      await added(testArticle('cup-1', 'cup semifinal', 'The striker scored twice in the semifinal.'));
      const hits = await store.search('spillway crack');
      expect(hits.map((h) => [h.articleId, h.storyId])).toEqual([['dam-1', a.storyId]]);
      expect(hits[0]!.snippet).toContain('«crack»');
      expect(hits[0]!.snippet).toContain('«spillway»');
      expect((await store.search('spillway', { markers: ['<b>', '</b>'] }))[0]!.snippet).toContain('<b>spillway</b>');
      // must not match: words absent, or present in only one article when both are asked for
      expect(await store.search('volcano')).toEqual([]);
      expect(await store.search('striker spillway')).toEqual([]);
      // query syntax is text, never an error
      expect(await store.search('crack AND (NEAR "')).toEqual([]);
      expect(await store.search('  ')).toEqual([]);
    });

    it('a punctuated word is searched and marked as one phrase; lone letters and function words are not marked', async () => {
      await added(testArticle('env-1', 'envoy visit', "The U.S. envoy met the port's director; the director's staff said talks went on for hours."));
      await added(testArticle('rail-2', 'rail strike', "Drivers' pay is the issue, the union's s-grade members said, as trains stood idle."));
      const hits = await store.search('U.S.');
      expect(hits.map((h) => h.articleId)).toEqual(['env-1']);
      expect(hits[0]!.snippet).toContain('«U.S».');
      // must not: every "s" (port's, director's) marked, or an article with a lone u and s found
      expect(hits[0]!.snippet.match(/«/g)).toHaveLength(1);
      expect(hits[0]!.snippet).not.toContain('«s»');
      const the = await store.search('the director');
      expect(the.map((h) => h.articleId)).toEqual(['env-1']);
      expect(the[0]!.snippet).toContain('«the» «director»');
      expect(the[0]!.snippet).not.toMatch(/«The»|«the» «port»|«s»/);
      expect(the[0]!.snippet.match(/«director»/g)).toHaveLength(2);
    });

    it('the snippet is cut around the words asked for, not around a lone function word of the query', async () => {
      const text = 'A ferry and a barge left at a slow pace in a light rain. Hours later, when the tide had turned and the wind had dropped over the northern bay, the lighthouse keeper logged the weather.';
      await added(testArticle('bay-1', 'bay crossing', text));
      const hits = await store.search('a lighthouse');
      expect(hits.map((h) => h.articleId)).toEqual(['bay-1']);
      expect(hits[0]!.snippet).toContain('the «lighthouse» keeper');
      // must not: a snippet of the first "a"s with nothing marked, or those "a"s marked
      expect(hits[0]!.snippet).not.toMatch(/«a»|«A»/);
      // a hit still holds every part of the query
      expect(await store.search('the lighthouse volcano')).toEqual([]);
    });

    it('counts dated articles per name and day for recent names; undated and month-dated articles are not counted', async () => {
      const day = (iso: string) => Date.parse(iso) / 86_400_000;
      await added(testArticle('rn-1', 'alpha one', 'First alpha text.', { published: '2026-03-02' }));
      await added(testArticle('rn-2', 'alpha+beta two', 'Second text, alpha and beta.', { published: '2026-03-03' }));
      await added(testArticle('rn-3', 'beta three', 'Third text, a later beta.', { published: '2026-03-20' }));
      for (const [id, days] of [['rn-4', [-1e6, 1e6]], ['rn-5', [day('2026-03-01'), day('2026-03-31')]]] as const) {
        const a = testArticle(id, 'alpha undated', `Alpha text ${id} without a day.`, { published: null });
        const features = { ...tw.features(a), day: day('2026-03-03'), days };
        await store.addArticle({ article: a, features, textHash: textHash(a.text), decide: (s) => tw.decide(features, s), profiles: tw.profiles });
      }
      let seen: unknown;
      const probe = testArticle('rn-6', 'gamma probe', 'The probe reads the counts.', { published: '2026-03-04' });
      const features = tw.features(probe);
      await store.addArticle({
        article: probe,
        features,
        textHash: textHash(probe.text),
        decide: async (s) => {
          seen = await s.recentNames?.(['alpha', 'beta', 'delta'], day('2026-03-01'), day('2026-03-04'));
          return { kind: 'new' };
        },
        profiles: tw.profiles,
      });
      expect(seen).toEqual({ counts: new Map([['alpha', 2], ['beta', 1]]), articles: 2 });
    });

    it('accepts diagnostics', async () => {
      await expect(store.addDiagnostics([{ severity: 'warning', rule: 'no-text', message: 'empty item', source: 'feed.xml', line: 3 }])).resolves.toBeUndefined();
    });
  });
}
