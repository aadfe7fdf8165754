import type { Analysis } from '../contract/analysis-schema.js';
import { renderHtml } from './html-report.js';
import { renderJson } from './json-report.js';
import { renderMarkdown } from './markdown-report.js';

/** Output formats `analyze --format` accepts. */
export const FORMATS = ['json', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** True when `s` names a supported output format. */
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
    case 'html':
      return renderHtml(analysis);
  }
}

export { renderHtml } from './html-report.js';
export { buildReportModel } from './model/index.js';
export type { ReportModel } from './model/types.js';
