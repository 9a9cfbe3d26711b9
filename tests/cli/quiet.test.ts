// --quiet, as ESLint's: the terminal shows only conflicts (no variances, nothing a baseline accepts), stderr no
// warnings or notes; the exit code and the machine formats stay as they are.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { caseReport } from '../helpers/run.js';
import { ROOT } from '../helpers/knowledge.js';
import { cleanup, cli, tempDir } from '../robustness/helpers.js';

afterAll(cleanup);

const CASES = join(ROOT, 'tests/cases');

/**
 * The volcano case (a conflict and a variance) recorded in a baseline, then a new conflict added (the distance case),
 * a blank article (a warning) and a config file (a note that it is used).
 */
function project(): string {
  const dir = tempDir('quiet');
  cpSync(join(CASES, 'volcano-no-pack/articles'), join(dir, 'articles'), { recursive: true });
  expect(cli(['baseline', 'articles'], { cwd: dir }).code).toBe(0);
  cpSync(join(CASES, 'conflicting-distance/articles'), join(dir, 'articles/distance'), { recursive: true });
  writeFileSync(join(dir, 'articles/blank.txt'), '\n');
  writeFileSync(join(dir, 'verify.config.yaml'), 'paths: [articles]\n');
  return dir;
}

describe('--quiet', () => {
  it('shows only new conflicts, no warnings or notes; the exit code is the same', () => {
    const dir = project();
    const loud = cli(['--format', 'text'], { cwd: dir });
    const quiet = cli(['--format', 'text', '--quiet'], { cwd: dir });
    expect(loud.stdout).toMatch(/⚠ variance|✔ accepted/);
    expect(loud.stderr).toMatch(/^verify: using verify\.config\.yaml$/m);
    expect(loud.stderr).toMatch(/^verify: warning: articles\/blank\.txt: skipped: only white space$/m);

    expect(quiet.stderr).toBe('');
    expect(quiet.code).toBe(loud.code);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toBe(
      [
        '9 Jun 2025 — ballistic missile',
        '  ✖ conflict  distance flown (between authorities)',
        '      a  ≈600 km  "about 600 km"  articles/distance/a.txt:1:85',
        '      b  900 km   "900 km"  articles/distance/b.txt:1:76',
        '',
        '✖ 1 new conflict in 5 sources (2 accepted in verify-baseline.yaml, 5 agree, 4 single-source)',
        '',
      ].join('\n'),
    );
  });

  it('leaves the machine formats as they are', () => {
    const dir = project();
    for (const format of ['json', 'sarif', 'junit', 'md']) {
      const loud = cli(['--format', format], { cwd: dir });
      const quiet = cli(['--format', format, '--quiet'], { cwd: dir });
      expect(quiet.stdout, format).toBe(loud.stdout);
      expect(quiet.stderr, format).toBe('');
    }
  });

  it('with only variances: none listed, a green closing line, and --fail-on variance still fails', () => {
    const args = [join(CASES, 'time-zones/articles'), '--format', 'text', '--quiet'];
    const quiet = cli(args);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('✔ no contradictions in 2 sources (4 agree, 0 single-source)\n');
    expect(cli([...args, '--fail-on', 'variance']).code).toBe(1);
  });

  it('applies to the summary printed beside written reports, not to the files', () => {
    const dir = project();
    const r = cli(['--format', 'text', '--out', 'out', '--quiet'], { cwd: dir });
    expect(r.stdout).not.toMatch(/variance|accepted conflict/);
    expect(r.stdout).toMatch(/^report written to out\/report\.txt$/m);
    const loud = cli(['--format', 'text', '--out', 'out2'], { cwd: dir });
    expect(loud.stdout).toMatch(/✔ accepted/);
  });
});

describe('the text formatter with conflictsOnly', () => {
  it('lists conflicts alone and counts no variances', () => {
    const report = caseReport('volcano-no-pack');
    const all = formatReport(report, 'text', { color: false });
    const conflicts = formatReport(report, 'text', { color: false, conflictsOnly: true });
    expect(all).toContain('⚠ variance');
    expect(conflicts).not.toContain('variance');
    expect(conflicts).toContain('✖ conflict  people evacuated');
    expect(conflicts.trimEnd().split('\n').at(-1)).toBe('✖ 1 conflict in 3 sources (2 agree, 4 single-source)');
  });
});
