/**
 * The output formats, and each one's renderer loaded on its own: the HTML report alone is about
 * 25 modules (its client script, styles and report model), which `analyze --format json` never
 * needs, so the command line loads only the renderer it uses.
 */
import type { Analysis } from '../contract/analysis-schema.js';

/** Output formats `analyze --format` accepts. */
export const FORMATS = ['json', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** True when `s` names a supported output format. */
export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/** The renderer of one format, loaded on first call (the same function `renderReport` calls). */
export async function loadRenderer(format: Format): Promise<(analysis: Analysis) => string> {
  switch (format) {
    case 'json':
      return (await import('./json-report.js')).renderJson;
    case 'md':
      return (await import('./markdown-report.js')).renderMarkdown;
    case 'html':
      return (await import('./html-report.js')).renderHtml;
  }
}
