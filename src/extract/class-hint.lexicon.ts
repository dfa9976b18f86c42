// Words in class, id and role values that say what a page region is for: chrome to drop, or article text.
import type { Element } from 'domhandler';

import { getAttribute, hintWords } from './dom.walker.js';

/** Single word parts that mark page chrome. Matched against whole parts, so "ad" never matches "header". */
const CHROME_WORDS: ReadonlySet<string> = new Set([
  'share',
  'shares',
  'sharing',
  'sharebar',
  'sharetools',
  'social',
  'socials',
  'related',
  'promo',
  'promos',
  'promotion',
  'promoted',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'paywall',
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'advertorial',
  'adslot',
  'adunit',
  'adbox',
  'adwrap',
  'adwrapper',
  'adcontainer',
  'adzone',
  'adholder',
  'adsense',
  'adsbygoogle',
  'dfp',
  'sponsor',
  'sponsors',
  'sponsored',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'comment',
  'comments',
  'commentlist',
  'disqus',
  'breadcrumb',
  'breadcrumbs',
  'crumbs',
  'topics',
  'tags',
  'taglist',
  'byline',
  'author',
  'authors',
  'dateline',
  'footer',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'sidebar',
  'masthead',
  'toolbar',
  'popular',
  'trending',
  'recommended',
  'recommendations',
  'outbrain',
  'taboola',
  'modal',
  'popup',
]);

/** Adjacent word pairs that mark chrome ("most-read", "sr-only"). */
const CHROME_PAIRS: ReadonlySet<string> = new Set([
  'most read',
  'most popular',
  'most viewed',
  'most shared',
  'see also',
  'also read',
  'more stories',
  'more news',
  'you may',
  'sr only',
  'visually hidden',
  'screen reader',
  'print only',
]);

/** Words whose regions hold reader discussion or consent prompts: dropped even when they are long. */
const ALWAYS_DROP_WORDS: ReadonlySet<string> = new Set([
  'comment',
  'comments',
  'commentlist',
  'disqus',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
]);

/** Exact class tokens that hide an element from readers. */
const HIDDEN_CLASSES: ReadonlySet<string> = new Set(['hidden', 'is-hidden', 'd-none', 'invisible']);

/** Words that, next to a chrome word, mark a layout wrapper around the content rather than chrome. */
const CONTENT_WORDS: ReadonlySet<string> = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'main',
  'column',
  'story',
  'entry',
  'post',
  'text',
]);

const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'toolbar',
  'tablist',
]);

const POSITIVE_WORDS: ReadonlySet<string> = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'hentry',
  'main',
  'post',
  'story',
  'text',
  'blog',
  'prose',
  'richtext',
  'news',
]);

const NEGATIVE_WORDS: ReadonlySet<string> = new Set([
  'comment',
  'comments',
  'sidebar',
  'footer',
  'footnote',
  'promo',
  'related',
  'share',
  'sponsor',
  'widget',
  'meta',
  'contact',
  'masthead',
  'banner',
  'tool',
  'tools',
  'tags',
  'rail',
  'teaser',
  'aside',
  'nav',
  'menu',
  'ad',
  'ads',
  'social',
  'popular',
  'trending',
  'recommended',
  'caption',
  'credit',
]);

/** How strongly an element's own markup says it is page chrome. */
export type ChromeHint = 'none' | 'chrome' | 'always-drop';

/** Reads class, id, role, aria and inline-style hints that mark an element as page chrome. */
export function getChromeHint(element: Element): ChromeHint {
  const role = getAttribute(element, 'role')?.toLowerCase();
  let isChrome = role !== undefined && CHROME_ROLES.has(role);
  if (element.attribs['hidden'] !== undefined || getAttribute(element, 'aria-hidden') === 'true')
    isChrome = true;
  const style = getAttribute(element, 'style');
  if (style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) isChrome = true;
  const className = element.attribs['class'];
  if (className !== undefined) {
    for (const token of className.toLowerCase().split(/\s+/)) if (HIDDEN_CLASSES.has(token)) isChrome = true;
  }
  const words = hintWords(element);
  let isContent = false;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (ALWAYS_DROP_WORDS.has(word)) return 'always-drop';
    if (CHROME_WORDS.has(word)) isChrome = true;
    if (CONTENT_WORDS.has(word)) isContent = true;
    const next = words[i + 1];
    if (next !== undefined && CHROME_PAIRS.has(`${word} ${next}`)) isChrome = true;
  }
  // "main-white and-w-sidebar": a layout class naming both content and chrome is a layout wrapper.
  return isChrome && !isContent ? 'chrome' : 'none';
}

/**
 * A score adjustment from class, id and itemprop: +25 for article-like names, -25 for chrome-like names,
 * +50 for schema.org's `itemprop="articleBody"`, which is the page saying outright where the text is.
 */
export function getClassWeight(element: Element): number {
  let weight = 0;
  if (getAttribute(element, 'itemprop')?.toLowerCase() === 'articlebody') weight += 50;
  const words = hintWords(element);
  if (words.some((word) => POSITIVE_WORDS.has(word))) weight += 25;
  if (words.some((word) => NEGATIVE_WORDS.has(word))) weight -= 25;
  return weight;
}
