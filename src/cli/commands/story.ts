/**
 * `crosscheck story <id>`: the full analysis of one story (the same contract and renderers as
 * `crosscheck analyze`). Markdown and HTML add why each article joined. JSON stays exactly the
 * contract; `--format why` prints only the join reasons.
 *
 * A story not analysed since it last changed (after `ingest --no-analyse`, or on PostgreSQL
 * before a worker got to it) is analysed here and now and stored, with one line on stderr
 * saying so: the user asked for this story, so they get its current analysis rather than an
 * error or an old one, and learn why it took a moment.
 */
import { writeFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { renderReport } from '../../report/index.js';
import type { Analysis } from '../../contract/analysis-schema.js';
import type { Store, StoryMember, StoryMerge, StoryRedirect } from '../../store/types.js';
import type { CliIO } from '../main.js';
import { outputFormat, parseCommand } from '../parse-command.js';
import { oneOf, openForRead, shownDb } from './corpus-common.js';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** One line per member: the first article opened the story; the others list shared terms and entities; then one per merge. */
export function whyLines(members: readonly StoryMember[], merges: readonly StoryMerge[]): string[] {
  const lines = members.map((m) =>
    m.reason === null
      ? `${m.articleId}: opened the story`
      : `${m.articleId}: joined (score ${m.reason.score.toFixed(2)}; terms: ${m.reason.sharedTerms.join(', ') || '-'}; entities: ${m.reason.sharedEntities.join(', ') || '-'})`,
  );
  for (const g of merges) {
    const shared = `entities: ${g.reason.sharedEntities.join(', ') || '-'}; terms: ${g.reason.sharedTerms.join(', ') || '-'}`;
    // A 'story' basis means the two stories' profiles converged (an early split repaired), not that the article bridged them.
    if (g.reason.basis === 'story') lines.push(`story ${g.from} merged in, converged with this story when ${g.articleId} joined (story score ${g.reason.score.toFixed(2)}; ${shared})`);
    else lines.push(`story ${g.from} merged in, bridged by ${g.articleId} (${shared})`);
  }
  return lines;
}

/**
 * Where a merged story went, as the line `story` exits with: the id was real (a bookmark,
 * yesterday's `stories` output), so the user is told which story to ask for instead.
 */
export function mergedLine(id: number, to: StoryRedirect, db: string): string {
  const first = to.via[0] ?? to.into;
  const path = to.via.length ? `, and story ${first} since into another: its articles are in story ${to.into} now (${[id, ...to.via, to.into].join(' → ')})` : '';
  return `story ${id} was merged into story ${first} when article ${to.articleId} joined${path}; run crosscheck story ${to.into} --db ${shownDb(db)}`;
}

/** The stored analysis when current; else analysed now (saying so on stderr); null when there is no such story. */
async function analysisFor(store: Store, id: number, db: string, io: CliIO): Promise<Analysis | null> {
  const stored = await store.getAnalysis(id);
  if (stored) return stored;
  const story = await store.getStory(id);
  if (!story) return null;
  const workers = store.kind === 'postgres' ? ` (\`crosscheck worker --db ${shownDb(db)}\` keeps analyses current)` : '';
  io.stderr.write(`crosscheck: story ${id} has not been analysed since it last changed; analysing its ${story.articleCount} article${story.articleCount === 1 ? '' : 's'} now${workers}\n`);
  // loaded only now: the analysis pipeline takes a moment to load, and a current story never needs it
  const { analyseStory } = await import('../../corpus/analyse-stories.js');
  return analyseStory(store, id);
}

/** Story formats by the file extension that names them (why has none: it is plain lines). */
const STORY_EXTENSIONS = { json: 'json', md: 'md', markdown: 'md', html: 'html', htm: 'html' } as const;

export async function runStory(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('story', args);
  const format = oneOf('--format', outputFormat(values.format, values.out, STORY_EXTENSIONS, 'json'), ['json', 'md', 'html', 'why'] as const);
  // digits only: Number() would also take "1e3", "0x10" or " 7"
  const id = positionals.length === 1 && /^[1-9]\d{0,14}$/.test(positionals[0]!) ? Number(positionals[0]) : NaN;
  if (Number.isNaN(id)) throw new UsageError('story needs one story id (see crosscheck stories)');
  const store = await openForRead(values.db);
  try {
    const analysis = await analysisFor(store, id, values.db, io);
    if (!analysis) {
      // exit 2 rather than printing the other story: a script reading story 12's JSON must not get story 7's unawares
      const to = await store.mergedInto(id);
      throw new UsageError(to ? mergedLine(id, to, values.db) : `no story ${id} in ${shownDb(values.db)} (see crosscheck stories)`);
    }
    const why = whyLines(await store.storyMembers(id), await store.storyMerges(id));
    let out: string;
    if (format === 'why') out = `${why.join('\n')}\n`;
    else if (format === 'json') out = renderReport(analysis, 'json');
    else if (format === 'md') out = `${renderReport(analysis, 'md').trimEnd()}\n\n## Why these articles\n\n${why.map((l) => `- ${l}`).join('\n')}\n`;
    else {
      const section = `<section id="why"><h2>Why these articles</h2><ul>${why.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>\n`;
      const html = renderReport(analysis, 'html');
      out = html.includes('</body>') ? html.replace('</body>', `${section}</body>`) : html + section;
    }
    if (values.out) writeFileSync(values.out, out);
    else io.stdout.write(out);
    return 0;
  } finally {
    await store.close();
  }
}
