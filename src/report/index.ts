import type { Analysis } from '../contract/analysis-schema.js';
import { renderJson } from './json-report.js';
import { renderMarkdown } from './markdown-report.js';

/** Output formats `analyze --format` accepts. */
export const FORMATS = ['json', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/** Render an analysis in one of the supported formats. */
export function renderReport(analysis: Analysis, format: Format): string {
  switch (format) {
    case 'json':
      return renderJson(analysis);
    case 'md':
      return renderMarkdown(analysis);
  }
}
