// Canonical URLs: the same report reached by a feed link, a share link or a page's own rel=canonical is one URL.
import { getDomain } from 'tldts';

/** Query parameters that only track how a reader arrived; they never change which report a URL names. */
const TRACKING_PARAMETER =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|_ga|_gl|ref_src|ref_url|share|smid|sh|spm|at_medium|at_campaign|cid)$/i;

/**
 * The canonical form of an http(s) URL: lower-case scheme and host, no default port, no fragment, no
 * tracking parameters; other parameters keep their order. Returns null for anything that is not an
 * absolute http(s) URL, so a bad link never becomes an identity.
 *
 * @example canonicalUrl('HTTPS://News.Example.org:443/a/1?utm_source=x&id=7#top') // 'https://news.example.org/a/1?id=7'
 */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key);
  }
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.href;
}

/** Which URL a stored article is known by, and the canonical URL its page claimed but was not trusted with. */
export interface ArticleIdentity {
  /** The identity: the page's canonical URL when it is on the site the page came from, else that address. */
  url: string | null;
  /** A canonical URL the page states but that names another site (or cannot be checked): kept, never used. */
  claim: string | null;
}

// Sites are told apart by registrable domain ("bbc.co.uk", "example.org"); private suffixes such as
// github.io or blogspot.com count as public ones, so one blog cannot claim another's posts.
function siteOf(url: string): string {
  const host = new URL(url).hostname;
  // IP addresses, localhost and single-label intranet hosts have no registrable domain: the host is the site.
  return getDomain(url, { allowPrivateDomains: true }) ?? host;
}

/**
 * Decides the URL an article is stored and deduplicated under. A page's rel=canonical (or og:url, JSON-LD
 * url) is only the page's word: a page on any host can name another outlet's article, and if that were its
 * identity the real article would later be dropped as already stored. So the claim is trusted only when
 * it is on the registrable domain the page was fetched from (`fetchedUrl`: the HTTP address, the WARC
 * target, the url given with a JSON Lines document); otherwise the page keeps its fetched URL and the
 * claim is returned as such.
 *
 * A document with no fetched URL (a file the user saved) has nothing to check the claim against, and its
 * claim is not trusted either: a saved page is as easy to forge as a served one (a researcher keeping a
 * propaganda page as evidence must not thereby suppress the report it imitates). Such a document is known
 * by its content only; the cost, a saved copy and a fetched copy of one article stored twice, is visible
 * and harmless where a report wrongly dropped is neither.
 *
 * @example decideArticleIdentity('https://m.example.org/a?x=1', 'https://www.example.org/a') // { url: 'https://www.example.org/a', claim: null }
 * @example decideArticleIdentity('https://fake.test/a', 'https://example.org/a') // { url: 'https://fake.test/a', claim: 'https://example.org/a' }
 */
export function decideArticleIdentity(
  fetchedUrl: string | null | undefined,
  claimedUrl: string | null | undefined,
): ArticleIdentity {
  const fetched = canonicalUrl(fetchedUrl);
  const claimed = canonicalUrl(claimedUrl);
  if (claimed === null || claimed === fetched) return { url: fetched, claim: null };
  if (fetched === null) return { url: null, claim: claimed };
  if (siteOf(fetched) === siteOf(claimed)) return { url: claimed, claim: null };
  return { url: fetched, claim: claimed };
}
