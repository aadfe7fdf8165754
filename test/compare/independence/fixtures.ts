/**
 * Hand-written test articles on two invented stories (a port strike, a product recall),
 * each with a wire original, copies of it and independent accounts. Shared by the
 * independence, summary, framing and orchestrator tests.
 */
import type { Article } from '../../../src/contract/analysis-schema.js';

/** An Article with defaults for everything but id and text. */
export function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title: null, author: null, published: null,
    language: 'en', text, removed: [], wordCount: text.split(/\s+/).filter(Boolean).length, ...extra,
  };
}

export const PORT_WIRE = [
  'Dock workers at the port of Marlow walked off the job on Monday, halting the loading of container ships and leaving more than 40 vessels waiting at anchor outside the harbour, port officials said.',
  'The strike was called by the Harbour Workers Union after talks over pay and shift patterns broke down late on Sunday evening. The union is seeking a pay rise of 9 percent over two years, while the port operator has offered 4 percent and a one-off bonus.',
  '“We have been patient for eleven months and our members have run out of patience,” said Tomas Reyes, the union’s general secretary, speaking outside the main gate.',
  'The operator, Marlow Terminals, said the walkout would cost the regional economy millions of pounds a day and urged the union to return to the negotiating table. A spokesperson said the company remained open to independent arbitration.',
  'About 2,300 workers are employed at the port, which handles roughly a fifth of the country’s container traffic. Freight companies warned that supermarket shelves could see shortages of fresh produce within a week if the dispute continues.',
  'The transport ministry said it was monitoring the situation closely and had asked both sides to resume talks on Wednesday under the supervision of a government mediator.',
].join('\n');

/** The wire story republished: a new first line and the outlet's own sign-off. */
export const PORT_COPY = [
  'Harbour chaos: ships stack up as Marlow strike begins',
  PORT_WIRE,
  '(Reporting by the Coastline Herald news desk)',
].join('\n');

/** A light edit: some words changed here and there, a sentence dropped, a paragraph reordered. */
export const PORT_EDITED = [
  'Dockers at the port of Marlow walked off the job on Monday, halting the loading of container ships and leaving more than 40 vessels waiting at anchor outside the harbour, officials at the port said.',
  'The strike was called by the Harbour Workers Union after negotiations over pay and shift patterns broke down late on Sunday evening. The union is seeking a pay rise of 9 percent over two years, while the port operator has offered 4 percent plus a one-off bonus.',
  'The operator, Marlow Terminals, said the walkout would cost the regional economy millions of pounds each day and urged the union to return to the negotiating table.',
  '“We have been patient for eleven months and our members have run out of patience,” said Tomas Reyes, the union’s general secretary, speaking outside the main gate.',
  'About 2,300 workers are employed at the port, which handles roughly a fifth of the nation’s container traffic. Freight companies warned that supermarket shelves could see shortages of fresh produce within a week if the dispute goes on.',
].join('\n');

/** The first three paragraphs of the wire only. */
export const PORT_TRIMMED = PORT_WIRE.split('\n').slice(0, 3).join('\n');

/** Same event, written independently, carrying the same union quote. */
export const PORT_INDEPENDENT = [
  'Container traffic through Marlow ground to a halt on Monday as some 2,300 dockers began an open-ended strike over wages.',
  'By the afternoon, 42 ships were anchored in the bay with nowhere to unload, according to the harbour master’s office. Lorry drivers queued for hours on the approach road before being turned away.',
  '“We have been patient for eleven months and our members have run out of patience,” said Tomas Reyes, the union’s general secretary, speaking outside the main gate.',
  'Marlow Terminals, which runs the quays under a concession from the city, has put forward a 4 percent increase. Union members rejected it in a ballot last month by a wide margin, demanding 9 percent.',
  'Economists at the chamber of commerce estimate each day of stoppage will cost local businesses about £15 million. Government officials will try to broker a deal at a meeting on Wednesday.',
].join('\n');

export const RECALL_WIRE = [
  'The appliance maker Kestrel Home is recalling about 180,000 electric kettles sold in Britain and Ireland after reports that the base can overheat and melt, the company said on Thursday.',
  'The recall covers the KH-200 and KH-210 models sold between March 2023 and January 2024 through supermarkets and online retailers. Kestrel said it had received 37 reports of overheating, including four cases of minor burns, but no serious injuries.',
  'Customers are being asked to stop using the kettles immediately and to return them to the shop where they were bought for a full refund, or to contact the company for a free replacement base.',
  '“Safety is our first priority, and we are sorry for the inconvenience this causes our customers,” said Priya Shah, Kestrel’s chief executive.',
  'The Office for Product Safety and Standards said it was working with the company to make sure the recall reached as many owners as possible. Consumer groups urged buyers to check the model number printed on the underside of the base.',
].join('\n');

export const RECALL_COPY = ['Kettle recall: check your kitchen now', RECALL_WIRE.replace('the company said on Thursday', 'the firm announced on Thursday')].join('\n');

export const RECALL_INDEPENDENT = [
  'Owners of two popular Kestrel kettle models should unplug them at once, the manufacturer warned this week, after dozens of customers reported melting bases.',
  'The firm put the number of affected units at roughly 180,000, sold over ten months from spring 2023. It has logged 37 incidents, four of which left users with small burns.',
  '“Safety is our first priority, and we are sorry for the inconvenience this causes our customers,” said Priya Shah, Kestrel’s chief executive.',
  'Shops will give refunds with no receipt required. The consumer association Which Way said the episode showed that product safety checks on cheap small appliances were too weak, and called on regulators to test more products before they reach the shelves.',
].join('\n');
