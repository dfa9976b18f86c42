// Page metadata (title, date, byline, tags...) from JSON-LD, OpenGraph, Dublin Core and plain HTML cues.
import type { Document, Element } from 'domhandler';

import { findHumanDate, normalizeDate } from './date.normalizer.js';
import { getAttribute, hintWords, textOf, walkElements } from './dom.walker.js';
import type { Deadline } from './deadline.js';
import { readJsonLd, type LdArticle } from './json-ld.reader.js';
import { normalizeLanguageTag } from './language.detector.js';
import { collapseWhitespace, comparisonKey } from './text.normalizer.js';

/** A lead image named by metadata rather than by a figure in the body. */
export interface MetaImage {
  readonly src: string;
  readonly alt: string | undefined;
  readonly caption: string | undefined;
  readonly credit: string | undefined;
}

/** The article's metadata as far as the page states it. */
export interface PageMetadata {
  readonly title: string;
  readonly byline: string | undefined;
  readonly publisher: string | undefined;
  readonly published: string | undefined;
  readonly language: string | undefined;
  readonly section: string | undefined;
  readonly tags: readonly string[];
  readonly url: string | undefined;
  /** The URL relative links and image sources resolve against. */
  readonly baseUrl: string | undefined;
  readonly images: readonly MetaImage[];
}

/** Raw cues gathered in one walk over the whole document, before any chrome is removed. */
interface PageSignals {
  lang: string | undefined;
  readonly metas: Map<string, string[]>;
  canonical: string | undefined;
  baseHref: string | undefined;
  readonly ldScripts: string[];
  titleText: string | undefined;
  h1: string | undefined;
  readonly times: { datetime: string | undefined; text: string; isPublished: boolean }[];
  bylineText: string | undefined;
}

const TIME_SKIP: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'time',
  'button',
]);

function isBylineElement(element: Element): boolean {
  if (getAttribute(element, 'rel')?.toLowerCase() === 'author') return true;
  if (getAttribute(element, 'itemprop')?.toLowerCase() === 'author') return true;
  return hintWords(element).some((word) => word === 'byline' || word === 'author');
}

function gatherSignals(document: Document, deadline: Deadline): PageSignals {
  const signals: PageSignals = {
    lang: undefined,
    metas: new Map(),
    canonical: undefined,
    baseHref: undefined,
    ldScripts: [],
    titleText: undefined,
    h1: undefined,
    times: [],
    bylineText: undefined,
  };
  const addMeta = (key: string | undefined, content: string | undefined): void => {
    if (key === undefined || content === undefined) return;
    const lower = key.toLowerCase();
    const list = signals.metas.get(lower);
    if (list === undefined) signals.metas.set(lower, [content]);
    else if (list.length < 50) list.push(content);
  };
  walkElements(document, (element) => {
    deadline.tick();
    switch (element.name) {
      case 'html':
        signals.lang ??= getAttribute(element, 'lang') ?? getAttribute(element, 'xml:lang');
        return 'descend';
      case 'meta': {
        const content = getAttribute(element, 'content');
        addMeta(getAttribute(element, 'property'), content);
        addMeta(getAttribute(element, 'name'), content);
        addMeta(getAttribute(element, 'itemprop'), content);
        const httpEquiv = getAttribute(element, 'http-equiv');
        if (httpEquiv !== undefined) addMeta(`http-equiv:${httpEquiv}`, content);
        return 'skip';
      }
      case 'link': {
        const rel = getAttribute(element, 'rel')?.toLowerCase().split(/\s+/) ?? [];
        if (rel.includes('canonical')) signals.canonical ??= getAttribute(element, 'href');
        return 'skip';
      }
      case 'base':
        signals.baseHref ??= getAttribute(element, 'href');
        return 'skip';
      case 'script':
        if (getAttribute(element, 'type')?.toLowerCase() === 'application/ld+json') {
          signals.ldScripts.push(textOf(element, { skip: new Set() }));
        }
        return 'skip';
      case 'title':
        signals.titleText ??= textOf(element, { maxChars: 1000 });
        return 'skip';
      case 'h1':
        if (signals.h1 === undefined || signals.h1 === '') signals.h1 = textOf(element, { maxChars: 1000 });
        return 'skip';
      case 'time':
        if (signals.times.length < 20) {
          const itemprop = getAttribute(element, 'itemprop')?.toLowerCase();
          signals.times.push({
            datetime: getAttribute(element, 'datetime'),
            text: textOf(element, { maxChars: 200 }),
            isPublished: element.attribs['pubdate'] !== undefined || itemprop === 'datepublished',
          });
        }
        return 'skip';
      case 'svg':
      case 'style':
      case 'noscript':
      case 'template':
        return 'skip';
      default:
        if (signals.bylineText === undefined && isBylineElement(element)) {
          const text = textOf(element, { maxChars: 300, skip: TIME_SKIP });
          if (text !== '' && text.length <= 150) signals.bylineText = text;
        }
        return 'descend';
    }
  });
  return signals;
}

