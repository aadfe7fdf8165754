/**
 * Which IP addresses a fetched URL may reach. By default only public unicast addresses: a feed
 * URL given on the command line (or by a web form) must not be able to reach the machine itself,
 * the local network or cloud metadata services (SSRF).
 */
import { BlockList, isIP } from 'node:net';

const BLOCKED_V4: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, '"this network" (0.0.0.0/8)'],
  ['10.0.0.0', 8, 'private (10.0.0.0/8)'],
  ['100.64.0.0', 10, 'carrier-grade NAT (100.64.0.0/10)'],
  ['127.0.0.0', 8, 'loopback (127.0.0.0/8)'],
  ['169.254.0.0', 16, 'link-local (169.254.0.0/16)'],
  ['172.16.0.0', 12, 'private (172.16.0.0/12)'],
  ['192.0.0.0', 24, 'IETF protocol assignments (192.0.0.0/24)'],
  ['192.168.0.0', 16, 'private (192.168.0.0/16)'],
  ['198.18.0.0', 15, 'benchmarking (198.18.0.0/15)'],
  ['224.0.0.0', 4, 'multicast (224.0.0.0/4)'],
  ['240.0.0.0', 4, 'reserved or broadcast (240.0.0.0/4)'],
];
const BLOCKED_V6: readonly (readonly [string, number, string])[] = [
  ['::', 128, 'unspecified (::)'],
  ['::1', 128, 'loopback (::1)'],
  ['fc00::', 7, 'unique local (fc00::/7)'],
  ['fe80::', 10, 'link-local (fe80::/10)'],
  ['ff00::', 8, 'multicast (ff00::/8)'],
];

function listOf(ranges: readonly (readonly [string, number, string])[], type: 'ipv4' | 'ipv6'): [BlockList, string][] {
  return ranges.map(([net, prefix, why]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, type);
    return [list, why];
  });
}
const V4 = listOf(BLOCKED_V4, 'ipv4');
const V6 = listOf(BLOCKED_V6, 'ipv6');

/** The 8 groups of an IPv6 address (with "::" expanded and a dotted IPv4 tail converted), or null. */
function ipv6Groups(address: string): number[] | null {
  let a = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    const p = dotted[1]!.split('.').map(Number);
    a = a.slice(0, -dotted[1]!.length) + `${((p[0]! << 8) | p[1]!).toString(16)}:${((p[2]! << 8) | p[3]!).toString(16)}`;
  }
  const [head, tail] = a.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = a.includes('::') ? 8 - h.length - t.length : 0;
  const groups = [...h, ...Array<string>(fill).fill('0'), ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::/96) address. */
function embeddedV4(groups: number[]): string | null {
  const top = groups.slice(0, 6);
  const mapped = top.slice(0, 5).every((g) => g === 0) && (top[5] === 0xffff || top[5] === 0);
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (!mapped && !nat64) return null;
  if (mapped && top[5] === 0 && groups[6] === 0 && groups[7]! <= 1) return null; // :: and ::1 are not IPv4
  return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
}

/**
 * Why `address` must not be fetched, or null when it is a public unicast address.
 * @example blockedReason('10.1.2.3') // 'private (10.0.0.0/8)'
 */
export function blockedReason(address: string): string | null {
  const family = isIP(address.replace(/%.*$/, ''));
  if (family === 4) return V4.find(([l]) => l.check(address, 'ipv4'))?.[1] ?? null;
  if (family !== 6) return `not an IP address: ${address}`;
  const groups = ipv6Groups(address);
  if (!groups) return `not an IP address: ${address}`;
  const v4 = embeddedV4(groups);
  if (v4) {
    const why = blockedReason(v4);
    return why ? `IPv4 inside IPv6, ${why}` : null;
  }
  const canonical = groups.map((g) => g.toString(16)).join(':');
  return V6.find(([l]) => l.check(canonical, 'ipv6'))?.[1] ?? null;
}
