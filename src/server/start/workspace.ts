/**
 * The start page's inputs: pasted links and dropped files, each an entry that is loading, ready
 * (with its articles) or failed (with the reason). Every change bumps `version` and calls
 * `onChange`, which re-analyses. Entries keep the order they were added in, and article ids are
 * made unique in that order, so the same inputs give the same analysis.
 */
import { articleKey, normalizeUrl, type AnalyzeInput, type Article, type Diagnostic } from '../../index.js';
import type { ArticleView, InputView } from '../../report/client-start/types.js';
import { checkCount, checkFileBytes, checkFileName, type StartLimits, type StartRefusal } from './limits.js';
import { readUploadedFile } from './read-file.js';
import { readLinks, type LinkOptions, type LinkOutcome } from './read-links.js';

interface Entry {
  readonly id: string;
  readonly kind: 'link' | 'file';
  readonly label: string;
  /** links: the normalised link; files: null. */
  readonly key: string | null;
  readonly bytes: number;
  status: InputView['status'];
  reason: string | null;
  articles: readonly Article[];
  diagnostics: readonly Diagnostic[];
}

const view = (a: Article): ArticleView => ({ title: a.title, outlet: a.outlet, published: a.published, words: a.wordCount, url: a.url });
const said = (d: Diagnostic) => `${d.rule}: ${d.message}`;

export class Workspace {
  private readonly entries: Entry[] = [];
  private readonly pending = new Set<Promise<void>>();
  private next = 1;
  private changes = 0;

  constructor(
    private readonly limits: StartLimits,
    private readonly links: LinkOptions,
    private readonly onChange: () => void,
  ) {}

  /** Bumped on every change; the page polls it. */
  get version(): number {
    return this.changes;
  }

  /** The inputs in the order they were added. */
  list(): InputView[] {
    return this.entries.map((e) => ({ id: e.id, kind: e.kind, label: e.label, status: e.status, reason: e.reason, articles: e.articles.map(view), notes: e.status === 'ready' ? e.diagnostics.filter((d) => d.severity !== 'info').map(said) : [] }));
  }

  /** Add links (already parsed); a link already on the page is left out and named in `repeated`. Fetching goes on in the background. */
  addLinks(links: readonly string[]): { readonly added: InputView[]; readonly repeated: string[] } | StartRefusal {
    const held = new Set(this.entries.map((e) => e.key));
    const fresh: { url: string; key: string }[] = [];
    const repeated: string[] = [];
    for (const url of links) {
      const key = normalizeUrl(url);
      if (held.has(key)) {
        repeated.push(url);
        continue;
      }
      fresh.push({ url, key });
      held.add(key);
    }
    const full = checkCount(this.entries.length, fresh.length, this.limits);
    if (full) return full;
    const added = fresh.map((l) => this.push({ kind: 'link', label: l.url, key: l.key, bytes: 0 }));
    if (added.length) {
      const read = readLinks(fresh.map((l) => l.url), this.links, (i, outcome) => this.settleLink(added[i]!, outcome));
      this.track(read.catch((e: unknown) => this.fail(added, e)));
    }
    return { added: this.list().filter((v) => added.some((e) => e.id === v.id)), repeated };
  }

  /** Add one file and read it; resolves when it is ready or failed. */
  async addFile(name: string, bytes: Uint8Array): Promise<InputView | StartRefusal> {
    const bad = checkFileName(name, this.limits) ?? checkCount(this.entries.length, 1, this.limits) ?? checkFileBytes(bytes.length, this.heldBytes(), this.limits);
    if (bad) return bad;
    const entry = this.push({ kind: 'file', label: name, key: null, bytes: bytes.length });
    const read = readUploadedFile(name, bytes, this.limits.maxFileBytes).then(
      (r) => {
        const problems = r.diagnostics.filter((d) => d.severity !== 'info');
        this.settle(entry, r.articles, r.diagnostics, r.articles.length ? null : problems.length ? problems.map(said).join('; ') : 'no article in this file');
      },
      (e: unknown) => this.fail([entry], e),
    );
    this.track(read);
    await read;
    return this.list().find((v) => v.id === entry.id)!;
  }

  /** Remove an input; false when there is none with that id. */
  remove(id: string): boolean {
    const i = this.entries.findIndex((e) => e.id === id);
    if (i < 0) return false;
    this.entries.splice(i, 1);
    this.changed();
    return true;
  }

  /** The ready articles, ids unique in the order the inputs were added, as `analyze` takes them. */
  analysisInput(): AnalyzeInput {
    const taken = new Set<string>();
    const articles: Article[] = [];
    const diagnostics: Diagnostic[] = [];
    let failed = 0;
    for (const e of this.entries) {
      if (e.status === 'failed') failed++;
      if (e.status !== 'loading') diagnostics.push(...e.diagnostics);
      for (const a of e.articles) {
        let id = a.id;
        for (let n = 2; taken.has(id); n++) id = `${a.id}-${n}`;
        taken.add(id);
        articles.push(id === a.id ? a : { ...a, id });
      }
    }
    return { articles, diagnostics, skipped: { inputs: failed, records: 0 } };
  }

  /** Resolves when no link or file is being read (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
  }

  private heldBytes(): number {
    return this.entries.reduce((n, e) => n + e.bytes, 0);
  }

  private push(e: Pick<Entry, 'kind' | 'label' | 'key' | 'bytes'>): Entry {
    const entry: Entry = { ...e, id: `in${this.next++}`, status: 'loading', reason: null, articles: [], diagnostics: [] };
    this.entries.push(entry);
    this.changes++;
    return entry;
  }

  private settleLink(entry: Entry, outcome: LinkOutcome): void {
    if (!outcome.ok) return this.settle(entry, [], [outcome.diagnostic], outcome.reason, outcome.diagnostic.rule.startsWith('duplicate') ? 'duplicate' : 'failed');
    // the same article through another link already on the page (canonical URL, AMP, print version)
    const identity = articleKey(outcome.event.article.url ?? outcome.url);
    const twin = this.entries.find((e) => e !== entry && e.status === 'ready' && e.articles.some((a) => articleKey(a.url ?? e.label) === identity));
    if (twin) return this.settle(entry, [], [{ severity: 'info', rule: 'duplicate-article', message: `the same article as ${twin.label}; counted once`, source: outcome.url, stage: 'ingest' }], `same article as ${twin.label}`, 'duplicate');
    this.settle(entry, [outcome.event.article], outcome.event.diagnostics, null);
  }

  private settle(entry: Entry, articles: readonly Article[], diagnostics: readonly Diagnostic[], reason: string | null, status: InputView['status'] = reason === null ? 'ready' : 'failed'): void {
    if (!this.entries.includes(entry)) return; // removed while it loaded
    entry.status = status;
    entry.reason = reason;
    entry.articles = articles;
    entry.diagnostics = diagnostics;
    this.changed();
  }

  /** An unexpected failure while reading (a disk error): the entries still loading fail with it. */
  private fail(entries: readonly Entry[], e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    for (const entry of entries) {
      if (entry.status !== 'loading') continue;
      this.settle(entry, [], [{ severity: 'error', rule: 'read-error', message, source: entry.label, stage: 'ingest' }], `read-error: ${message}`);
    }
  }

  private changed(): void {
    this.changes++;
    this.onChange();
  }

  private track(p: Promise<void>): void {
    const t = p.catch((e: unknown) => void e).finally(() => this.pending.delete(t));
    this.pending.add(t);
  }
}
