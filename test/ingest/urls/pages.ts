/**
 * Pages written for these tests (invented places, people and outlets), on three topics, and a
 * local HTTP server on 127.0.0.1 that serves them by path. Nothing here is real news.
 */
import { type Server, type ServerResponse, createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Page {
  readonly title: string;
  readonly outlet: string;
  readonly author: string;
  readonly published: string;
  readonly canonical: string | null;
  readonly paragraphs: readonly string[];
}

/** Two outlets' accounts of one story: a ferry service halted after an engine fault. */
export const FERRY_A: Page = {
  title: 'Kestrel Sound ferry halted after engine fault',
  outlet: 'Harbour Gazette',
  author: 'Ilse Marrow',
  published: '2026-02-10T09:30:00Z',
  canonical: 'https://harbour-gazette.example/news/a.html',
  paragraphs: [
    'The ferry between Portlenn and the island of Varra was taken out of service on Monday after an engine fault left it drifting for forty minutes, the operator said.',
    '"Nobody was hurt, and the crew did exactly what they were trained to do," said Joren Tallis, the operations director of Sound Crossings.',
    'The vessel was carrying 212 passengers and 31 vehicles when the port engine failed about two miles from Varra, according to the coastguard.',
    'A tug towed the ferry back to Portlenn, where it arrived shortly after 6pm. The operator said repairs would take at least nine days.',
    'Islanders will rely on a smaller relief boat with room for 80 passengers and no vehicles until the repairs are finished.',
  ],
};

export const FERRY_B: Page = {
  title: 'Varra islanders face nine days without car ferry',
  outlet: 'Coastline Times',
  author: 'Pell Okonjo',
  published: '2026-02-10T14:05:00Z',
  canonical: 'https://coastline-times.example/2026/02/b.html',
  paragraphs: [
    'Residents of Varra face more than a week without a vehicle ferry after the regular boat from Portlenn broke down in the Kestrel Sound on Monday.',
    'The coastguard said the ferry lost power in one engine while carrying about 200 passengers, and a tug brought it back to harbour in the evening.',
    '"We are asking people to travel only if they must," Joren Tallis of Sound Crossings told reporters. He said the repairs would take nine days.',
    'Mara Quill, who runs the shop on Varra, said deliveries of fresh food would stop until the car deck was back in service.',
    'A relief boat will sail four times a day but cannot carry vehicles, the operator said.',
  ],
};

/** A second topic, for the duplicate rules: a council budget vote. */
export const BUDGET: Page = {
  title: 'Dellbridge council approves budget with library cuts',
  outlet: 'Dellbridge Courier',
  author: 'Sami Roth',
  published: '2026-03-04',
  canonical: 'https://dellbridge-courier.example/politics/budget-vote',
  paragraphs: [
    'Dellbridge council approved its budget for the coming year on Wednesday by 23 votes to 17, after a debate that lasted more than five hours.',
    'The plan raises council tax by 4.9 per cent and closes two of the town\'s seven branch libraries, saving about 600,000 pounds a year.',
    '"These are choices nobody on this council wanted to make," said the council leader, Anya Ferrow, as protesters gathered outside the town hall.',
    'Opposition members said the library closures would hit the outer estates hardest and proposed cutting the events budget instead.',
  ],
};

/** A third topic: a school science prize, for pages without a canonical link. */
export const PRIZE: Page = {
  title: 'Ashgrove pupils win national robotics prize',
  outlet: 'Ashgrove Weekly',
  author: 'Tove Lindqvist',
  published: '2026-05-20',
  canonical: null,
  paragraphs: [
    'A team of six pupils from Ashgrove High School won the national schools robotics final on Saturday with a machine that sorts recycling by colour.',
    'The team beat 41 other schools and will receive 5,000 pounds for the school\'s science department, the organisers said.',
    '"They built most of it in the lunch hour," said their teacher, Bram Oduya, who has run the robotics club for three years.',
    'The pupils will present their machine at a European competition in the autumn.',
  ],
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news page: head metadata as publishers write it, a nav and footer around the article. */
export function pageHtml(p: Page, extraHead = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(p.title)} | ${esc(p.outlet)}</title>
<meta property="og:site_name" content="${esc(p.outlet)}">
<meta property="og:title" content="${esc(p.title)}">
<meta name="author" content="${esc(p.author)}">
<meta property="article:published_time" content="${p.published}">
${p.canonical ? `<link rel="canonical" href="${p.canonical}">` : ''}${extraHead}
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>${esc(p.title)}</h1>
${p.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}
</article>
<footer><p>Contact us. Terms and privacy.</p></footer>
</body></html>
`;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** An HTML answer. */
export const html = (body: string, headers: Record<string, string> = {}): Handler => (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);

/** A server on 127.0.0.1 answering `routes` by path (query ignored), 404 otherwise; counts requests per path. */
export async function startPages(routes: Record<string, Handler>): Promise<{ base: string; hits: Map<string, number>; stop: () => Promise<void>; server: Server }> {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return { base, hits, stop, server };
}
