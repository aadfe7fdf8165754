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
  // An explicit stack, not recursion: a page nested 10,000 deep must not overflow the call stack.
  const stack: { readonly n: Node; readonly exit: boolean }[] = [{ n: root, exit: false }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { n, exit } = top;
    if (n.nodeType === 3) {
      cur += n.textContent ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const name = n.nodeName.toUpperCase();
    const block = BLOCK.has(name);
    if (exit) {
      if (name === 'TD' || name === 'TH') cur += ' ';
      if (block) flush();
      continue;
    }
    if (SKIP.has(name) || ALWAYS_CHROME.has(name) || (skipChrome && PAGE_CHROME.has(name))) continue;
    if (name === 'BR') {
      flush();
      continue;
    }
    if (block) flush();
    if (name === 'LI') cur += '- ';
    stack.push({ n, exit: true });
    const children = Array.from(n.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ n: children[i] as Node, exit: false });
  }
  flush();
  return lines;
}
