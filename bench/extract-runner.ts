// One extractor over the whole article-extraction benchmark, in a process of its own: pages are read and
// decompressed first, then only the extraction call is timed. Prints one JSON `RunnerOutput` on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { Readability } from '@mozilla/readability';
import { decodeHTML } from 'entities';
import { parseHTML } from 'linkedom';

import { extractArticle } from '../src/extract/index.js';
import { EXTRACTORS, type ExtractorName, type PageResult, type RunnerOutput } from './extract-protocol.js';

interface Page {
  id: string;
  html: string;
  url: string;
}

type Extract = (page: Page) => string;

// jsdom ships no types and the project has no @types/jsdom; this is the little of it the bench uses.
interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { url: string; virtualConsole: unknown },
  ) => { window: { document: unknown } };
  VirtualConsole: new () => unknown;
}

const BLOCK_BOUNDARY =
  /<\/?(?:p|div|section|article|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|tr|td|th|figure|figcaption|br|hr)\b[^>]*>/gi;

/**
 * Readability's article HTML as paragraphs: block texts joined by a blank line. This is fairer than
 * `textContent`, which glues "end.</p><p>Start" into one token "endStart" when the page has no whitespace
 * between tags; it is done outside the timed call, so it costs Readability nothing.
 */
export function readabilityParagraphs(html: string): string {
  return html
    .replace(BLOCK_BOUNDARY, '\n\n')
    .replace(/<[^>]*>/g, '')
    .split(/\n{2,}/)
    .map((block) => decodeHTML(block).replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n\n');
}

async function makeExtractor(name: ExtractorName): Promise<Extract> {
  switch (name) {
    case 'sitrep':
      return (page) => extractArticle({ body: page.html, kind: 'html', url: page.url }).text;
    case 'readability-linkedom':
      return (page) => {
        // linkedom's types speak of DOM lib types this Node-only project does not load.
        const { document } = parseHTML(page.html) as unknown as { document: unknown };
        return new Readability(document).parse()?.content ?? '';
      };
    case 'readability-jsdom': {
      const moduleName = 'jsdom';
      const { JSDOM, VirtualConsole } = (await import(moduleName)) as JsdomModule;
      // A console that goes nowhere: jsdom's "Could not parse CSS stylesheet" noise is not the bench's output.
      const virtualConsole = new VirtualConsole();
      return (page) => {
        const { document } = new JSDOM(page.html, { url: page.url, virtualConsole }).window;
        return new Readability(document).parse()?.content ?? '';
      };
    }
  }
}

/** Reads the benchmark's pages, decompressed and decoded as UTF-8 (its README: do not sniff the charset). */
export function loadPages(dataDir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string }
  >;
  return readdirSync(join(dataDir, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.html.gz'.length);
      const html = new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(dataDir, 'html', name))));
      return { id, html, url: truth[id]?.url ?? `https://example.invalid/${id}` };
    });
}

const WARM_UP_PAGES = 5;

async function main(): Promise<void> {
  const [name, dataDir] = process.argv.slice(2);
  if (!EXTRACTORS.includes(name as ExtractorName) || dataDir === undefined)
    throw new Error(`usage: extract-runner.ts <${EXTRACTORS.join('|')}> <data dir>`);
  const extractor = name as ExtractorName;
  const extract = await makeExtractor(extractor);
  const pages = loadPages(dataDir);
  // The same few untimed pages for every extractor, so that none is timed while its code is still cold.
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    try {
      extract(page);
    } catch {
      // A failure here is timed and reported in the real pass.
    }
  }
  const results: PageResult[] = [];
  for (const page of pages) {
    let output = '';
    let error: string | undefined;
    const start = performance.now();
    try {
      output = extract(page);
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const ms = performance.now() - start;
    const text = extractor === 'sitrep' ? output : readabilityParagraphs(output);
    results.push(error === undefined ? { id: page.id, text, ms } : { id: page.id, text, ms, error });
  }
  const result: RunnerOutput = { extractor, pages: results };
  process.stdout.write(JSON.stringify(result));
}

await main();
