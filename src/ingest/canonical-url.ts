// Canonical URLs: the same report reached by a feed link, a share link or a page's own rel=canonical is one URL.

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
