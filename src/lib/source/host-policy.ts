/**
 * Where a download may go. Every hop of every download (the export, the media bank's manifest and
 * files, each redirect) must name a host the configuration names, and that host must resolve to
 * public addresses only: a hostile export server or manifest row could otherwise make the build
 * machine read its own loopback services, the cloud's metadata endpoint (169.254.169.254) or the
 * private network behind it.
 *
 * Allowed hosts: the host of the address asked for (or, for the media bank's files, the
 * manifest's host), the hosts of HHH_SOURCE and HHH_MEDIA_MANIFEST, and those listed in
 * HHH_FETCH_HOSTS. Special addresses (loopback, private, link-local, carrier-grade NAT,
 * documentation, multicast, IPv4-mapped IPv6…) are refused unless HHH_FETCH_ALLOW_PRIVATE=1 (the
 * tests' local servers opt in). The names are resolved here before each request; a DNS answer
 * that changes between this check and the request itself (rebinding) is not caught.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Hostnames (lowercase, IPv6 without brackets) named by the configuration. */
export function configuredHosts(env: NodeJS.ProcessEnv): string[] {
  const hosts = (env.HHH_FETCH_HOSTS ?? '')
    .split(/[\s,]+/)
    .map((h) => h.trim())
    .filter(Boolean)
    .map(hostOf);
  for (const setting of [env.HHH_SOURCE, env.HHH_MEDIA_MANIFEST]) {
    if (setting && /^https?:\/\//i.test(setting)) {
      try {
        hosts.push(hostOf(new URL(setting).hostname));
      } catch {
        // Not a URL: the pull or the build reports it.
      }
    }
  }
  return hosts.filter(Boolean);
}

/** A hostname as compared: lowercase, without IPv6 brackets or a trailing dot. */
export function hostOf(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

export const privateAddressesAllowed = (env: NodeJS.ProcessEnv) => env.HHH_FETCH_ALLOW_PRIVATE === '1';

const SPECIAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  SPECIAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  // IPv4-translated addresses reach IPv4 hosts (mapped ones, ::ffff:0:0/96, are caught below).
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  SPECIAL.addSubnet(network, prefix, 'ipv6');

/** Loopback, private, link-local and other addresses that are not a public host on the internet. */
export function isSpecialAddress(address: string): boolean {
  const bare = hostOf(address);
  const family = isIP(bare);
  if (family === 0) return true;
  if (family === 4) return SPECIAL.check(bare, 'ipv4');
  // BlockList compares IPv4 addresses against an IPv6 rule for ::ffff:0:0/96 too, so mapped
  // addresses (127.0.0.1 spelt ::ffff:7f00:1) are recognised by their canonical spelling instead.
  if (/^\[::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}\]$/.test(new URL(`http://[${bare}]`).hostname)) return true;
  return SPECIAL.check(bare, 'ipv6');
}

export interface HostPolicy {
  /** Hostnames any hop may reach. */
  allowed: Set<string>;
  allowPrivate: boolean;
  /** DNS resolution (replaceable in tests). */
  resolve?: (hostname: string) => Promise<string[]>;
}

const systemResolve = async (hostname: string) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Why `target` may not be fetched, or undefined when it may. Resolves the name and checks every
 * address it has, so a public-looking name that points at 127.0.0.1 is refused too.
 */
export async function refusalFor(target: URL, policy: HostPolicy): Promise<string | undefined> {
  const host = hostOf(target.hostname);
  if (!policy.allowed.has(host)) {
    return `the host ${host} is not one the configuration names (${[...policy.allowed].join(', ') || 'none'}); add it to HHH_FETCH_HOSTS if it is trusted`;
  }
  if (policy.allowPrivate) return undefined;
  // A failed lookup throws: like any network error, the download tries again.
  const addresses = isIP(host) ? [host] : await (policy.resolve ?? systemResolve)(host);
  const special = addresses.filter(isSpecialAddress);
  if (addresses.length === 0 || special.length > 0) {
    return `the host ${host} resolves to ${special[0] ?? 'no address'}, a loopback, private, link-local or other special address (HHH_FETCH_ALLOW_PRIVATE=1 allows it)`;
  }
  return undefined;
}
