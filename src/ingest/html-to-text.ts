/**
 * DOM → paragraphs: block elements (p, headings, list items, blockquote, table rows, br) end a line;
 * inline elements flow into it. Scripts, styles, forms and media are skipped.
 */
type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'CENTER', 'BODY', 'HTML']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OBJECT', 'VIDEO', 'AUDIO', 'HEAD']);
/** Navigation and side boxes: never article text. */
const ALWAYS_CHROME = new Set(['NAV', 'ASIDE']);
/** Page header and footer: skipped in the fallback (whole-body) extraction; inside Readability's
 * article they may hold a standfirst, so they are kept there. */
const PAGE_CHROME = new Set(['HEADER', 'FOOTER']);

/** Collect text of `root` as lines, one per block element. */
export function domToLines(root: Node, skipChrome = false): string[] {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      cur += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name) || ALWAYS_CHROME.has(name) || (skipChrome && PAGE_CHROME.has(name))) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'LI') cur += '- ';
    for (const c of Array.from(n.childNodes)) walk(c);
    if (name === 'TD' || name === 'TH') cur += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}
