// htmlparser2 into a domhandler DOM, fed in slices so that the time budget is honoured on huge pages.
import type { Document } from 'domhandler';
import { DomHandler, Parser } from 'htmlparser2';

import type { Deadline } from './deadline.js';

/**
 * Characters per parser write. htmlparser2's tag stack costs O(depth) per open tag, so hostile deep nesting
 * is slow within one slice; small slices keep each deadline check close to the last.
 */
const SLICE = 64 * 1024;

/** Parses HTML leniently (unclosed tags, stray end tags) into a DOM; throws `timeout` past the deadline. */
export function parseHtml(html: string, deadline: Deadline): Document {
  const handler = new DomHandler(undefined, { withStartIndices: false, withEndIndices: false });
  const parser = new Parser(handler, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  for (let offset = 0; offset < html.length; offset += SLICE) {
    parser.write(html.slice(offset, offset + SLICE));
    deadline.check();
  }
  parser.end();
  return handler.root;
}
