/** The served page: an empty shell; /app.js fetches the report model and draws it. */
import { escapeHtml } from '../report/html-escape.js';

/** The HTML of `/`. No inline script or style, so the strict CSP holds. */
export function pageHtml(title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} — crosscheck</title>`,
    '<link rel="icon" href="data:,">',
    '<link rel="stylesheet" href="/app.css">',
    '<script src="/app.js" defer></script>',
    '</head>',
    '<body>',
    '<div id="cc-app" aria-busy="true"><p>Loading the analysis…</p><noscript><p>This page needs JavaScript; the same data is at /api/analysis.</p></noscript></div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
