// One machine format on stdout means nothing else there: every warning and note of a run that has many goes to
// stderr, and stdout is byte for byte the file the same format writes into --out (Markdown: the report alone).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/knowledge.js';
import { cleanup, cli, tempDir } from '../robustness/helpers.js';

afterAll(cleanup);

/**
 * A project whose run warns about everything it can: a config file in use, a stale baseline entry, a blank article,
 * a binary one, one with invalid UTF-8, one with no claims, and one file named twice.
 */
function noisyProject(): string {
  const dir = tempDir('stdout');
  cpSync(join(ROOT, 'tests/cases/volcano-no-pack/articles'), join(dir, 'articles'), { recursive: true });
  expect(cli(['baseline', 'articles'], { cwd: dir }).code).toBe(0);
  rmSync(join(dir, 'articles/blog.txt')); // its findings change: the baseline's entries go stale
  cpSync(join(ROOT, 'tests/cases/conflicting-distance/articles'), join(dir, 'articles/distance'), { recursive: true });
  writeFileSync(join(dir, 'articles/blank.txt'), '   \n');
  writeFileSync(join(dir, 'articles/image.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'articles/latin1.txt'), Buffer.from('Caf\xe9 owners said nothing happened on Tuesday.\n', 'latin1'));
  writeFileSync(join(dir, 'verify.config.yaml'), 'paths: [articles]\n');
  return dir;
}

// Not md: report.md links the number lines written beside it, which stdout has none of.
const FILES: Record<string, string> = { json: 'report.json', sarif: 'report.sarif', junit: 'report.xml', text: 'report.txt' };

describe('stdout with one machine format', () => {
  it.each(Object.keys(FILES))('--format %s: stdout is the report alone, every warning on stderr', (format) => {
    const dir = noisyProject();
    const args = ['--format', format, 'articles', 'articles/distance/a.txt', '--config', 'verify.config.yaml'];
    const r = cli(args, { cwd: dir });
    expect(r.code).toBe(1);
    const warnings = r.stderr.split('\n').filter(Boolean);
    expect(warnings.length, r.stderr).toBeGreaterThanOrEqual(5);
    for (const line of warnings) expect(line).toMatch(/^verify: /);
    expect(r.stderr).toMatch(/stale baseline entry/);
    expect(r.stderr).toMatch(/articles\/blank\.txt: skipped/);
    expect(r.stderr).toMatch(/articles\/image\.txt: skipped/);
    expect(r.stderr).toMatch(/articles\/latin1\.txt: /);

    expect(cli([...args, '--out', 'out'], { cwd: dir }).code).toBe(1);
    expect(r.stdout).toBe(readFileSync(join(dir, 'out', FILES[format]), 'utf8'));
    if (format === 'json') expect(JSON.parse(r.stdout).sources.length).toBeGreaterThan(0);
  });

  it('--format md: the Markdown report alone', () => {
    const r = cli(['--format', 'md'], { cwd: noisyProject() });
    expect(r.stdout).toMatch(/^# verify report: /);
    expect(r.stdout).not.toMatch(/^verify: /m);
    expect(r.stderr).toMatch(/^verify: warning: /m);
  });

  it('--format json under GitHub Actions: still the JSON alone', () => {
    const dir = noisyProject();
    const r = cli(['--format', 'json'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/^verify: warning: /m);
  });

  it('verify eval --format json: the scores alone', () => {
    const r = cli(['eval', join(ROOT, 'eval', 'korea-launches'), '--format', 'json']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});
