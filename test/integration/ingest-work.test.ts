// Work an import does not do twice: a page claiming an article already stored is not read again, and a
// document received in this run is read from memory, not back from the store (real SQLite file).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { RawDocument } from '../../src/core/raw-document.js';
import type { IngestItem } from '../../src/ingest/index.js';
import {
  createReaderPool,
  extractDocument,
  ingestItems,
  type BatchReader,
  type QueueDeps,
} from '../../src/pipeline/index.js';
import { countDocuments, openStore } from '../../src/store/index.js';
import { tempDir } from '../support/temp-dir.js';

const LIMITS = { maxBytes: 8 * 1024 * 1024, timeoutMs: 10_000 };

function report(town: string, head: string, extra = ''): string {
  return `<!doctype html><html><head><title>Attack near ${town}</title>${head}</head><body><article>
<h1>Gunmen attack a village near ${town}</h1>
<p>Gunmen killed four villagers near ${town} on Tuesday, local officials said, before leaving on motorcycles.</p>
<p>Residents said several houses were set on fire during the attack. ${extra}</p>
</article></body></html>`;
}

function doc(html: string, url: string | null = null): RawDocument {
  return {
    kind: 'html',
    body: new TextEncoder().encode(html),
    url,
    source: 'file',
    charset: null,
    published: '2024-03-07',
    title: null,
    publisher: null,
  };
}

function items(docs: RawDocument[]): IngestItem[] {
  return docs.map((document, i) => ({ kind: 'document', origin: `test#${i}`, document }));
}

/** The in-thread extractor, noting every document it was asked to read and the bytes it was given. */
function recordingReader(): { read: BatchReader; seen: { documentId: number; body: Uint8Array }[] } {
  const seen: { documentId: number; body: Uint8Array }[] = [];
  const read: BatchReader = (docs) =>
    Promise.resolve(
      docs.map(({ documentId, doc: d }) => {
        seen.push({ documentId, body: d.body });
        return { documentId, extracted: extractDocument(d, LIMITS) };
      }),
    );
  return { read, seen };
}

async function deps(readBatch?: BatchReader): Promise<QueueDeps> {
  const db = await openStore(join(tempDir(), 'sitrep.db'));
  return { db, now: () => new Date('2024-03-08T00:00:00Z'), limits: LIMITS, readBatch };
}

describe('an import', () => {
  it('marks a page whose canonical URL is already an article a duplicate without reading it', async () => {
    const reader = recordingReader();
    const d = await deps(reader.read);
    const canonical = '<link rel="canonical" href="https://wire.example.test/reports/1">';
    // Fetched from the outlet's own site, where its canonical is trusted as its identity.
    const first = await ingestItems(
      d,
      items([doc(report('Gao', canonical), 'https://wire.example.test/reports/1')]),
    );
    assert.equal(first.ingested, 1);
    const readBefore = reader.seen.length;
    // Other bytes (a share-tracking parameter, an extra sentence), the same claimed identity.
    const copy = report(
      'Gao',
      '<link rel="canonical" href="https://wire.example.test/reports/1?utm_source=feed">',
      'The army sent reinforcements.',
    );
    const second = await ingestItems(d, items([doc(copy, 'https://wire.example.test/amp/reports/1')]));
    assert.deepEqual(
      { ingested: second.ingested, unchanged: second.unchanged },
      { ingested: 0, unchanged: 1 },
    );
    assert.equal(reader.seen.length, readBefore, 'the copy was not extracted or analyzed');
    assert.deepEqual(await countDocuments(d.db), { pending: 0, processed: 1, failed: 0, duplicate: 1 });
    await d.db.destroy();
  });

  it('still reads a page whose only claim is in JSON-LD, and finds it a duplicate after reading', async () => {
    const reader = recordingReader();
    const d = await deps(reader.read);
    await ingestItems(
      d,
      items([
        doc(
          report('Mopti', '<link rel="canonical" href="https://wire.example.test/r/2">'),
          'https://wire.example.test/r/2?from=home',
        ),
      ]),
    );
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","url":"https://wire.example.test/r/2"}</script>';
    const summary = await ingestItems(
      d,
      items([doc(report('Mopti', ld, 'More later.'), 'https://wire.example.test/amp/r/2')]),
    );
    assert.equal(summary.unchanged, 1);
    assert.equal(reader.seen.length, 2, 'read in full: the cheap check cannot see JSON-LD claims');
    await d.db.destroy();
  });

  it('reads the bytes it received, not a copy decompressed back from the store', async () => {
    const reader = recordingReader();
    const d = await deps(reader.read);
    const docs = ['Kidal', 'Bama', 'Taiz'].map((town) => doc(report(town, '')));
    const summary = await ingestItems(d, items(docs));
    assert.equal(summary.ingested, 3);
    assert.equal(reader.seen.length, 3);
    for (const [i, seen] of reader.seen.entries()) assert.equal(seen.body, docs[i]?.body);
    await d.db.destroy();
  });

  it('extracts on worker threads, with the same articles as one thread, and analyzes what they return', async () => {
    const docs = ['Kidal', 'Bama', 'Taiz', 'Marib', 'Kunduz'].map((town, i) =>
      doc(report(town, `<link rel="canonical" href="https://wire.example.test/p/${i}">`)),
    );
    const pool = createReaderPool(LIMITS, 2);
    try {
      // The pool takes the bodies it is given (they move to the worker): it gets copies, the ingest below the originals.
      const pooled = await pool.read(
        docs.map((d, i) => ({ documentId: i + 1, doc: { ...d, body: d.body.slice() } })),
      );
      assert.equal(pooled.length, docs.length);
      for (const result of pooled) {
        assert.ok('extracted' in result, JSON.stringify(result));
        assert.deepEqual(
          result.extracted,
          extractDocument(docs[result.documentId - 1] as RawDocument, LIMITS),
        );
      }
      const d = await deps(pool.read);
      const summary = await ingestItems(d, items(docs));
      assert.equal(summary.ingested, docs.length);
      const incidents = await d.db
        .selectFrom('reports')
        .select(d.db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.ok(Number(incidents.n) >= docs.length, `${incidents.n} reports`);
      await d.db.destroy();
    } finally {
      await pool.close();
    }
  });
});
