import type { Analysis } from '../contract/analysis-schema.js';
import { renderHtml } from './html-report.js';
import { renderJson } from './json-report.js';
import { renderMarkdown } from './markdown-report.js';

import type { Format } from './formats.js';

export { FORMATS, isFormat, loadRenderer, type Format } from './formats.js';

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
