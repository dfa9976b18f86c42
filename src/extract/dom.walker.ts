// Iterative DOM traversal: pages nest 100,000 levels deep in the wild, which recursion would not survive.
import type { AnyNode, ChildNode, Element, ParentNode } from 'domhandler';
import { isTag, isText, hasChildren } from 'domhandler';

import { collapseWhitespace, wordParts } from './text.normalizer.js';

/** What a visitor tells the walker after entering an element. */
export type VisitResult = 'descend' | 'skip';

/**
 * Visits every node under `root` in document order without recursion. `enter` may return 'skip' to leave
 * an element's subtree out; `exit` runs after an element's subtree (not for skipped elements).
 */
export function walkNodes(
  root: ParentNode,
  enter: (node: ChildNode) => VisitResult | undefined,
  exit?: (element: Element) => void,
): void {
  // Frames hold a child index so that the walk is O(nodes) and never copies child arrays.
  const parents: ParentNode[] = [root];
  const indexes: number[] = [0];
  while (parents.length > 0) {
    const top = parents.length - 1;
    const parent = parents[top]!;
    const index = indexes[top]!;
    if (index >= parent.children.length) {
      parents.pop();
      indexes.pop();
      if (exit !== undefined && parent !== root && isTag(parent)) exit(parent);
      continue;
    }
    indexes[top] = index + 1;
    const child = parent.children[index]!;
    if (enter(child) === 'skip' || !isTag(child)) continue;
    parents.push(child);
    indexes.push(0);
  }
}

/** Like `walkNodes`, for elements only. */
export function walkElements(
  root: ParentNode,
  enter: (element: Element) => VisitResult | undefined,
  exit?: (element: Element) => void,
): void {
  walkNodes(root, (node) => (isTag(node) ? enter(node) : 'skip'), exit);
}

/** Tags whose content is never reader-visible text. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'head',
]);

/**
 * The visible text under a node, whitespace collapsed. Stops collecting after `maxChars` so that a stray
 * huge element (a byline wrapping the whole page) costs little. Tags in `skip` are left out.
 */
export function textOf(
  node: AnyNode,
  options: { skip?: ReadonlySet<string>; maxChars?: number } = {},
): string {
  const skip = options.skip ?? NON_TEXT_TAGS;
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  if (isText(node)) return collapseWhitespace(node.data);
  if (!hasChildren(node)) return '';
  const pieces: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0 && length < maxChars) {
    const current = stack.pop()!;
    if (isText(current)) {
      pieces.push(current.data);
      length += current.data.length;
    } else if (isTag(current)) {
      if (skip.has(current.name)) continue;
      if (current.name === 'br') pieces.push(' ');
      for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i]!);
    }
  }
  return collapseWhitespace(pieces.join(''));
}

/** An attribute's trimmed value, or undefined when absent or blank. */
export function getAttribute(element: Element, name: string): string | undefined {
  const value = element.attribs[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** The word parts of an element's class and id, used for hints like "share" or "article-body". */
export function hintWords(element: Element): string[] {
  const { class: className, id } = element.attribs;
  if (className === undefined && id === undefined) return [];
  return wordParts(`${className ?? ''} ${id ?? ''}`);
}
