import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

// The installed command loads the bundled program with the V8 code cache the build made (src/cli/launcher.ts).
// The cache may only save time: with it, without it, or with a broken one, a run prints the same.
const BUNDLE = join(ROOT, 'dist', 'bundle');
// A copied bundle has no claims folder beside it: the run names the repository's.
const ARTICLES = ['tests/cases/two-launches/articles', '--format', 'json', '--claims', 'claims', '--replace-claims'];
const debug = { VERIFY_DEBUG: '1' };

/** A copy of the bundle folder, so changing its cache cannot disturb tests running beside this one. */
function bundleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-launcher-'));
  cpSync(BUNDLE, dir, { recursive: true });
  copies.push(dir);
  return join(dir, 'main.js');
}
const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the bundled program', () => {
  it('carries its build identity, which keys the cache of claim definitions (src/cli/knowledgeCache.ts)', () => {
    const program = readFileSync(join(BUNDLE, 'verify.cjs'), 'utf8');
    expect(program).not.toContain('VERIFY_BUILD_ID');
    expect(program).toMatch(/BUILD_ID\s*=\s*"[0-9a-f]{16}"/);
  });
});

describe('the launcher', () => {
  const reference = runCli(ARTICLES, { env: { VERIFY_CODE_CACHE: 'off' } });

  it('uses the code cache the build made', () => {
    expect(existsSync(join(BUNDLE, 'verify.cjs.cache'))).toBe(true);
    const r = runCli(ARTICLES, { env: debug });
    expect(r.stderr).toContain('verify: code cache accepted');
    expect(r.stdout).toBe(reference.stdout);
    expect(r.code).toBe(reference.code);
  });

  it('ignores a broken cache and prints the same', () => {
    const cli = bundleCopy();
    writeFileSync(`${cli.replace(/main\.js$/, 'verify.cjs')}.cache`, 'not a code cache');
    const r = runCli(ARTICLES, { cli, env: debug });
    expect(r.stderr).toContain('verify: code cache rejected');
    expect(r.stdout).toBe(reference.stdout);
    expect(r.code).toBe(reference.code);
  });

  it('runs without a cache, and writes one when asked', () => {
    const cli = bundleCopy();
    const cache = `${cli.replace(/main\.js$/, 'verify.cjs')}.cache`;
    rmSync(cache);
    const without = runCli(ARTICLES, { cli, env: debug });
    expect(without.stderr).toContain('verify: code cache not used');
    expect(without.stdout).toBe(reference.stdout);
    expect(runCli(ARTICLES, { cli, env: { VERIFY_CODE_CACHE: 'write' } }).stdout).toBe(reference.stdout);
    expect(existsSync(cache)).toBe(true);
    expect(runCli(ARTICLES, { cli, env: debug }).stderr).toContain('verify: code cache accepted');
  });

  it('fails with one line when the program is missing', () => {
    const cli = bundleCopy();
    rmSync(cli.replace(/main\.js$/, 'verify.cjs'));
    const r = runCli(['--version'], { cli });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^verify: .*verify\.cjs is missing/);
  });
});
