// Article images: the lead image named by metadata and the figures in or just before the body.
import type { Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

import type { ArticleImage } from '../core/article.js';
import type { CollectedBody } from './block.collector.js';
import { cleanCredit, splitCaptionCredit } from './caption.splitter.js';
import { getAttribute, hintWords, textOf, walkElements } from './dom.walker.js';
import type { MetaImage } from './metadata.reader.js';
import { resolveUrl } from './metadata.reader.js';
import { comparisonKey } from './text.normalizer.js';

/** An image with the raw caption line it came from, so the body can drop that line too. */
export interface ReadImages {
  readonly images: ArticleImage[];
  /** Captions as printed (with credit) and without credit: lines the body must not repeat. */
  readonly captionLines: string[];
}

const MAX_IMAGES = 20;
const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'credit',
  'credits',
  'copyright',
  'source',
  'photographer',
  'courtesy',
]);

function isCreditElement(element: Element): boolean {
  const itemprop = getAttribute(element, 'itemprop')?.toLowerCase();
  if (itemprop === 'copyrightholder' || itemprop === 'creditText'.toLowerCase() || itemprop === 'author')
    return true;
  return hintWords(element).some((word) => CREDIT_WORDS.has(word));
}

/** The best source URL of an <img>: lazy-loading attributes first when `src` is a placeholder. */
function imageSource(img: Element): string | undefined {
  const candidates = [
    getAttribute(img, 'src'),
    getAttribute(img, 'data-src'),
    getAttribute(img, 'data-original'),
    getAttribute(img, 'data-lazy-src'),
    getAttribute(img, 'srcset')?.split(',')[0]?.trim().split(/\s+/)[0],
    getAttribute(img, 'data-srcset')?.split(',')[0]?.trim().split(/\s+/)[0],
  ];
  return candidates.find((src) => src !== undefined && src !== '' && !src.startsWith('data:'));
}

interface FigureParts {
  img: Element | undefined;
  caption: Element | undefined;
  creditElements: Element[];
}

function figureParts(figure: Element): FigureParts {
  const parts: FigureParts = { img: undefined, caption: undefined, creditElements: [] };
  walkElements(figure, (element) => {
    if (element.name === 'img' || (element.name === 'source' && parts.img === undefined)) {
      if (element.name === 'img' || imageSource(element) !== undefined) parts.img ??= element;
      return 'skip';
    }
    if (element.name === 'figcaption') parts.caption ??= element;
    if (element.name === 'script' || element.name === 'style') return 'skip';
    if (isCreditElement(element)) {
      parts.creditElements.push(element);
      return 'skip';
    }
    return 'descend';
  });
  return parts;
}

function readFigure(
  figure: Element,
  baseUrl: string | undefined,
): { image: ArticleImage; rawCaption: string } | undefined {
  const parts = figureParts(figure);
  const src = parts.img === undefined ? undefined : imageSource(parts.img);
  if (src === undefined) return undefined;
  const creditSkip = new Set(['script', 'style', 'noscript', 'button', 'svg']);
  const rawCaption =
    parts.caption === undefined ? '' : textOf(parts.caption, { skip: creditSkip, maxChars: 2000 });
  let creditText: string | null = null;
  for (const element of parts.creditElements) {
    creditText ??= cleanCredit(textOf(element, { maxChars: 300 }));
  }
  // The caption without the credit elements' text; if they were not marked up, split the credit off.
  const captionOnly =
    parts.caption === undefined ? '' : textWithout(parts.caption, new Set(parts.creditElements));
  const split = splitCaptionCredit(captionOnly);
  const alt = parts.img === undefined ? undefined : getAttribute(parts.img, 'alt');
  return {
    image: {
      src: resolveUrl(src, baseUrl),
      alt: alt ?? null,
      caption: split.caption,
      credit: creditText ?? split.credit,
    },
    rawCaption,
  };
}

/** Text under an element, leaving out the given descendants. */
function textWithout(root: Element, excluded: ReadonlySet<Element>): string {
  const pieces: string[] = [];
  const stack = [...root.children].reverse();
  while (stack.length > 0 && pieces.length < 500) {
    const node = stack.pop()!;
    if (isTag(node)) {
      if (excluded.has(node) || node.name === 'script' || node.name === 'style') continue;
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
    } else if (isText(node)) {
      pieces.push(node.data);
    }
  }
  return pieces.join(' ');
}

function fromMeta(image: MetaImage, baseUrl: string | undefined): ArticleImage {
  const split = image.caption === undefined ? undefined : splitCaptionCredit(image.caption);
  return {
    src: resolveUrl(image.src, baseUrl),
    alt: image.alt ?? null,
    caption: split?.caption ?? null,
    credit: (image.credit === undefined ? null : cleanCredit(image.credit)) ?? split?.credit ?? null,
  };
}

/** The file name of an image URL, when distinctive enough to identify the same picture on another host. */
function fileName(src: string): string | undefined {
  const name = src.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return name.length >= 8 && /\.\w{3,4}$/.test(name) ? name.toLowerCase() : undefined;
}

/** Fills the empty fields of `target` from `source`; the first source of a field wins. */
function merge(target: ArticleImage, source: ArticleImage): ArticleImage {
  return {
    src: target.src,
    alt: target.alt ?? source.alt,
    caption: target.caption ?? source.caption,
    credit: target.credit ?? source.credit,
  };
}

/**
 * Lists the article's images: metadata images first (JSON-LD, then og:image), then figures inside the
 * article scope, merged by source URL or by identical caption.
 */
export function readImages(
  body: CollectedBody,
  scope: Element | undefined,
  metaImages: readonly MetaImage[],
  baseUrl: string | undefined,
): ReadImages {
  const images: ArticleImage[] = [];
  const captionLines: string[] = [];
  const add = (image: ArticleImage): void => {
    const captionKey = image.caption === null ? '' : comparisonKey(image.caption);
    const name = fileName(image.src);
    // The same picture often appears under a CDN URL in metadata and a relative one in the figure.
    const index = images.findIndex(
      (known) =>
        known.src === image.src ||
        (name !== undefined && fileName(known.src) === name) ||
        (captionKey !== '' && known.caption !== null && comparisonKey(known.caption) === captionKey),
    );
    if (index >= 0) images[index] = merge(images[index]!, image);
    else if (images.length < MAX_IMAGES) images.push(image);
  };
  for (const image of metaImages) add(fromMeta(image, baseUrl));
  const range = scope === undefined ? undefined : body.stats.get(scope);
  for (const figure of body.figures) {
    if (range !== undefined && (figure.position < range.start || figure.position >= range.end)) continue;
    const read = readFigure(figure.element, baseUrl);
    if (read === undefined) continue;
    add(read.image);
    if (read.rawCaption !== '') captionLines.push(read.rawCaption);
  }
  for (const image of images) if (image.caption !== null) captionLines.push(image.caption);
  return { images, captionLines };
}