function firstMeta(signals: PageSignals, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = signals.metas.get(key)?.find((v) => v.trim() !== '');
    if (value !== undefined) return collapseWhitespace(value);
  }
  return undefined;
}

function allMeta(signals: PageSignals, key: string): string[] {
  return (signals.metas.get(key) ?? []).map(collapseWhitespace).filter((v) => v !== '');
}

/** Resolves a possibly relative URL against a base; returns the input when it cannot be resolved. */
export function resolveUrl(value: string, base: string | undefined): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+/;

/**
 * Removes a site-name prefix or suffix from a document title ("Title - Site", "Site | Title"). With
 * `isGuessing`, a short trailing part is taken for a site name even when no site name is known.
 */
export function stripSiteName(title: string, siteNames: readonly string[], isGuessing: boolean): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const names = siteNames.map(comparisonKey).filter((name) => name !== '');
  const isSiteName = (part: string): boolean => {
    const key = comparisonKey(part);
    return key !== '' && names.some((name) => name === key || name.includes(key) || key.includes(name));
  };
  const kept = [...parts];
  while (kept.length > 1 && isSiteName(kept[kept.length - 1]!)) kept.pop();
  while (kept.length > 1 && isSiteName(kept[0]!)) kept.shift();
  if (kept.length === parts.length && isGuessing) {
    const last = kept[kept.length - 1]!;
    const rest = kept.slice(0, -1).join(' ');
    if (last.split(/\s+/).length <= 4 && rest.split(/\s+/).length >= 4) kept.pop();
  }
  // Rebuild from the original string so separators inside the title ("Report: ...") survive.
  const start = title.indexOf(kept[0]!);
  const last = kept[kept.length - 1]!;
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : title;
}

/** A byline without its "By " prefix and any date or time it carries. */
export function cleanByline(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let byline = collapseWhitespace(text);
  const date = findHumanDate(byline);
  if (date !== undefined) byline = `${byline.slice(0, date.index)} ${byline.slice(date.index + date.length)}`;
  byline = byline
    .replace(/\b(?:updated|published|posted|last modified)\s*(?:on|at)?\s*:?/gi, ' ')
    .replace(/^\s*(?:(?:written|words|posted|reported|story)\s+)?by\s*:?\s+/i, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|,;:•·–—-]+|[\s|,;:•·–—-]+$/g, '')
    .trim();
  if (byline.length < 2 || byline.length > 120 || /^https?:\/\//i.test(byline)) return undefined;
  return byline;
}

function dedupeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

