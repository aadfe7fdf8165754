/**
 * The outlet of an article, in order of trust: metadata (site name, publisher), the URL's domain
 * (a known domain gives its outlet name, otherwise the bare domain without "www."), a sign-off or
 * dateline in the text. `outletFrom` records which one was used.
 */
import { OUTLET_BY_DOMAIN } from '../lexicon/outlet-domains.js';

export type OutletFrom = 'metadata' | 'url' | 'text' | null;

/** The host of an http(s) URL, lower-case and without "www."; null when `url` is not one. */
export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/** The outlet name for a domain: a known outlet for it or a parent domain, else the domain itself. */
export function outletForDomain(domain: string): string {
  const parts = domain.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = OUTLET_BY_DOMAIN[parts.slice(i).join('.')];
    if (name) return name;
  }
  return domain;
}

/** Decide the outlet from the three sources, most trusted first. */
export function resolveOutlet(fromMeta: string | null | undefined, url: string | null, fromText: string | null): { outlet: string | null; outletFrom: OutletFrom } {
  const meta = fromMeta?.replace(/\s+/g, ' ').trim();
  if (meta) return { outlet: meta, outletFrom: 'metadata' };
  const domain = domainOf(url);
  if (domain) return { outlet: outletForDomain(domain), outletFrom: 'url' };
  if (fromText) return { outlet: fromText, outletFrom: 'text' };
  return { outlet: null, outletFrom: null };
}
