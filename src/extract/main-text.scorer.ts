// Finds the element that holds the article text by scoring containers of paragraph-like blocks, then reads
// its paragraphs. The approach follows the well-known "readability" idea: prose scores its ancestors.
import type { Element } from 'domhandler';
import { isTag } from 'domhandler';

import type { Block, CollectedBody, ElementStats } from './block.collector.js';
import { getClassWeight } from './class-hint.lexicon.js';
import { countCommas } from './text.normalizer.js';

/** One paragraph of the main text, with whether it is a subheading. */
export interface BodyParagraph {
  readonly text: string;
  readonly isHeading: boolean;
}

/** The main text and where it was found. */
export interface MainText {
  readonly paragraphs: readonly BodyParagraph[];
  /** The nearest `<article>` around the text, else the text's parent: where lead figures are looked for. */
  readonly scope: Element | undefined;
}

/** Blocks shorter than this add nothing to a container's score: labels, dates, button text. */
const MIN_SCORED_LENGTH = 25;
/** How many ancestor levels a paragraph's score reaches, and how it fades with distance. */
const SCORE_LEVELS = 5;
const levelDivisor = (level: number): number => (level === 0 ? 1 : level === 1 ? 2 : level * 3);

const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'th', 'dd', 'address', 'blockquote']);
const HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4']);
const DROPPED_HEADINGS: ReadonlySet<string> = new Set([
  'h1',
  'h5',
  'h6',
  'caption',
  'legend',
  'summary',
  'dt',
]);
const LIST_ITEM_TAGS: ReadonlySet<string> = new Set(['li']);

