/**
 * Headers every response carries. The page runs only our own script and
 * stylesheet from this origin; nothing may frame it, submit forms or connect
 * elsewhere. Article text is hostile input, so this is the second wall behind
 * the client's text-only DOM rendering.
 */
import type { ServerResponse } from 'node:http';

/** The Content-Security-Policy of every `serve` response. */
export const SERVE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Set the security headers on a response. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', SERVE_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * Only answer requests addressed to the loopback name we listen on. A page on
 * another site could otherwise reach us through DNS rebinding (its own host
 * name resolving to 127.0.0.1).
 */
export function hostAllowed(hostHeader: string | undefined, port: number, boundHost = '127.0.0.1'): boolean {
  if (!hostHeader) return false;
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}` || hostHeader === `${urlHost(boundHost)}:${port}`;
}

/** A host as written in a URL (IPv6 in brackets). */
export function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
