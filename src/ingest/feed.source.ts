// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item with content becomes one HTML document.
import { isTag, type ChildNode, type Element } from 'domhandler';
import { getElementsByTagName, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { RawDocument } from '../core/raw-document.js';
import type { IngestItem } from './origin.js';

/** One feed entry, as the feed tells it. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  /** HTML body: content:encoded or Atom content, else the description/summary. */
  html: string;
}

/** True when the text looks like an RSS, RDF or Atom document (checked on its first 2 KB). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048);
  return /<(rss|rdf:RDF|feed)[\s>]/i.test(head) && !/<html[\s>]/i.test(head);
}

/** A parsed feed: its title (the outlet, usually) and its entries in feed order. */
export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

/** Parses RSS 2.0, RSS 1.0 (RDF) or Atom; undefined when the text is not a feed. */
export function parseFeed(xml: string): ParsedFeed | undefined {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const elements = getElementsByTagName((name) => name === 'item' || name === 'entry', doc.children, true);
  if (elements.length === 0 && !looksLikeFeed(xml)) return undefined;
  return { title: firstText(doc.children, ['channel', 'feed'], 'title'), items: elements.map(readItem) };
}

/** The visible text of an entry's body, for deciding whether it is the article or only a teaser. */
export function feedItemText(item: FeedItem): string {
  return stripTags(item.html).replace(/\s+/g, ' ').trim();
}

/** A document made of the entry itself: its body, with its title, link, date and outlet stated as metadata. */
export function feedItemDocument(item: FeedItem, publisher: string | null, source: string): RawDocument {
  return {
    kind: 'html',
    body: new TextEncoder().encode(itemPage(item, publisher)),
    url: item.link,
    source,
    charset: 'utf-8',
    published: item.published,
    title: item.title,
    publisher,
  };
}

/**
 * Reads every item of a feed file. An item becomes a document only when it carries text; an item with only
 * a link yields an error item naming the link, so the user sees what was not read rather than losing it
 * (`sitrep watch` fetches such links).
 */
export function readFeed(xml: string, origin: string, source: string): IngestItem[] {
  const feed = parseFeed(xml);
  if (!feed) return [{ kind: 'error', origin, error: `not an RSS or Atom feed: ${origin}` }];
  return feed.items.map((item, index): IngestItem => {
    const itemOrigin = `${origin}#${index + 1}`;
    if (feedItemText(item) === '') {
      return {
        kind: 'error',
        origin: itemOrigin,
        error: `feed item has no text: ${item.link ?? item.title ?? '?'}`,
      };
    }
    return { kind: 'document', origin: itemOrigin, document: feedItemDocument(item, feed.title, source) };
  });
}

function readItem(item: Element): FeedItem {
  const child = (...names: string[]) =>
    item.children.find((c): c is Element => isTag(c) && names.includes(c.name.toLowerCase()));
  const text = (...names: string[]) => {
    const el = child(...names);
    const value = el ? textContent(el).trim() : '';
    return value === '' ? null : value;
  };
  const linkEl = child('link');
  const link = linkEl?.attribs.href ?? (linkEl ? textContent(linkEl).trim() : null);
  const date = text('pubdate', 'published', 'updated', 'dc:date');
  const html = text('content:encoded', 'content') ?? text('description', 'summary') ?? '';
  return { title: text('title'), link: link || null, published: date ? toIso(date) : null, html };
}

// The stored copy of a feed item is a small page that states the item's metadata where the extractor reads it.
function itemPage(item: FeedItem, publisher: string | null): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const meta = [
    item.title ? `<title>${esc(item.title)}</title>` : '',
    item.link ? `<link rel="canonical" href="${esc(item.link)}">` : '',
    item.published ? `<meta property="article:published_time" content="${esc(item.published)}">` : '',
    publisher ? `<meta property="og:site_name" content="${esc(publisher)}">` : '',
  ].join('');
  const body = /<p[\s>]/i.test(item.html) ? item.html : `<p>${esc(stripTags(item.html))}</p>`;
  return `<!doctype html><html><head><meta charset="utf-8">${meta}</head><body><article>${
    item.title ? `<h1>${esc(item.title)}</h1>` : ''
  }${body}</article></body></html>`;
}

function firstText(nodes: ChildNode[], parents: string[], name: string): string | null {
  const parent = getElementsByTagName((n) => parents.includes(n), nodes, true, 1)[0];
  if (!parent) return null;
  const el = parent.children.find((c): c is Element => isTag(c) && c.name === name);
  const value = el ? textContent(el).trim() : '';
  return value === '' ? null : value;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

function toIso(date: string): string | null {
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
