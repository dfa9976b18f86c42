// The SSRF guard: refuses hosts that resolve to private, loopback, link-local or otherwise non-public
// addresses, both before a request (every hop) and again at connect time (against DNS rebinding).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIPv4, isIPv6, type LookupFunction } from 'node:net';
import { SitrepError } from '../../core/errors.js';

/**
 * Whether non-public addresses may be fetched: `false` (the default) refuses them all, `true` allows
 * everything, and a list allows only the addresses or CIDR ranges named, e.g. `['127.0.0.1', '::1']`.
 */
export type PrivateAddressPolicy = boolean | readonly string[];

/** Thrown (or passed to a connect callback) when a host resolves to an address the policy refuses. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_SITREP_BLOCKED_ADDRESS';
  readonly host: string;
  readonly address: string;

  constructor(host: string, address: string) {
    super(
      host === address
        ? `refusing to fetch non-public address ${address}`
        : `refusing to fetch ${host}: it resolves to non-public address ${address}`,
    );
    this.name = 'BlockedAddressError';
    this.host = host;
    this.address = address;
  }
}

/** Resolves host names to all their addresses; `dns.lookup` by default, swappable for tests. */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

interface Cidr {
  bytes: Uint8Array;
  prefix: number;
}

// Non-global ranges (RFC 6890 and the IANA special-purpose registries) that a news fetcher has no business
// reaching: a URL from a feed must not be able to probe the monitor's own network.
const BLOCKED_V4 = [
  '0.0.0.0/8', // "this network"
  '10.0.0.0/8',
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8',
  '169.254.0.0/16', // link-local, incl. cloud metadata at 169.254.169.254
  '172.16.0.0/12',
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation
  '192.168.0.0/16',
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation
  '203.0.113.0/24', // documentation
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, incl. broadcast
].map(parseCidrOrThrow);

const BLOCKED_V6 = [
  '100::/64', // discard
  '2001:db8::/32', // documentation
  'fc00::/7', // unique local
  'fe80::/10', // link-local
  'fec0::/10', // deprecated site-local, still routed by some stacks
  'ff00::/8', // multicast
].map(parseCidrOrThrow);

