/**
 * The self-contained HTML report: one file with inline CSS, the client script
 * and the report model as a JSON data block. It opens from disk with no
 * network. A Content-Security-Policy meta tag allows exactly the two inline
 * blocks we wrote (by SHA-256 hash) and nothing else, so even text that slipped
 * past escaping could not run a script or load anything.
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../contract/analysis-schema.js';
import { clientScript } from './client-bundle.js';
import { CLIENT_CSS } from './client-css.js';
import { escapeHtml, jsonForScript } from './html-escape.js';
import { buildReportModel } from './model/index.js';

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The CSP for the report file: only our own inline script and style, images only as data: URLs. */
export function reportCsp(script: string, style: string): string {
  return `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** Render an analysis as one self-contained HTML file. Deterministic for a given build. */
export function renderHtml(analysis: Analysis): string {
  const model = buildReportModel(analysis);
  const script = clientScript();
  const style = CLIENT_CSS;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportCsp(script, style))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="crosscheck ${escapeHtml(model.version)}">`,
    `<title>${escapeHtml(model.title)} — crosscheck</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    `<div id="cc-app" aria-busy="true"><h1>${escapeHtml(model.title)}</h1><noscript><p>This report draws its sections with JavaScript; the data is embedded in this file. Use the Markdown or JSON output for a script-free copy.</p></noscript></div>`,
    `<script type="application/json" id="cc-data">${jsonForScript(model)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
