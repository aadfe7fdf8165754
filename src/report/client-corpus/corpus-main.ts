/** Corpus UI entry point: the page kind comes from <body data-page>, set by the server. */

/** Draw the page this document is. */
export function ccCorpusMain(): void {
  const root = document.getElementById('cc-corpus');
  if (!root) return;
  const kind = document.body.dataset.page;
  if (kind === 'stories') return ccStoriesPage(root);
  if (kind === 'search') return ccSearchPage(root);
  const id = /^\/stories\/([1-9]\d{0,14})$/.exec(location.pathname);
  if (kind === 'story' && id) return ccStoryPage(root, Number(id[1]));
  ccFail(root, new Error('unknown page'));
}