/** Parses an IPv4 or IPv6 literal (brackets and zone id tolerated) into 4 or 16 bytes. */
export function parseIp(text: string): Uint8Array | undefined {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(bare)) return Uint8Array.from(bare.split('.').map(Number));
  if (!isIPv6(bare)) return undefined;
  let hex = bare;
  const lastColon = hex.lastIndexOf(':');
  const tail = hex.slice(lastColon + 1);
  if (tail.includes('.')) {
    // An embedded dotted quad (::ffff:10.0.0.1) becomes two hex groups so the rest is uniform.
    const [a = 0, b = 0, c = 0, d = 0] = tail.split('.').map(Number);
    hex = `${hex.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = hex.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const zeros = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length;
  const groups = [...headGroups, ...Array<string>(zeros).fill('0'), ...restGroups];
  if (groups.length !== 8) return undefined;
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    const value = parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  return bytes;
}

function parseCidr(text: string): Cidr | undefined {
  const [address = '', prefixText] = text.split('/');
  const bytes = parseIp(address);
  if (!bytes) return undefined;
  const prefix = prefixText === undefined ? bytes.length * 8 : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bytes.length * 8) return undefined;
  return { bytes, prefix };
}

function parseCidrOrThrow(text: string): Cidr {
  const cidr = parseCidr(text);
  if (!cidr) throw new Error(`bad CIDR range "${text}"`);
  return cidr;
}

function inCidr(bytes: Uint8Array, cidr: Cidr): boolean {
  if (bytes.length !== cidr.bytes.length) return false;
  for (let bit = 0; bit < cidr.prefix; bit += 8) {
    const remaining = Math.min(8, cidr.prefix - bit);
    const mask = (0xff << (8 - remaining)) & 0xff;
    const index = bit / 8;
    if (((bytes[index] ?? 0) & mask) !== ((cidr.bytes[index] ?? 0) & mask)) return false;
  }
  return true;
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);
const MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];
const COMPAT_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const NAT64_PREFIX = [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];

/**
 * The IPv4 address an IPv6 address stands for, if any: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible
 * (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::). Checking it stops ::ffff:127.0.0.1
 * from slipping past a guard that only knows IPv4 ranges.
 */
function embeddedIpv4(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.length !== 16) return undefined;
  if (startsWith(bytes, MAPPED_PREFIX) || startsWith(bytes, COMPAT_PREFIX) || startsWith(bytes, NAT64_PREFIX))
    return bytes.slice(12, 16);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  return undefined;
}

/** True when an address is not publicly routable (private, loopback, link-local, CGNAT, multicast, ...). */
export function isNonPublicAddress(address: string): boolean {
  const bytes = parseIp(address);
  if (!bytes) return true; // not an address at all: refuse rather than guess
  if (bytes.length === 4) return BLOCKED_V4.some((cidr) => inCidr(bytes, cidr));
  const v4 = embeddedIpv4(bytes);
  if (v4) return BLOCKED_V4.some((cidr) => inCidr(v4, cidr));
  return BLOCKED_V6.some((cidr) => inCidr(bytes, cidr));
}

/** Checks addresses against a {@link PrivateAddressPolicy}. */
export interface AddressGuard {
  /** True when the policy lets us connect to this address. */
  isAllowedAddress(address: string): boolean;
  /**
   * Resolves a URL's host (all its addresses) and throws {@link BlockedAddressError} if any is refused;
   * IP literals are checked without DNS. Resolution errors propagate as thrown by `dns.lookup`.
   */
  assertAllowedHost(hostname: string): Promise<void>;
  /** A `net.connect` lookup that re-checks what it resolves, so a host cannot rebind between check and connect. */
  lookup: LookupFunction | undefined;
}

/** Builds the guard for a policy; `resolve` defaults to `dns.lookup` with all addresses. */
export function createAddressGuard(
  policy: PrivateAddressPolicy,
  resolve: Resolve = resolveAll,
): AddressGuard {
  const allowList = (Array.isArray(policy) ? policy : []).map((entry: string) => {
    const cidr = parseCidr(entry);
    if (!cidr)
      throw new SitrepError('bad_request', `allowPrivateAddresses: "${entry}" is not an address or CIDR`);
    return cidr;
  });
  const isAllowedAddress = (address: string): boolean => {
    if (policy === true) return true;
    if (!isNonPublicAddress(address)) return true;
    const bytes = parseIp(address);
    if (!bytes) return false;
    const v4 = embeddedIpv4(bytes);
    return allowList.some((cidr) => inCidr(bytes, cidr) || (v4 !== undefined && inCidr(v4, cidr)));
  };

  const assertAllowedHost = async (hostname: string): Promise<void> => {
    if (policy === true) return;
    const bare = hostname.replace(/^\[|\]$/g, '');
    if (parseIp(bare)) {
      if (!isAllowedAddress(bare)) throw new BlockedAddressError(bare, bare);
      return;
    }
    const addresses = await resolve(bare);
    // Any refused address refuses the host: the connection could pick any of them.
    const refused = addresses.find((entry) => !isAllowedAddress(entry.address));
    if (refused) throw new BlockedAddressError(bare, refused.address);
  };

  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const refused = addresses.find((entry) => !isAllowedAddress(entry.address));
      if (refused) return callback(new BlockedAddressError(hostname, refused.address), '');
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };

  return { isAllowedAddress, assertAllowedHost, lookup: policy === true ? undefined : lookup };
}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });
}

/** Whether an error (or any error in its cause chain) is a {@link BlockedAddressError}. */
export function findBlockedAddressError(error: unknown): BlockedAddressError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof BlockedAddressError) return current;
    current = current instanceof Error ? current.cause : undefined;
  }
  return undefined;
}
