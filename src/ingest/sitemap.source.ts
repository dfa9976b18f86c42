// Sitemaps (sitemaps.org, with Google News extensions): the article URLs an outlet lists, with their dates.
import { isTag, type Element } from 'domhandler';
import { getElementsByTagName, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export interface SitemapEntry {
  url: string;
  /** news:publication_date or lastmod, as written. */
  published: string | null;
}

export interface ParsedSitemap {
  pages: SitemapEntry[];
  /** Child sitemaps named by a sitemap index. */
  sitemaps: string[];
}

/** Parses a urlset or sitemapindex document; undefined when the text is neither. */
export function parseSitemap(xml: string): ParsedSitemap | undefined {
  const head = xml.slice(0, 4096);
  if (!/<(urlset|sitemapindex)[\s>]/i.test(head)) return undefined;
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const childText = (el: Element, name: string) => {
    const child = getElementsByTagName(name, [el], true, 1)[0];
    const value = child ? textContent(child).trim() : '';
    return value === '' ? null : value;
  };
  const pages: SitemapEntry[] = [];
  for (const el of getElementsByTagName('url', doc.children, true)) {
    if (!isTag(el)) continue;
    const loc = childText(el, 'loc');
    if (loc)
      pages.push({ url: loc, published: childText(el, 'news:publication_date') ?? childText(el, 'lastmod') });
  }
  const sitemaps = getElementsByTagName('sitemap', doc.children, true)
    .map((el) => childText(el, 'loc'))
    .filter((loc): loc is string => loc !== null);
  return { pages, sitemaps };
}
