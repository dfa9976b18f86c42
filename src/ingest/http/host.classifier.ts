// Tells, without DNS, whether a URL points outside the public web: for links sitrep hands to a reader's browser
// (a lead image), where a private address would make the reader fetch from their own network.
import { isNonPublicAddress, parseIp } from './address.guard.js';

// Names that never leave a local network: RFC 6761 (localhost), RFC 6762 (.local, mDNS), RFC 8375
// (.home.arpa), ICANN's private-use .internal, and the suffixes ICANN withholds because intranets use them.
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'lan', 'intranet', 'corp', 'home'];

/**
 * True when a host name (as `URL.hostname` gives it) is known not to be public: an IP literal in a
 * non-public range, `localhost`, a name under a private-use suffix, or a single-label name (which resolves
 * through the local search domain). A name that only resolves to a private address is not caught: that
 * needs DNS, which the fetcher's guard does.
 */
export function isNonPublicHostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (parseIp(host)) return isNonPublicAddress(host);
  if (!host.includes('.')) return true;
  return PRIVATE_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/**
 * True for an absolute http(s) URL whose host is not known to be private. The WHATWG URL parser first
 * normalises every spelling of an address (`http://3232235777/`, `http://0xc0a80101/`,
 * `http://[::ffff:192.168.1.1]/`), so each is judged as the address it is.
 *
 * @example isPublicHttpUrl('http://192.168.1.1/cam.jpg') // false
 * @example isPublicHttpUrl('https://images.example.org/a.jpg') // true
 */
export function isPublicHttpUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return !isNonPublicHostName(url.hostname);
}
