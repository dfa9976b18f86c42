// Flattens the page body into text blocks (one per paragraph-like run) with per-element text statistics,
// leaving page chrome out. One linear, iterative pass, so 30 MB pages and 100,000-deep nesting are fine.
import type { ChildNode, Document, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';

import { getChromeHint, type ChromeHint } from './class-hint.lexicon.js';
import type { Deadline } from './deadline.js';
import { walkNodes } from './dom.walker.js';
import { collapseWhitespace } from './text.normalizer.js';

/** A run of text that reads as one paragraph, and the block-level element that holds it. */
export interface Block {
  readonly owner: Element;
  readonly text: string;
  readonly linkLength: number;
}

/** Text statistics of one kept element, plus its position for O(1) "is inside" tests. */
export interface ElementStats {
  textLength: number;
  linkLength: number;
  /** Preorder number of the element and one past its last descendant's. */
  readonly start: number;
  end: number;
}

/** A `<figure>` and its place in the preorder numbering of `ElementStats`. */
export interface PlacedFigure {
  readonly element: Element;
  readonly position: number;
}

/** The body as blocks, with what the scorer needs to rank containers. */
export interface CollectedBody {
  readonly root: ParentNode;
  readonly blocks: readonly Block[];
  readonly stats: ReadonlyMap<Element, ElementStats>;
  /** Elements that hold at least one block-level child: their own text is not a paragraph of its own. */
  readonly hasBlockChild: ReadonlySet<Element>;
  /** Figures kept in the body, in document order, with their preorder position; captions are not body text. */
  readonly figures: readonly PlacedFigure[];
}

/** Never reader text, whatever their size. */
const DROP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'math',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'input',
  'button',
  'head',
  'link',
  'meta',
  'dialog',
  'video',
  'audio',
  'map',
  'picture',
  'img',
  'source',
]);

/** Page furniture by tag; kept only when it wraps most of the page's text (sites that put all in a form). */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['form', 'nav', 'header', 'footer', 'aside', 'menu']);

/** Containers whose subtrees are never dropped on a class hint: they are the page itself. */
const NEVER_HINT_DROPPED: ReadonlySet<string> = new Set(['html', 'body']);

/** Tags that start a new line of text. Everything else (a, span, em, ...) flows inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'legend',
  'article',
]);

/**
 * A region is kept despite chrome hints when it holds at least this share of the page's text: a wrapper
 * like `<div class="page has-sidebar">` around everything must not take the article with it.
 */
const WRAPPER_SHARE = 0.4;
/** ...and at least this many characters: on a near-empty page a footer alone holds most of the text. */
const WRAPPER_MIN_LENGTH = 250;

const LINE_BREAK = '\n';

function findBody(document: Document): ParentNode {
  let body: Element | undefined;
  let html: Element | undefined;
  walkNodesShallow(document, (element) => {
    if (element.name === 'body') body ??= element;
    if (element.name === 'html') html ??= element;
  });
  return body ?? html ?? document;
}

/** Looks for <body> among the top two levels only; htmlparser2 keeps it there even for messy pages. */
function walkNodesShallow(document: Document, visit: (element: Element) => void): void {
  for (const child of document.children) {
    if (!isTag(child)) continue;
    visit(child);
    for (const grandchild of child.children) if (isTag(grandchild)) visit(grandchild);
  }
}

interface HintInfo {
  readonly hint: ChromeHint | 'furniture';
  textLength: number;
}

/** First pass: which elements carry chrome hints, and how much text each of them holds. */
function measureHinted(
  root: ParentNode,
  deadline: Deadline,
): { hinted: Map<Element, HintInfo>; total: number } {
  const hinted = new Map<Element, HintInfo>();
  const open: (HintInfo | undefined)[] = [];
  const sums: number[] = [0];
  walkNodes(
    root,
    (node) => {
      deadline.tick();
      if (isText(node)) {
        sums[sums.length - 1]! += node.data.trim().length;
        return 'skip';
      }
      if (!isTag(node) || DROP_TAGS.has(node.name)) return 'skip';
      let info: HintInfo | undefined;
      if (FURNITURE_TAGS.has(node.name)) info = { hint: 'furniture', textLength: 0 };
      else if (!NEVER_HINT_DROPPED.has(node.name)) {
        const hint = getChromeHint(node);
        if (hint !== 'none') info = { hint, textLength: 0 };
      }
      if (info !== undefined) hinted.set(node, info);
      open.push(info);
      sums.push(0);
      return 'descend';
    },
    () => {
      const length = sums.pop()!;
      const info = open.pop();
      if (info !== undefined) info.textLength = length;
      sums[sums.length - 1]! += length;
    },
  );
  return { hinted, total: sums[0]! };
}

