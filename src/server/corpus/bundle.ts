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
  // a column: label over input. The input's size is set here, never by a flex basis (that would be its height)
  '.field{display:flex;flex-direction:column;font-size:.85rem;min-width:0;max-width:100%}',
  '.field input{font:inherit;font-size:1rem;padding:.3rem .5rem;width:16rem;max-width:100%;border:1px solid #767676;border-radius:6px}',
  '.field input[type=search]{width:24rem}',
  '#cc-corpus .toolbar button{font:inherit;padding:.3rem .9rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:6px;cursor:pointer}',
  // the story page nests the report (#cc-app) in #cc-corpus: one set of side margins, not two
  '#cc-corpus #cc-app{padding-left:0;padding-right:0}',
  'table.stories,table.why{border-collapse:collapse;width:100%}',
  'table.stories td,table.stories th,table.why td,table.why th{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}',
  'td.num{text-align:right;font-variant-numeric:tabular-nums}',
  'table.stories td.dates{white-space:nowrap}',
  '.hits{padding-left:1.4rem}.hit-row{margin:0 0 .8rem}.hit-row p{margin:.1rem 0}',
  '.snippet mark{background:var(--mark)}',
  '.why-panel{margin:2rem 0}',
  '.error{color:var(--conflict)}',
  // phones: each story is a block with labelled lines instead of five squeezed columns
  '@media (max-width:700px){',
  ' #cc-corpus{padding:0 10px 2rem}',
  ' table.stories,table.stories tbody,table.stories tr,table.stories td{display:block;width:100%}',
  ' table.stories thead{display:none}',
  ' table.stories tr{border-bottom:1px solid var(--line);padding:.4rem 0}',
  ' table.stories td{border:0;padding:.1rem 0;text-align:left}',
  ' table.stories td[data-label]::before{content:attr(data-label);color:var(--muted);font-size:.85rem}',
  ' table.why,table.why tbody,table.why tr,table.why td{display:block;width:100%}',
  ' table.why thead{display:none}',
  ' table.why tr{border-bottom:1px solid var(--line);padding:.4rem 0}',
  ' table.why td{border:0;padding:.1rem 0;text-align:left}',
  ' table.why td[data-label]::before{content:attr(data-label);color:var(--muted);font-size:.85rem}',
  '}',
].join('\n');
