// bench:analyze as a user runs it, on small invented sets: it reads the files it is given, splits them the way
// issue 10 is judged, and prints misses of the tune half only.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const HEADER =
  'event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,location,latitude,longitude,' +
  'time_precision,fatalities,notes';
// Coded as riots on purpose, so that both rows miss on event_type: one in each half.
const ACLED_CSV = [
  HEADER,
  '29-Apr-20,Riots,Violent demonstration,Rioters (Mali),5,,,Mali,Kidal,Kidal,18.441,1.408,1,2,' +
    '"On 29 April 2020, gunmen killed two farmers in Kidal, Mali."',
  '1-May-20,Riots,Violent demonstration,Rioters (Mali),5,,,Mali,Mopti,Mopti,14.484,-4.183,1,3,' +
    '"On 1 May 2020, gunmen killed three herders near Mopti, Mali."',
].join('\n');
const CASE_TSV = [
  'id\tEventSnippet\tSubType',
  '1\tPolice fired tear gas to disperse traders protesting in Kano.\tPROTEST_WITH_INTER',
  '2\t"Floods destroyed hundreds of homes after ""heavy"" rain."\tNATURAL_DISASTER',
  '4\tTwo parties signed a ceasefire agreement in the capital.\tAGREEMENT',
].join('\n');

function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'bench', 'analyze.bench.ts'), ...args],
      {
        cwd: REPO,
        env: { ...process.env, SITREP_LOG_LEVEL: 'warn' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A hang guard only: the run takes a few seconds.
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function writeSets(): { acled: string; caseFile: string } {
  const dir = tempDir();
  const acled = join(dir, 'mine.csv');
  const caseFile = join(dir, 'mine.tsv');
  writeFileSync(acled, ACLED_CSV);
  writeFileSync(caseFile, CASE_TSV);
  return { acled, caseFile };
}

interface Half {
  notes?: number;
  snippets?: number;
  outOfScope?: number;
}

describe('bench:analyze', () => {
  it('reads the ACLED CSV it is given, without --misses, and splits both sets into tune and check', async () => {
    const { acled, caseFile } = writeSets();
    const result = await runBench([acled, '--case', caseFile, '--passes', '1', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const figures = JSON.parse(result.stdout) as {
      acled: { file: string; tune: Half; check: Half };
      case: { file: string; tune: Half; check: Half };
      demo: { incidents: number };
      model?: { loadCpuMs: number; tune?: { snippets: number }; check?: { snippets: number } };
    };
    assert.equal(figures.acled.file, acled);
    assert.equal(figures.acled.tune.notes, 1);
    assert.equal(figures.acled.check.notes, 1);
    assert.equal(figures.case.file, caseFile);
    assert.deepEqual(
      [
        figures.case.tune.snippets,
        figures.case.tune.outOfScope,
        figures.case.check.snippets,
        figures.case.check.outOfScope,
      ],
      [1, 0, 2, 1],
    );
    assert.equal(figures.demo.incidents, 26);
    // The learned event typer alone, scored on the same halves.
    assert.deepEqual([figures.model?.tune?.snippets, figures.model?.check?.snippets], [1, 2]);
    assert.equal(typeof figures.model?.loadCpuMs, 'number');
  });

  it('prints the misses of the tune half only', async () => {
    const { acled, caseFile } = writeSets();
    const result = await runBench([acled, '--case', caseFile, '--passes', '1', '--misses', 'event_type']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /gunmen killed two farmers in Kidal/);
    assert.doesNotMatch(result.stdout, /gunmen killed three herders near Mopti/);
  });

  it('refuses an unknown --misses field and a missing file with exit code 2', async () => {
    const { acled } = writeSets();
    const unknown = await runBench([acled, '--misses', 'colour']);
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /^bench:analyze: unknown --misses "colour": use one of event_type, .*, case\n$/,
    );
    const missing = await runBench([join(tempDir(), 'absent.csv')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^bench:analyze: no such ACLED CSV: .*absent\.csv\n$/);
  });
});
