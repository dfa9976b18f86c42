// An HTML page to an Article: metadata from the whole page, text from the best-scoring body container.
import type { Article } from '../core/article.js';
import { SitrepError } from '../core/errors.js';
import { collectBody, type Block } from './block.collector.js';
import { findHumanDate } from './date.normalizer.js';
import type { Deadline } from './deadline.js';
import { parseHtml } from './html.parser.js';
import { readImages } from './image.reader.js';
import { detectLanguageFromScript } from './language.detector.js';
import { readMainText } from './main-text.scorer.js';
import { readMetadata } from './metadata.reader.js';
import { cleanParagraphs } from './paragraph.filter.js';

/** How many leading blocks may hold a dateline; later dates are more likely part of the story or a list. */
const DATELINE_BLOCKS = 40;

/** A date from a short line near the top of the page ("Published: 3 March 2021 14:05 GMT"), for pages without date metadata. */
function findDateLine(blocks: readonly Block[]): string | undefined {
  for (const block of blocks.slice(0, DATELINE_BLOCKS)) {
    if (block.text.length > 100) continue;
    const found = findHumanDate(block.text);
    if (found !== undefined) return found.iso;
  }
  return undefined;
}

/** Extracts an Article from decoded HTML. Throws `bad_input` when the page holds no article text. */
export function extractFromHtml(html: string, url: string | undefined, deadline: Deadline): Article {
  const document = parseHtml(html, deadline);
  deadline.check();
  const metadata = readMetadata(document, url, deadline);
  deadline.check();
  const body = collectBody(document, deadline);
  deadline.check();
  const main = readMainText(body);
  const published = metadata.published ?? findDateLine(body.blocks);
  const { images, captionLines } = readImages(body, main.scope, metadata.images, metadata.baseUrl);
  const paragraphs = cleanParagraphs(
    main.paragraphs.map((p) => p.text),
    {
      title: metadata.title,
      byline: metadata.byline,
      publisher: metadata.publisher,
      captions: captionLines,
    },
  );
  if (paragraphs.length === 0) throw new SitrepError('bad_input', 'no article text found');
  const text = paragraphs.join('\n\n');
  return {
    url: metadata.url ?? null,
    title: metadata.title,
    byline: metadata.byline ?? null,
    publisher: metadata.publisher ?? null,
    published: published ?? null,
    language: metadata.language ?? detectLanguageFromScript(text) ?? null,
    section: metadata.section ?? null,
    tags: [...metadata.tags],
    text,
    paragraphs,
    images,
  };
}
