// CONTRACT.md's text contract through the real CLI: one sentence is a report, by every road it can arrive.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Incident } from '../../src/core/incident.js';
import { REPO, runSitrep } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const NOTE = 'On 9 May 2020, gunmen killed three farmers near Maiduguri, Borno state.';
const PARAGRAPH =
  'Gunmen killed three farmers near Maiduguri, Borno state, on 9 May 2020, residents said. The attackers ' +
  'arrived on motorcycles in the afternoon and opened fire on the men as they worked their fields.';

/** The incident the note reports, coded as ACLED codes it. */
function assertMaidugurikilling(incidents: Incident[] | undefined, label: string): void {
  assert.ok(incidents, `${label}: incidents`);
  const news = incidents.filter((i) => !i.background);
  assert.equal(news.length, 1, `${label}: one incident, got ${JSON.stringify(incidents)}`);
  const incident = news[0]!;
  assert.equal(incident.eventType, 'Violence against civilians', label);
  assert.equal(incident.subEventType, 'Attack', label);
  assert.equal(incident.location?.country, 'Nigeria', label);
  assert.equal(incident.location.admin1, 'Borno', label);
  assert.equal(incident.fatalities, 3, label);
  assert.equal(incident.date.start, '2020-05-09', label);
  assert.ok(
    incident.actors.some((a) => a.role === 'target' && a.kind === 'civilians'),
    `${label}: civilians as target`,
  );
}

interface Analysis {
  article: { title: string; text: string; paragraphs: string[] };
  incidents: Incident[];
}

describe('analyze --jsonl: `text` is the body, never split into a title', () => {
  it('one sentence is a report', async () => {
    const result = await runSitrep(['analyze', '--jsonl'], {
      stdin: JSON.stringify({ id: 'n1', text: NOTE }) + '\n',
    });
    assert.equal(result.code, 0, result.stderr);
    const line = JSON.parse(result.stdout) as { id: string; incidents?: Incident[]; error?: string };
    assert.equal(line.id, 'n1');
    assert.equal(line.error, undefined);
    assertMaidugurikilling(line.incidents, 'one-sentence note');
  });

  it('a title beside a one-paragraph text: the title is the headline, the text the body', async () => {
    const result = await runSitrep(['analyze', '--jsonl'], {
      stdin: [
        JSON.stringify({ id: 'p1', title: 'Farmers killed in Borno', text: PARAGRAPH }),
        JSON.stringify({ id: 'p2', title: NOTE, text: NOTE }),
      ].join('\n'),
    });
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; incidents?: Incident[]; error?: string });
    assert.deepEqual(
      lines.map((l) => l.id),
      ['p1', 'p2'],
    );
    assertMaidugurikilling(lines[0]?.incidents, 'title and paragraph');
    assertMaidugurikilling(lines[1]?.incidents, 'title equal to the text');
  });
});

