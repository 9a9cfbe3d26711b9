import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import { SCORER, SEEDS, SEED_ARTICLES, haveSeeds, seedVariant } from '../helpers/seeds.js';

describe.skipIf(!haveSeeds)('the seed articles (../shared/seeds)', () => {
  it('score perfectly against the human gold, and exit 0', () => {
    const run = runCli([SEED_ARTICLES, '--format', 'json']);
    expect(run.code).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'verify-seeds-')), 'report.json');
    writeFileSync(file, run.stdout);
    const score = spawnSync(process.execPath, [SCORER, join(SEEDS, 'gold.yaml'), file, SEED_ARTICLES], { cwd: ROOT, encoding: 'utf8' });
    expect(score.stdout.trim().split('\n').pop()).toMatch(
      /^recall 1\.00 \(\d+\/\d+\) pairing 1\.00 \(\d+\/\d+\) verdict 1\.00 \(\d+\/\d+\) false-conflicts 0 internal-conflicts 0 provenance-errors 0\/\d+$/,
    );
  });

  it('never compare the launch of 14 January with that of 6 January', () => {
    const report = JSON.parse(runCli([SEED_ARTICLES, '--format', 'json']).stdout);
    const distance = report.findings.filter((f: { claim: string }) => f.claim === 'launch.distance');
    const withMiles155 = distance.find((f: { values: { text: string }[] }) => f.values.some((v) => v.text.includes('155 miles')));
    expect(withMiles155.verdict).toBe('single-source');
    expect(withMiles155.event).toBe('2025-01-14'); // the launch 004 dates "Tuesday", in its "Jan. 14" dateline
    expect(withMiles155.event).not.toBe(distance.find((f: { values: { text: string }[] }) => f.values.some((v) => v.text.includes('685')))?.event);
  });
});

// Copies of the seeds with one fact changed to a genuinely different value: each must be a conflict
// that names the changed source, and the run must exit 1.
const VARIANTS: [string, string, (t: string) => string, string][] = [
  ['a distance', '000_', (t) => t.replace('approximately 685 miles', 'approximately 985 miles'), 'launch.distance'],
  ['a time of day', '001_', (t) => t.replace('around noon local time', 'around 3 p.m. local time'), 'launch.time'],
  ['a date', '001_', (t) => t.replaceAll('January 6, 2025', 'January 9, 2025'), 'launch.date'],
  ['the missile type', '002_', (t) => t.replace(/intermediate-range ballistic missile/gi, 'intercontinental ballistic missile'), 'missile.type'],
  ['the origin', '002_', (t) => t.replace('before falling into the sea.', 'before falling into the sea. It was launched from the Wonsan area.'), 'launch.origin'],
  ['a parenthetical conversion', '003_', (t) => t.replace('(680 miles)', '(880 miles)'), 'launch.distance'],
  // Identity, not the figure under test, decides the event: an undated article (002) and one dated only by
  // its weekday (003) that state another distance join the launch and conflict; they are not filed apart.
  ['the distance in the undated article', '002_', (t) => t.replace('approximately 1,100 kilometers', 'approximately 1,500 kilometers'), 'launch.distance'],
  ['the distance in the article dated by its weekday', '003_', (t) => t.replace('1,100 kilometers (680 miles)', '1,400 kilometers (870 miles)'), 'launch.distance'],
  // A stated day one day off is the same launch with a date conflict, not a second launch.
  ['the date by one day', '000_', (t) => t.replaceAll('January 6, 2025', 'January 7, 2025'), 'launch.date'],
];

describe.skipIf(!haveSeeds)('seed variants with one fact changed', () => {
  it.each(VARIANTS)('%s: a conflict naming the changed source, exit 1', (_what, file, edit, claim) => {
    const dir = seedVariant(file, edit);
    const run = runCli([dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const conflicts = report.findings.filter((f: { verdict: string; claim: string }) => f.verdict === 'conflict');
    expect(conflicts.map((f: { claim: string }) => f.claim)).toEqual([claim]);
    expect(conflicts[0].values.some((v: { source: string }) => v.source.startsWith(file))).toBe(true);
  });
});
