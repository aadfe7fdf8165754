/** The corpus client functions as globals, for the type checker only (see ../client/globals.ts). */
import type * as common from './common.js';
import type * as search from './search-page.js';
import type * as stories from './stories-page.js';
import type * as story from './story-page.js';

declare global {
  const ccGetJson: typeof common.ccGetJson;
  const ccStoryLink: typeof common.ccStoryLink;
  const ccSnippet: typeof common.ccSnippet;
  const ccDateRange: typeof common.ccDateRange;
  const ccFail: typeof common.ccFail;
  const ccField: typeof common.ccField;
  const ccCell: typeof common.ccCell;
  const ccStoriesPage: typeof stories.ccStoriesPage;
  const ccSearchPage: typeof search.ccSearchPage;
  const ccStoryPage: typeof story.ccStoryPage;
  const ccWhyPanel: typeof story.ccWhyPanel;
  const ccList: typeof story.ccList;
}