function readPublished(signals: PageSignals, ld: LdArticle | undefined): string | undefined {
  const machine = [
    ld?.published,
    firstMeta(signals, 'article:published_time', 'og:article:published_time', 'og:published_time'),
    firstMeta(signals, 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date'),
    firstMeta(signals, 'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.created', 'dcterms.date'),
    firstMeta(signals, 'sailthru.date', 'parsely-pub-date', 'date', 'article.published'),
    signals.times.find((t) => t.isPublished)?.datetime,
    signals.times.find((t) => t.datetime !== undefined)?.datetime,
  ];
  for (const value of machine) {
    const normalized = value === undefined ? undefined : normalizeDate(value);
    if (normalized !== undefined) return normalized;
  }
  for (const text of [signals.bylineText, ...signals.times.map((t) => t.text)]) {
    const found = text === undefined ? undefined : findHumanDate(text);
    if (found !== undefined) return found.iso;
  }
  return undefined;
}

function readImages(signals: PageSignals, ld: LdArticle | undefined): MetaImage[] {
  const images: MetaImage[] = (ld?.images ?? []).map((image) => ({
    src: image.url,
    alt: undefined,
    caption: image.caption,
    credit: image.credit,
  }));
  const ogImage = firstMeta(signals, 'og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image');
  if (ogImage !== undefined) {
    images.push({
      src: ogImage,
      alt: firstMeta(signals, 'og:image:alt'),
      caption: undefined,
      credit: undefined,
    });
  }
  return images;
}

/** Reads all page metadata in one pass over the full document (before chrome removal). */
export function readMetadata(
  document: Document,
  inputUrl: string | undefined,
  deadline: Deadline,
): PageMetadata {
  const signals = gatherSignals(document, deadline);
  const ld = readJsonLd(signals.ldScripts);
  const siteName = firstMeta(signals, 'og:site_name', 'application-name');
  const publisher = ld?.publisher ?? firstMeta(signals, 'og:site_name', 'dc.publisher', 'dcterms.publisher');
  const siteNames = [siteName, publisher].filter((n): n is string => n !== undefined);

  const ogTitle = firstMeta(signals, 'og:title', 'twitter:title');
  const documentTitle = signals.titleText === undefined ? undefined : collapseWhitespace(signals.titleText);
  const title =
    ld?.headline ??
    (ogTitle === undefined ? undefined : stripSiteName(ogTitle, siteNames, false)) ??
    (signals.h1 || undefined) ??
    (documentTitle === undefined ? undefined : stripSiteName(documentTitle, siteNames, true)) ??
    '';

  const canonical = signals.canonical ?? firstMeta(signals, 'og:url') ?? ld?.url;
  const url = canonical !== undefined ? resolveUrl(canonical, inputUrl) : inputUrl;
  const baseUrl =
    signals.baseHref !== undefined ? resolveUrl(signals.baseHref, inputUrl ?? url) : (inputUrl ?? url);

  const metaAuthor = firstMeta(signals, 'author', 'dc.creator', 'dcterms.creator', 'article:author');
  const byline =
    (ld !== undefined && ld.authors.length > 0 ? dedupeTags(ld.authors).join(', ') : undefined) ??
    cleanByline(metaAuthor) ??
    cleanByline(signals.bylineText);

  const articleTags = allMeta(signals, 'article:tag');
  const tags =
    articleTags.length > 0
      ? articleTags
      : ld !== undefined && ld.keywords.length > 0
        ? [...ld.keywords]
        : (firstMeta(signals, 'keywords', 'news_keywords', 'dc.subject', 'dcterms.subject')?.split(/[,;]/) ??
          []);

  const language =
    normalizeLanguageTag(signals.lang) ??
    normalizeLanguageTag(firstMeta(signals, 'http-equiv:content-language', 'language', 'dc.language')) ??
    normalizeLanguageTag(ld?.language) ??
    normalizeLanguageTag(firstMeta(signals, 'og:locale'));

  return {
    title: collapseWhitespace(title),
    byline,
    publisher,
    published: readPublished(signals, ld),
    language,
    section: firstMeta(signals, 'article:section') ?? ld?.section,
    tags: dedupeTags(tags.map(collapseWhitespace)),
    url: url === undefined || url === '' ? undefined : url,
    baseUrl,
    images: readImages(signals, ld),
  };
}