function tagWeight(name: string): number {
  switch (name) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

const linkDensity = (stats: ElementStats | undefined): number =>
  stats === undefined || stats.textLength === 0 ? 0 : stats.linkLength / stats.textLength;

const parentElement = (element: Element): Element | undefined =>
  element.parent !== null && isTag(element.parent) ? element.parent : undefined;

class ContainerScores {
  readonly raw = new Map<Element, number>();

  constructor(private readonly body: CollectedBody) {}

  add(element: Element, points: number): void {
    const current = this.raw.get(element);
    this.raw.set(element, (current ?? tagWeight(element.name) + getClassWeight(element)) + points);
  }

  /** The container's score after the link-density penalty; undefined when it holds no scored prose. */
  final(element: Element): number | undefined {
    const raw = this.raw.get(element);
    if (raw === undefined) return undefined;
    return raw * (1 - linkDensity(this.body.stats.get(element)));
  }

  isInside(inner: Element, outer: Element): boolean {
    const a = this.body.stats.get(inner);
    const b = this.body.stats.get(outer);
    return a !== undefined && b !== undefined && a.start >= b.start && a.start < b.end;
  }
}

/** The element whose score a block's prose counts for first: a paragraph's parent, else the holder itself. */
function firstContainer(block: Block, body: CollectedBody): Element | undefined {
  const owner = block.owner;
  const isParagraph = PARAGRAPH_TAGS.has(owner.name) || !body.hasBlockChild.has(owner);
  return isParagraph ? parentElement(owner) : owner;
}

function scoreContainers(body: CollectedBody): ContainerScores {
  const scores = new ContainerScores(body);
  for (const block of body.blocks) {
    const name = block.owner.name;
    if (block.text.length < MIN_SCORED_LENGTH || HEADING_TAGS.has(name) || DROPPED_HEADINGS.has(name))
      continue;
    if (LIST_ITEM_TAGS.has(name)) continue;
    const points = 1 + countCommas(block.text) + Math.min(Math.floor(block.text.length / 100), 3);
    let container = firstContainer(block, body);
    for (let level = 0; level < SCORE_LEVELS && container !== undefined; level += 1) {
      if (!body.stats.has(container)) break;
      scores.add(container, points / levelDivisor(level));
      container = parentElement(container);
    }
  }
  return scores;
}

function pickTop(scores: ContainerScores, body: CollectedBody): Element | undefined {
  const ranked = [...scores.raw.keys()]
    .map((element) => ({ element, score: scores.final(element) ?? 0 }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (best === undefined) return undefined;
  let top = best.element;
  const topScore = best.score;

  // When several strong candidates share an ancestor, the text is split across them (one box per section).
  const alternatives = ranked.slice(1, 6).filter((c) => c.score >= topScore * 0.75);
  if (alternatives.length >= 3) {
    for (let ancestor = parentElement(top); ancestor !== undefined; ancestor = parentElement(ancestor)) {
      if (ancestor === body.root) break;
      const inside = alternatives.filter((c) => scores.isInside(c.element, ancestor)).length;
      if (inside >= 3) {
        top = ancestor;
        break;
      }
    }
  }

  // A parent that outscores its child gathers prose the child misses; one far below it is page chrome.
  let lastScore = scores.final(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = parentElement(top), steps = 0; parent !== undefined && steps < 12; steps += 1) {
    if (parent === body.root) break;
    const parentScore = scores.final(parent);
    if (parentScore !== undefined) {
      if (parentScore < threshold) break;
      if (parentScore > lastScore) {
        top = parent;
        break;
      }
      lastScore = parentScore;
    }
    parent = parentElement(parent);
  }

  // A lone child says nothing its parent does not; climbing lets siblings of the wrapper be considered.
  while (top !== body.root) {
    const parent = parentElement(top);
    if (parent === undefined || !body.stats.has(parent) || parent.children.filter(isTag).length !== 1) break;
    top = parent;
  }
  return top;
}

/** The top container plus siblings that continue it (text split by ads or inline boxes into several divs). */
function withContinuation(
  top: Element,
  scores: ContainerScores,
  body: CollectedBody,
  blocksByOwner: Map<Element, Block[]>,
): Element[] {
  const parent = parentElement(top);
  if (parent === undefined) return [top];
  const topScore = scores.final(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs['class'] ?? '';
  const chosen: Element[] = [];
  for (const sibling of parent.children) {
    if (!isTag(sibling)) continue;
    if (sibling === top) {
      chosen.push(sibling);
      continue;
    }
    const stats = body.stats.get(sibling);
    if (stats === undefined) continue;
    const bonus = topClass !== '' && sibling.attribs['class'] === topClass ? topScore * 0.2 : 0;
    const score = scores.final(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      chosen.push(sibling);
      continue;
    }
    if (sibling.name !== 'p') continue;
    const density = linkDensity(stats);
    const text = (blocksByOwner.get(sibling) ?? []).map((b) => b.text).join(' ');
    if (text.length > 80 && density < 0.25) chosen.push(sibling);
    else if (text.length > 0 && text.length <= 80 && density === 0 && /[.!?]["”’]?$/.test(text))
      chosen.push(sibling);
  }
  return chosen;
}

function nearestArticle(element: Element, body: CollectedBody): Element | undefined {
  let steps = 0;
  for (let current: Element | undefined = element; current !== undefined && steps < 50; steps += 1) {
    if (current.name === 'article') return current;
    if (current === body.root) break;
    current = parentElement(current);
  }
  if (element === body.root) return element;
  const parent = parentElement(element);
  return parent !== undefined && body.stats.has(parent) ? parent : element;
}

/** Is a list made of prose (steps, quotes, facts) rather than links (related stories, tags)? */
function isProseList(list: Element | undefined, body: CollectedBody, cache: Map<Element, boolean>): boolean {
  if (list === undefined) return false;
  const cached = cache.get(list);
  if (cached !== undefined) return cached;
  const stats = body.stats.get(list);
  const items = list.children.filter((child) => isTag(child) && child.name === 'li').length;
  const isProse =
    stats !== undefined && items > 0 && linkDensity(stats) < 0.3 && stats.textLength / items >= 40;
  cache.set(list, isProse);
  return isProse;
}

function isLinkHeavy(block: Block): boolean {
  const density = block.linkLength / block.text.length;
  return density > 0.8 || (density > 0.5 && block.text.length < 300);
}

/**
 * Picks the main-text container of a collected body and reads its paragraphs: p, h2-h4, pre, blockquote,
 * table cells, prose list items, and text held directly in divs. Link lists and other headings are dropped.
 */
export function readMainText(body: CollectedBody): MainText {
  const blocksByOwner = new Map<Element, Block[]>();
  for (const block of body.blocks) {
    const list = blocksByOwner.get(block.owner);
    if (list === undefined) blocksByOwner.set(block.owner, [block]);
    else list.push(block);
  }
  const scores = scoreContainers(body);
  const top = pickTop(scores, body);
  const containers = top === undefined ? [] : withContinuation(top, scores, body, blocksByOwner);
  const ranges = containers.map((c) => body.stats.get(c)).filter((s): s is ElementStats => s !== undefined);
  const isChosen = (block: Block): boolean => {
    // No container scored: nothing on the page reads as prose, so there is no article to return.
    if (ranges.length === 0) return false;
    const position = body.stats.get(block.owner)?.start;
    return position !== undefined && ranges.some((r) => position >= r.start && position < r.end);
  };

  const listCache = new Map<Element, boolean>();
  const paragraphs: BodyParagraph[] = [];
  for (const block of body.blocks) {
    if (!isChosen(block)) continue;
    const name = block.owner.name;
    if (DROPPED_HEADINGS.has(name) || isLinkHeavy(block)) continue;
    if (LIST_ITEM_TAGS.has(name) && !isProseList(parentElement(block.owner), body, listCache)) continue;
    paragraphs.push({ text: block.text, isHeading: HEADING_TAGS.has(name) });
  }
  // A heading with no text after it labels something that was removed (a "Read more" box).
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1]!.isHeading) paragraphs.pop();
  return { paragraphs, scope: top === undefined ? undefined : nearestArticle(top, body) };
}
