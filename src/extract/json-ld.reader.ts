// schema.org JSON-LD: the page's own structured account of its headline, date, authors and images.
import { decodeHTML } from 'entities';
import { z } from 'zod';

import { collapseWhitespace } from './text.normalizer.js';

/** schema.org types that describe a news or blog article. */
export const ARTICLE_TYPES = [
  'Article',
  'NewsArticle',
  'ReportageNews',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
] as const;
const ARTICLE_TYPE_SET: ReadonlySet<string> = new Set(ARTICLE_TYPES);

/** An image as JSON-LD describes it. */
export interface LdImage {
  readonly url: string;
  readonly caption: string | undefined;
  readonly credit: string | undefined;
}

/** What sitrep reads from the page's article node; every field is optional because pages omit freely. */
export interface LdArticle {
  readonly headline: string | undefined;
  readonly published: string | undefined;
  readonly authors: readonly string[];
  readonly publisher: string | undefined;
  readonly keywords: readonly string[];
  readonly section: string | undefined;
  readonly images: readonly LdImage[];
  readonly language: string | undefined;
  readonly url: string | undefined;
}

function cleanText(value: string): string {
  // Some CMSs HTML-escape JSON-LD strings ("&#8217;"), which JSON.parse leaves as is.
  return collapseWhitespace(/&(?:#\d+|#x[\da-f]+|\w+);/i.test(value) ? decodeHTML(value) : value);
}

const TextSchema = z.union([z.string(), z.number()]).transform((value) => cleanText(String(value)));
const TypesSchema = z
  .union([z.string(), z.array(z.unknown())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string'),
  );
/** One text, or the first text of a list: JSON-LD allows either for most properties. */
const FirstTextSchema = z
  .union([TextSchema, z.array(z.unknown())])
  .transform((value) =>
    Array.isArray(value)
      ? value.map((v) => TextSchema.safeParse(v).data).find((v) => v !== undefined && v !== '')
      : value,
  );
const IdSchema = z.string();

/** A Person, Organization or bare name. Unparseable fields become undefined rather than failing the node. */
const AgentSchema = z.union([
  TextSchema.transform((name) => ({ id: undefined, name })),
  z
    .object({
      '@id': IdSchema.optional().catch(undefined),
      name: FirstTextSchema.optional().catch(undefined),
      alternateName: FirstTextSchema.optional().catch(undefined),
    })
    .transform((agent) => ({ id: agent['@id'], name: agent.name ?? agent.alternateName })),
]);
type Agent = z.infer<typeof AgentSchema>;

const ImageSchema = z.union([
  TextSchema.transform((url) => ({ id: undefined, url, caption: undefined, credits: [] as unknown[] })),
  z
    .object({
      '@id': IdSchema.optional().catch(undefined),
      url: FirstTextSchema.optional().catch(undefined),
      contentUrl: FirstTextSchema.optional().catch(undefined),
      caption: FirstTextSchema.optional().catch(undefined),
      creditText: z.unknown().optional(),
      copyrightHolder: z.unknown().optional(),
      author: z.unknown().optional(),
    })
    .transform((image) => ({
      id: image['@id'],
      url: image.url ?? image.contentUrl,
      caption: image.caption,
      credits: [image.creditText, image.copyrightHolder, image.author],
    })),
]);

const NodeSchema = z.object({
  '@type': TypesSchema.optional().catch(undefined),
  '@id': IdSchema.optional().catch(undefined),
  headline: FirstTextSchema.optional().catch(undefined),
  name: FirstTextSchema.optional().catch(undefined),
  datePublished: FirstTextSchema.optional().catch(undefined),
  dateCreated: FirstTextSchema.optional().catch(undefined),
  author: z.unknown().optional(),
  creator: z.unknown().optional(),
  publisher: z.unknown().optional(),
  keywords: z
    .union([TextSchema, z.array(z.unknown())])
    .optional()
    .catch(undefined),
  articleSection: FirstTextSchema.optional().catch(undefined),
  image: z.unknown().optional(),
  inLanguage: z.unknown().optional(),
  url: FirstTextSchema.optional().catch(undefined),
  mainEntityOfPage: z.unknown().optional(),
  mainEntity: z.unknown().optional(),
});
type LdNode = z.infer<typeof NodeSchema>;

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

/** Parses the text of one `<script type="application/ld+json">`; malformed JSON gives undefined. */
function parseScript(text: string): unknown {
  const body = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    try {
      // Raw line breaks inside strings are the most common JSON-LD defect; JSON treats them as errors.
      return JSON.parse(body.replace(/[\r\n\t]+/g, ' ')) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** Every object at the top level of the scripts, in arrays, and in `@graph` lists. */
function collectObjects(scripts: readonly string[]): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const pending: unknown[] = scripts.map(parseScript).reverse();
  // The bound stops a hostile document from making this loop long; real pages hold a few dozen nodes.
  while (pending.length > 0 && objects.length < 1000) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) pending.push(value[i]);
    } else if (typeof value === 'object' && value !== null) {
      const object = value as Record<string, unknown>;
      objects.push(object);
      if (Array.isArray(object['@graph'])) pending.push(object['@graph']);
    }
  }
  return objects;
}

const isArticleNode = (node: LdNode): boolean =>
  (node['@type'] ?? []).some((type) => ARTICLE_TYPE_SET.has(type));

/** Reads the article node of a page's JSON-LD scripts, or undefined when none describes an article. */
export function readJsonLd(scripts: readonly string[]): LdArticle | undefined {
  const raw = collectObjects(scripts);
  const byId = new Map<string, unknown>();
  for (const object of raw) {
    const id = object['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, object);
  }
  const nodes = raw
    .map((object) => NodeSchema.safeParse(object).data)
    .filter((n): n is LdNode => n !== undefined);
  // A WebPage may name its article as mainEntity instead of listing it beside itself.
  for (const node of [...nodes]) {
    for (const entity of asList(node.mainEntity)) {
      const resolved = typeof entity === 'object' && entity !== null ? resolveRef(entity, byId) : undefined;
      const parsed = NodeSchema.safeParse(resolved).data;
      if (parsed !== undefined) nodes.push(parsed);
    }
  }
  const articles = nodes.filter(isArticleNode);
  const article = articles.find((node) => node.headline !== undefined) ?? articles[0];
  if (article === undefined) return undefined;
  return toLdArticle(article, byId);
}

/** Follows a `{"@id": ...}` reference to the full node in the same document, if there is one. */
function resolveRef(value: unknown, byId: ReadonlyMap<string, unknown>): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const object = value as Record<string, unknown>;
  const id = object['@id'];
  if (typeof id !== 'string' || Object.keys(object).length > 1) return value;
  return byId.get(id) ?? value;
}

function agentNames(value: unknown, byId: ReadonlyMap<string, unknown>): string[] {
  const names: string[] = [];
  for (const item of asList(value).slice(0, 20)) {
    const agent: Agent | undefined = AgentSchema.safeParse(resolveRef(item, byId)).data;
    const name = agent?.name;
    if (name !== undefined && name !== '' && !/^https?:\/\//i.test(name)) names.push(name);
  }
  return names;
}

function readKeywords(value: LdNode['keywords']): string[] {
  if (value === undefined) return [];
  const items = Array.isArray(value)
    ? value.map((v) => TextSchema.safeParse(v).data ?? '')
    : value.split(',');
  return items.map((item) => collapseWhitespace(item)).filter((item) => item !== '');
}

function readImages(value: unknown, byId: ReadonlyMap<string, unknown>): LdImage[] {
  const images: LdImage[] = [];
  for (const item of asList(value).slice(0, 20)) {
    const image = ImageSchema.safeParse(resolveRef(item, byId)).data;
    if (image?.url === undefined || image.url === '') continue;
    const credit = image.credits.flatMap((c) => agentNames(c, byId))[0];
    images.push({ url: image.url, caption: image.caption || undefined, credit });
  }
  return images;
}

function readLanguage(value: unknown): string | undefined {
  const first = asList(value)[0];
  if (typeof first === 'string') return first;
  if (typeof first === 'object' && first !== null) {
    const code = (first as Record<string, unknown>)['alternateName'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function readUrl(node: LdNode): string | undefined {
  if (node.url !== undefined && node.url !== '') return node.url;
  const page = asList(node.mainEntityOfPage)[0];
  if (typeof page === 'string') return page;
  if (typeof page === 'object' && page !== null) {
    const id = (page as Record<string, unknown>)['@id'];
    if (typeof id === 'string') return id;
  }
  return undefined;
}

function toLdArticle(node: LdNode, byId: ReadonlyMap<string, unknown>): LdArticle {
  const authors = agentNames(node.author ?? node.creator, byId);
  return {
    headline: node.headline || node.name || undefined,
    published: node.datePublished || node.dateCreated || undefined,
    authors,
    publisher: agentNames(node.publisher, byId)[0],
    keywords: readKeywords(node.keywords),
    section: node.articleSection || undefined,
    images: readImages(node.image, byId),
    language: readLanguage(node.inLanguage),
    url: readUrl(node),
  };
}
