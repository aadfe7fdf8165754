/**
 * Markdown → plain paragraphs. Markup is removed but every word stays: headings lose their "#",
 * emphasis and code markers go, `[text](url)` becomes "text", images and link definitions are
 * dropped, lines of one paragraph are joined (CommonMark soft breaks), list items become "- item".
 * The result is normalised afterwards, so all offsets point into the final text.
 */
export interface MarkdownText {
  readonly text: string;
  /** the first ATX/Setext level-1 heading when it opens the document (a title candidate) */
  readonly h1: string | null;
}

// Character references (&amp;) are decoded before this step, for every text format (html-entities.ts).
/** Remove inline Markdown syntax from one line, keeping its words. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

type Block = { kind: 'para' | 'heading' | 'item'; lines: string[] };

/** Convert a Markdown document (LF line endings) to one paragraph per line. */
export function markdownToText(md: string): MarkdownText {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let inFence = false;
  let firstIsH1 = false;
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      cur = null;
      continue;
    }
    if (inFence) {
      blocks.push({ kind: 'para', lines: [raw] });
      continue;
    }
    const line = raw.replace(/^\s{0,3}>\s?/, '').replace(/^\s{0,3}>\s?/, '');
    if (!line.trim()) {
      cur = null;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      cur = null; // thematic break
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      blocks.push({ kind: 'heading', lines: [atx[2]!] });
      if (atx[1] === '#' && blocks.length === 1) firstIsH1 = true;
      cur = null;
      continue;
    }
    const next = lines[i + 1] ?? '';
    if (cur?.kind !== 'item' && /^\s{0,3}(=+|-+)\s*$/.test(next) && !/^\s*[-*+]\s/.test(line)) {
      blocks.push({ kind: 'heading', lines: [line.trim()] });
      if (/=/.test(next) && blocks.length === 1) firstIsH1 = true;
      i++;
      cur = null;
      continue;
    }
    const item = /^\s*(?:[-*+•]|(\d{1,3}[.)]))\s+(.*)$/.exec(line);
    if (item) {
      cur = { kind: 'item', lines: [item[1] ? `${item[1]} ${item[2]}` : `- ${item[2]}`] };
      blocks.push(cur);
      continue;
    }
    const hardBreak = cur && / {2,}$|\\$/.test(cur.lines[cur.lines.length - 1] ?? '');
    if (cur && !hardBreak) cur.lines.push(line.trim());
    else {
      cur = { kind: 'para', lines: [line.trim()] };
      blocks.push(cur);
    }
  }
  const out = blocks.map((b) => stripInlineMarkdown(b.lines.map((l) => l.replace(/\\$/, '').trim()).join(' ')).trim());
  const h1 = firstIsH1 && out[0] ? out[0] : null;
  return { text: (h1 ? out.slice(1) : out).filter(Boolean).join('\n'), h1 };
}
