/**
 * RSS 2.0 / RSS 1.0 (RDF) and Atom documents → plain feed items, with fast-xml-parser.
 * Security: entity processing is off, so no entity declared in a DOCTYPE is ever expanded (no
 * "billion laughs") and nothing external is fetched; the five XML built-ins and numeric
 * references are decoded afterwards by our own bounded decoder. A DOCTYPE that declares entities
 * is reported (`xml-entities-ignored`) and the feed is still read, unexpanded.
 */
import { XMLParser } from 'fast-xml-parser';
import { decodeEntities } from '../html-entities.js';

/** One entry of a feed, its fields as raw strings (HTML content still HTML). */
export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  readonly published: string | null;
  readonly author: string | null;
  /** content:encoded, Atom content, description or summary (first non-empty), as HTML */
  readonly html: string | null;
  readonly id: string | null;
  /** 1-based line of the item's start tag, when it could be found */
  readonly line: number | null;
}

export type ParsedFeed =
  | { readonly ok: true; readonly kind: 'rss' | 'atom'; readonly title: string | null; readonly link: string | null; readonly items: readonly FeedItem[]; readonly entitiesIgnored: boolean }
  | { readonly ok: false; readonly rule: 'not-a-feed' | 'bad-xml'; readonly message: string };

// Content elements are stop nodes: their inner markup stays a raw string (Atom type="xhtml" too).
const CONTENT = ['content:encoded', 'content', 'description', 'summary'];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  stopNodes: CONTENT.map((t) => `*.${t}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'author' || name === 'dc:creator',
});

type Node = Record<string, unknown>;
const asNode = (v: unknown): Node | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Text of an element: a string, or the `#text` of an element with attributes; CDATA unwrapped, references decoded once. */
export function textOf(v: unknown): string | null {
  const raw = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : typeof asNode(v)?.['#text'] === 'string' ? (asNode(v)!['#text'] as string) : null;
  if (raw === null) return null;
  // CDATA sections are literal; only the text around them carries character references.
  const out = raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
    .join('')
    .trim();
  return out || null;
}

/** Atom content of type xhtml is markup already: no reference decoding (that would turn &lt; into a tag). */
function contentOf(v: unknown): string | null {
  const n = asNode(v);
  if (n && n['@_type'] === 'xhtml' && typeof n['#text'] === 'string') return n['#text'].trim() || null;
  return textOf(v);
}

const firstText = (n: Node, keys: readonly string[], read = textOf): string | null => {
  for (const k of keys) for (const v of list(n[k])) {
    const t = read(v);
    if (t) return t;
  }
  return null;
};

function linkOf(n: Node): string | null {
  const links = list(n.link);
  // Atom: <link rel="alternate" href>; RSS: <link>text</link>.
  const alt = links.map(asNode).find((l) => l && typeof l['@_href'] === 'string' && (l['@_rel'] ?? 'alternate') === 'alternate');
  if (alt) return String(alt['@_href']);
  return firstText(n, ['link']);
}

function authorOf(n: Node): string | null {
  const names = [...list(n.author), ...list(n['dc:creator'])].map((a) => textOf(asNode(a)?.name ?? a)).filter((a): a is string => !!a);
  return names.length ? [...new Set(names)].join(', ') : null;
}

/** Lines of the item start tags (`<item`, `<entry`), in order. */
function itemLines(xml: string, tag: 'item' | 'entry'): number[] {
  const lines: number[] = [];
  const re = new RegExp(`<${tag}[\\s>/]`, 'g');
  let line = 1;
  let last = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    for (let i = last; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

/** Parse a feed document. Never throws: malformed XML and non-feed XML are results. */
export function parseFeed(xml: string): ParsedFeed {
  const entitiesIgnored = /<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i.test(xml.slice(0, 1 << 16));
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    return { ok: false, rule: 'bad-xml', message: `not well-formed XML: ${(e as Error).message.split('\n')[0]}` };
  }
  const rss = asNode(doc.rss) ?? asNode(doc['rdf:RDF']);
  const atom = asNode(doc.feed);
  const channel = rss ? (asNode(rss.channel) ?? rss) : atom;
  if (!channel) return { ok: false, rule: 'not-a-feed', message: `XML root is not <rss>, <rdf:RDF> or <feed> (found <${Object.keys(doc)[0] ?? 'nothing'}>)` };
  const kind = rss ? 'rss' : 'atom';
  const tag = kind === 'rss' ? 'item' : 'entry';
  // RSS 1.0 puts items beside the channel, not inside it.
  const raw = [...list(channel[tag]), ...(rss && rss !== channel ? list(rss[tag]) : [])].map(asNode).filter((n): n is Node => !!n);
  const lines = itemLines(xml, tag);
  const items = raw.map((n, i): FeedItem => ({
    title: firstText(n, ['title']),
    link: linkOf(n),
    published: firstText(n, ['pubDate', 'published', 'dc:date', 'updated']),
    author: authorOf(n),
    html: firstText(n, CONTENT, contentOf),
    id: firstText(n, ['guid', 'id']),
    line: lines.length === raw.length ? (lines[i] ?? null) : null,
  }));
  return { ok: true, kind, title: firstText(channel, ['title']), link: linkOf(channel), items, entitiesIgnored };
}