function isDropped(element: Element, info: HintInfo | undefined, total: number): boolean {
  if (info === undefined) return false;
  const isWrapper = info.textLength >= WRAPPER_MIN_LENGTH && info.textLength / total >= WRAPPER_SHARE;
  if (info.hint === 'always-drop')
    return !(isWrapper && (element.name === 'article' || element.name === 'main'));
  return !isWrapper;
}

/**
 * Collects the body's text blocks, skipping scripts, furniture and regions whose class/id/role mark them as
 * chrome. Text directly inside a block element, and text split by two `<br>`s, become separate blocks.
 */
export function collectBody(document: Document, deadline: Deadline): CollectedBody {
  const root = findBody(document);
  const { hinted, total } = measureHinted(root, deadline);

  const blocks: Block[] = [];
  const stats = new Map<Element, ElementStats>();
  const hasBlockChild = new Set<Element>();
  const figures: PlacedFigure[] = [];

  const rootOwner = isTag(root) ? root : undefined;
  const owners: (Element | undefined)[] = [rootOwner];
  const open: ElementStats[] = [];
  let pieces: string[] = [];
  let pieceIsLink: boolean[] = [];
  let linkDepth = 0;
  let counter = 0;

  const emit = (owner: Element | undefined, text: string, linkLength: number): void => {
    const collapsed = collapseWhitespace(text);
    if (owner === undefined || collapsed === '') return;
    blocks.push({ owner, text: collapsed, linkLength: Math.min(linkLength, collapsed.length) });
  };

  const flush = (): void => {
    if (pieces.length === 0) return;
    const owner = owners[owners.length - 1];
    let segment = '';
    let linkLength = 0;
    let breaks = 0;
    for (let i = 0; i < pieces.length; i += 1) {
      const piece = pieces[i]!;
      if (piece === LINE_BREAK) {
        breaks += 1;
        // Two <br>s in a row are how older pages and many CMS bodies separate paragraphs.
        if (breaks === 2) {
          emit(owner, segment, linkLength);
          segment = '';
          linkLength = 0;
        } else segment += ' ';
        continue;
      }
      const trimmedLength = piece.trim().length;
      if (trimmedLength === 0) {
        segment += ' ';
        continue;
      }
      breaks = 0;
      segment += piece;
      if (pieceIsLink[i] === true) linkLength += trimmedLength;
    }
    emit(owner, segment, linkLength);
    pieces = [];
    pieceIsLink = [];
  };

  const enter = (node: ChildNode): 'descend' | 'skip' => {
    deadline.tick();
    if (isText(node)) {
      pieces.push(node.data);
      pieceIsLink.push(linkDepth > 0);
      const length = node.data.trim().length;
      const current = open[open.length - 1];
      if (current !== undefined) {
        current.textLength += length;
        if (linkDepth > 0) current.linkLength += length;
      }
      return 'skip';
    }
    if (!isTag(node)) return 'skip';
    const name = node.name;
    if (DROP_TAGS.has(name) || isDropped(node, hinted.get(node), total)) return 'skip';
    if (name === 'br') {
      pieces.push(LINE_BREAK);
      pieceIsLink.push(false);
      return 'skip';
    }
    if (name === 'figure') {
      counter += 1;
      figures.push({ element: node, position: counter });
      const owner = owners[owners.length - 1];
      if (owner !== undefined) hasBlockChild.add(owner);
      return 'skip';
    }
    if (name === 'figcaption') return 'skip';
    counter += 1;
    const entry: ElementStats = { textLength: 0, linkLength: 0, start: counter, end: counter };
    stats.set(node, entry);
    open.push(entry);
    if (name === 'a') linkDepth += 1;
    if (BLOCK_TAGS.has(name)) {
      flush();
      const owner = owners[owners.length - 1];
      if (owner !== undefined) hasBlockChild.add(owner);
      owners.push(node);
    }
    return 'descend';
  };

  const exit = (element: Element): void => {
    const entry = open.pop();
    if (entry === undefined) return;
    entry.end = counter + 1;
    const parent = open[open.length - 1];
    if (parent !== undefined) {
      parent.textLength += entry.textLength;
      parent.linkLength += entry.linkLength;
    }
    if (element.name === 'a') linkDepth -= 1;
    if (BLOCK_TAGS.has(element.name)) {
      flush();
      owners.pop();
    }
  };

  if (rootOwner !== undefined) {
    counter += 1;
    const entry: ElementStats = { textLength: 0, linkLength: 0, start: counter, end: counter };
    stats.set(rootOwner, entry);
    open.push(entry);
  }
  walkNodes(root, enter, exit);
  flush();
  const rootEntry = rootOwner === undefined ? undefined : stats.get(rootOwner);
  if (rootEntry !== undefined) rootEntry.end = counter + 1;
  return { root, blocks, stats, hasBlockChild, figures };
}
