/**
 * The corpus UI's browser script and extra stylesheet. The script is the single-story client
 * (so a story page draws exactly the report's sections) plus the corpus pages, shipped as
 * source text like the report client; it ends by calling ccCorpusMain.
 */
import { clientScriptWith } from '../../report/client-bundle.js';
import * as common from '../../report/client-corpus/common.js';
import * as main from '../../report/client-corpus/corpus-main.js';
import * as search from '../../report/client-corpus/search-page.js';
import * as stories from '../../report/client-corpus/stories-page.js';
import * as story from '../../report/client-corpus/story-page.js';

/** /corpus.js */
export function corpusClientScript(): string {
  return clientScriptWith([common, stories, search, story, main], 'ccCorpusMain');
}

/** /corpus.css: the corpus pages' own rules on top of the report stylesheet (/app.css). */
export const CORPUS_CSS = [
  '.corpus-nav{display:flex;gap:1rem;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--panel)}',
  '#cc-corpus{max-width:72rem;margin:0 auto;padding:0 1rem 2rem}',
  '#cc-corpus .toolbar{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;margin:.4rem 0}',
  '.field{display:flex;flex-direction:column;font-size:.85rem}',
  '.field input{font:inherit;font-size:1rem;padding:.2rem .4rem}',
  'table.stories,table.why{border-collapse:collapse;width:100%}',
  'table.stories td,table.stories th,table.why td,table.why th{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}',
  'td.num{text-align:right;font-variant-numeric:tabular-nums}',
  '.hits{padding-left:1.4rem}.hit-row{margin:0 0 .8rem}.hit-row p{margin:.1rem 0}',
  '.snippet mark{background:var(--mark)}',
  '.why-panel{margin:2rem 0}',
  '.error{color:var(--conflict)}',
].join('\n');
