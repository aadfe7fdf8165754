/** The served page: an empty shell; /app.js fetches the report model and draws it. */
import { escapeHtml } from '../report/html-escape.js';

/**
 * The shell every served page shares: head with the stylesheets and one deferred script, then
 * `body` (an opening body tag and its content). No inline script or style, so the strict CSP holds.
 */
export function pageShell(title: string, styles: readonly string[], script: string, body: readonly string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} — crosscheck</title>`,
    '<link rel="icon" href="data:,">',
    ...styles.map((href) => `<link rel="stylesheet" href="${href}">`),
    `<script src="${script}" defer></script>`,
    '</head>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The HTML of `/`: the report model is fetched and drawn by /app.js. */
export function pageHtml(title: string): string {
  return pageShell(title, ['/app.css'], '/app.js', [
    '<body>',
    '<div id="cc-app" aria-busy="true"><p>Loading the analysis…</p><noscript><p>This page needs JavaScript; the same data is at /api/analysis.</p></noscript></div>',
  ]);
}
