/**
 * The start page's shell (`/` of `crosscheck serve` with no inputs), its script and its extra
 * stylesheet. No inline script or style, so the strict CSP holds; /start.js draws the form and
 * the inputs in #cc-start and the report viewer in #cc-app.
 */
import { clientScriptWith } from '../../report/client-bundle.js';
import * as inputs from '../../report/client-start/start-inputs.js';
import * as main from '../../report/client-start/start-main.js';
import { pageShell } from '../page.js';

/** /start.js: the report client plus the start page, ending with ccStartMain(). */
export function startClientScript(): string {
  return clientScriptWith([inputs, main], 'ccStartMain');
}

/** The HTML of `/`. */
export function startPageHtml(): string {
  return pageShell('Start', ['/app.css', '/start.css'], '/start.js', [
    '<body class="start">',
    '<header class="start-head"><p class="brand">crosscheck</p><h1>Lay the accounts of one story side by side</h1>',
    '<p class="muted">Paste links to articles about one story, or drop saved articles. Pages are fetched by this program on your computer; nothing from them runs here.</p></header>',
    '<div id="cc-start" aria-busy="true"><p>Loading…</p><noscript><p>This page needs JavaScript. Without it, run crosscheck analyze with the links instead.</p></noscript></div>',
    '<div id="cc-app" hidden></div>',
  ]);
}

/** /start.css: the start page's rules on top of the report stylesheet (/app.css). */
export const START_CSS = [
  '.start-head,#cc-start{max-width:1200px;margin:0 auto;padding:0 16px}',
  '.start-head h1{margin-bottom:.2rem}',
  '.start-form{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;margin:1rem 0}',
  '.start-links{display:flex;flex-direction:column;gap:.4rem}',
  '.start-links textarea{font:inherit;font-size:.95rem;padding:.5rem;border:1px solid #767676;border-radius:6px;resize:vertical;min-height:6rem}',
  '.start-add{align-self:flex-start;font:inherit;padding:.35rem 1rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:6px;cursor:pointer}',
  '.start-drop{position:relative;border:2px dashed var(--line);border-radius:8px;padding:1.5rem 1rem;display:flex;align-items:center;justify-content:center;text-align:center;background:var(--panel)}',
  '.start-drop.over{border-color:var(--accent);background:#eaf1fd}',
  '.start-drop input[type=file]{position:absolute;left:0;top:0;width:1px;height:1px;opacity:0}',
  '.start-pick{color:var(--accent);text-decoration:underline;cursor:pointer;white-space:nowrap}',
  '.start-drop:focus-within .start-pick{outline:2px solid var(--focus);outline-offset:2px}',
  '.start-message{grid-column:1/-1;margin:0;min-height:1.5em}',
  '.start-message.error,.start-reason{color:var(--conflict)}',
  '.start-inputs{list-style:none;padding:0;margin:.5rem 0}',
  '.start-input{border-bottom:1px solid var(--line);padding:.5rem 0}',
  '.start-input-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem}',
  '.start-label{overflow-wrap:anywhere;flex:1;min-width:0;font-size:.9rem;color:var(--muted)}',
  '.start-remove{font:inherit;font-size:.85rem;border:1px solid var(--line);background:#fff;border-radius:6px;padding:.1rem .6rem;cursor:pointer}',
  '.start-article{margin:.2rem 0 0 .2rem}.start-title{font-weight:600}',
  '.start-reason,.start-note{margin:.2rem 0 0 .2rem}',
  '.badge.state-ready{background:#ddf3e1;color:var(--agreed)}.badge.state-failed{background:var(--del-bg);color:var(--del)}',
  '.badge.state-loading,.badge.state-duplicate{background:var(--panel);color:var(--muted)}',
  '.start-downloads{margin:.5rem 0 1.5rem}',
  '@media (max-width:700px){.start-form{grid-template-columns:1fr}.start-head,#cc-start{padding:0 10px}}',
].join('\n');
