/**
 * The corpus UI pages: one empty shell for the stories list (/), a story (/stories/:id) and
 * search (/search). No inline script or style, so the strict CSP holds; /corpus.js reads the
 * path and draws the page from the JSON API.
 */
import { pageShell } from '../page.js';

/** Which page a path is, or null for none. Story ids are checked again by the API. */
export function pageKind(path: string): 'stories' | 'story' | 'search' | null {
  if (path === '/' || path === '/index.html') return 'stories';
  if (path === '/search') return 'search';
  if (/^\/stories\/[1-9]\d{0,14}$/.test(path)) return 'story';
  return null;
}

/** The HTML shell of a corpus page. */
export function corpusPageHtml(kind: 'stories' | 'story' | 'search'): string {
  const title = { stories: 'Stories', story: 'Story', search: 'Search' }[kind];
  return pageShell(title, ['/app.css', '/corpus.css'], '/corpus.js', [
    `<body data-page="${kind}">`,
    '<nav class="corpus-nav" aria-label="Corpus"><a href="/">Stories</a> <a href="/search">Search</a></nav>',
    '<div id="cc-corpus" aria-busy="true"><p>Loading…</p><noscript><p>This page needs JavaScript; the same data is under /api/stories and /api/search.</p></noscript></div>',
  ]);
}