describe('analyze FILE.txt: a file of one line or one paragraph is a report', () => {
  const dir = tempDir();

  it('one line: both title and body', async () => {
    const path = join(dir, 'note.txt');
    writeFileSync(path, `${NOTE}\n`);
    const result = await runSitrep(['analyze', path, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const { article, incidents } = JSON.parse(result.stdout) as Analysis;
    assert.equal(article.title, NOTE);
    assert.equal(article.text, NOTE);
    assertMaidugurikilling(incidents, 'one-line .txt');
  });

  it('one paragraph wrapped over lines: the whole paragraph is the body', async () => {
    const path = join(dir, 'wrapped.txt');
    writeFileSync(
      path,
      'Gunmen killed three farmers near Maiduguri, Borno state, on\n9 May 2020, residents said.\n',
    );
    const result = await runSitrep(['analyze', path, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const { article, incidents } = JSON.parse(result.stdout) as Analysis;
    assert.equal(
      article.text,
      'Gunmen killed three farmers near Maiduguri, Borno state, on 9 May 2020, residents said.',
    );
    assertMaidugurikilling(incidents, 'wrapped one-paragraph .txt');
  });
});

describe('analyze from stdin', () => {
  it('`analyze -` reads one plain-text report', async () => {
    const result = await runSitrep(['analyze', '-', '--json'], { stdin: `${NOTE}\n` });
    assert.equal(result.code, 0, result.stderr);
    const { article, incidents } = JSON.parse(result.stdout) as Analysis;
    assert.equal(article.text, NOTE);
    assertMaidugurikilling(incidents, 'analyze -');
  });

  it('`analyze` with no FILE reads piped stdin, in any output format', async () => {
    const json = await runSitrep(['analyze'], { stdin: NOTE });
    assert.equal(json.code, 0, json.stderr);
    assertMaidugurikilling((JSON.parse(json.stdout) as Analysis).incidents, 'analyze <stdin');
    const csv = await runSitrep(['analyze', '--format', 'acled-csv'], { stdin: NOTE });
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stdout.split('\n')[1] ?? '', /^2020-05-09,1,Violence against civilians,Attack,/);
  });

  it('reads piped HTML as a page', async () => {
    const page =
      '<!doctype html><html><head><title>Farmers killed in Borno</title></head><body><article>' +
      `<h1>Farmers killed in Borno</h1><p>${PARAGRAPH}</p><p>Residents buried the men the next morning, a local official said by telephone.</p>` +
      '</article></body></html>';
    const result = await runSitrep(['analyze', '-'], { stdin: page });
    assert.equal(result.code, 0, result.stderr);
    const { article, incidents } = JSON.parse(result.stdout) as Analysis;
    assert.equal(article.title, 'Farmers killed in Borno');
    assert.ok(!article.text.includes('<'), 'markup read, not kept as text');
    assertMaidugurikilling(incidents, 'piped HTML');
  });

  it('refuses stdin over the document size limit in one line', async () => {
    const result = await runSitrep(['analyze', '-'], {
      stdin: `${NOTE}\n`.repeat(100),
      env: { SITREP_MAX_DOCUMENT_BYTES: '1000' },
    });
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr.trim(), /^sitrep: stdin is over the 1000 byte limit$/);
  });

  it('nothing piped and no FILE is wrong usage (2); an empty "-" is an empty document (1)', async () => {
    const none = await runSitrep(['analyze']);
    assert.equal(none.code, 2, none.stderr);
    assert.match(none.stderr, /needs a FILE/);
    const empty = await runSitrep(['analyze', '-'], { stdin: '  \n' });
    assert.equal(empty.code, 1, empty.stderr);
    assert.match(empty.stderr, /empty/);
  });
});

describe('ingest of a .jsonl file: notes are reports', () => {
  it('stores a one-sentence note and a titled paragraph, and exports their incidents', async () => {
    const dir = tempDir();
    const db = join(dir, 'sitrep.db');
    const notes = join(dir, 'notes.jsonl');
    writeFileSync(
      notes,
      [
        JSON.stringify({ id: 'n1', text: NOTE, url: 'https://notes.test/n1' }),
        JSON.stringify({
          id: 'n2',
          title: 'Farmers killed in Borno',
          text: PARAGRAPH,
          url: 'https://notes.test/n2',
          publisher: 'Notes Desk',
        }),
      ].join('\n') + '\n',
    );
    const ingested = await runSitrep(['ingest', notes, '--db', db], { cwd: REPO });
    assert.equal(ingested.code, 0, ingested.stderr);
    assert.equal(ingested.stdout, 'ingested 2, unchanged 0, failed 0\n');
    const exported = await runSitrep(['export', '--format', 'jsonl', '--db', db]);
    assert.equal(exported.code, 0, exported.stderr);
    const records = exported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Incident & { reports: { title: string; url: string }[] });
    const news = records.filter((r) => !r.background);
    assertMaidugurikilling(news, 'ingested notes, linked');
    const titles = news[0]!.reports.map((r) => r.title).sort();
    assert.deepEqual(titles, ['Farmers killed in Borno', NOTE]);
  });
});
