// JSON-LD as pages write it: graphs, references, arrays, and outright broken JSON.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { readJsonLd } from './json-ld.reader.js';

describe('readJsonLd', () => {
  it('skips malformed scripts and reads the next one', () => {
    const article = readJsonLd([
      '{"@type": "NewsArticle", "headline": "x",',
      '{"@type":"ReportageNews","headline":"Siege of the town ends"}',
    ]);
    assert.equal(article?.headline, 'Siege of the town ends');
  });

  it('reads top-level arrays and @graph lists, resolving @id references', () => {
    const article = readJsonLd([
      JSON.stringify([
        { '@type': 'WebSite', name: 'Site' },
        {
          '@graph': [
            { '@type': 'Person', '@id': '#p1', name: 'Leyla Aliyeva' },
            { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Caspian Wire' },
            {
              '@type': 'NewsArticle',
              headline: 'Ceasefire violations reported',
              author: { '@id': '#p1' },
              publisher: { '@id': '#org' },
            },
          ],
        },
      ]),
    ]);
    assert.equal(article?.headline, 'Ceasefire violations reported');
    assert.deepEqual(article?.authors, ['Leyla Aliyeva']);
    assert.equal(article?.publisher, 'Caspian Wire');
  });

  it('reads keywords as an array or a comma string, and tolerates wrongly typed fields', () => {
    const fromString = readJsonLd([
      '{"@type":"BlogPosting","headline":"A","keywords":"Yemen, Aden , ports"}',
    ]);
    assert.deepEqual(fromString?.keywords, ['Yemen', 'Aden', 'ports']);
    const odd = readJsonLd([
      '{"@type":["Article"],"headline":{"x":1},"name":"Fallback name","keywords":42,"author":[null,"Desk"]}',
    ]);
    assert.equal(odd?.headline, 'Fallback name');
    assert.deepEqual(odd?.keywords, ['42']);
    assert.deepEqual(odd?.authors, ['Desk']);
  });

  it('finds the article named as a WebPage mainEntity', () => {
    const article = readJsonLd([
      '{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Inner"}}',
    ]);
    assert.equal(article?.headline, 'Inner');
  });

  it('returns undefined when no node is an article', () => {
    assert.equal(readJsonLd(['{"@type":"Organization","name":"X"}', 'not json']), undefined);
  });
});
