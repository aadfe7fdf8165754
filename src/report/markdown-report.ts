/** Markdown report (PLACEHOLDER: header and article list; sections come with the report work). */
import type { Analysis } from '../contract/analysis-schema.js';

export function renderMarkdown(a: Analysis): string {
  const lines: string[] = [];
  lines.push(`# ${a.story?.title ?? 'crosscheck report'}`, '');
  lines.push(`${a.articles.length} articles.`, '');
  lines.push('## Articles', '');
  for (const art of a.articles) lines.push(`- **${art.id}** ${art.outlet ?? ''} ${art.published ?? ''} — ${art.title ?? '(untitled)'}`);
  lines.push('');
  return lines.join('\n');
}
