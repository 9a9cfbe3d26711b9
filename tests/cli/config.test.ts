// verify.config.yaml, the claims a run loads (bundled, extended, replaced), --exclude and --max-variances, through
// the checks of the file's text and through the real command line.
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/cli/config.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import { cleanup, tempDir, writeTree } from '../robustness/helpers.js';

afterAll(cleanup);

const CONFLICT = join(ROOT, 'tests/cases/conflicting-distance/articles');
const DAM = join(ROOT, 'tests/cases/dam-no-pack/articles');
/** One variance and no conflict. */
const TIME_ZONES = join(ROOT, 'tests/cases/time-zones/articles');

/** The error readConfig throws for `text`, as `file:line: message`. */
function errorOf(text: string): string {
  try {
    readConfig('verify.config.yaml', text);
  } catch (err) {
    return (err as { format(): string }).format();
  }
  throw new Error('no error');
}

/** A project folder: the conflicting-distance articles under articles/, and `files` beside them. */
function project(files: Record<string, string> = {}): string {
  const dir = tempDir('config');
  cpSync(CONFLICT, join(dir, 'articles'), { recursive: true });
  return writeTree(dir, files);
}

const findings = (stdout: string) => JSON.parse(stdout).findings as { claim: string; verdict: string }[];

describe('the config file', () => {
  it('reads every key, paths relative to its folder', () => {
    const c = readConfig(
      '/p/verify.config.yaml',
      'paths: [articles]\nclaims: { paths: [my-claims], replace: true }\nout: out\nfail-on: variance\nmax-variances: 2\nformats: [md, sarif]\ntolerances:\n  launch.distance: 0.1\nexclude: ["**/draft-*"]\n',
    );
    expect(c).toEqual({
      file: '/p/verify.config.yaml',
      paths: ['/p/articles'],
      claims: { dirs: ['/p/my-claims'], replace: true },
      out: '/p/out',
      failOn: 'variance',
      maxVariances: 2,
      formats: ['md', 'sarif'],
      tolerances: [{ key: 'launch.distance', value: 0.1, line: 8 }],
      exclude: ['**/draft-*'],
    });
    expect(readConfig('/p/verify.config.yaml', '# nothing set\n')).toEqual({ file: '/p/verify.config.yaml' });
  });

  it('takes web addresses among paths and feeds as they are, files relative to its folder, and the cache folder', () => {
    const c = readConfig('/p/verify.config.yaml', 'paths: [articles, "https://example.com/news/1"]\nfeeds: [feeds/wire.xml, "https://example.com/rss"]\ncache-dir: .cache\n');
    expect(c).toEqual({
      file: '/p/verify.config.yaml',
      paths: ['/p/articles', 'https://example.com/news/1'],
      feeds: ['/p/feeds/wire.xml', 'https://example.com/rss'],
      cacheDir: '/p/.cache',
    });
  });

  it.each([
    ['an unknown key, with the allowed ones', 'out: reports\nfailOn: never\n', /^verify\.config\.yaml:2: unknown key 'failOn' in the config file; allowed keys: paths, claims, out, fail-on,/],
    ['a bad value, with the allowed ones', 'fail-on: sometimes\n', /^verify\.config\.yaml:1: fail-on: unknown fail-on 'sometimes'; allowed: conflict, variance, never$/],
    ['an unknown format', 'formats:\n  - md\n  - pdf\n', /^verify\.config\.yaml:3: formats\[1\]: unknown format 'pdf'; allowed: text, md, json, sarif, junit, github$/],
    ['a tolerance out of range', 'tolerances:\n  launch.distance: 1.5\n', /^verify\.config\.yaml:2: tolerances\.launch\.distance: tolerance 1\.5 is out of range/],
    ['a negative max-variances', 'max-variances: -1\n', /^verify\.config\.yaml:1: max-variances: max-variances must be a whole number, 0 or more/],
    ['a YAML syntax error', 'paths: [articles\n', /^verify\.config\.yaml:\d+: invalid YAML/],
    ['claims of the wrong shape', 'claims: [a, b]\n', /^verify\.config\.yaml:1: claims: claims must be a folder, or a mapping/],
  ])('%s is one line naming the file and the line', (_name, text, expected) => {
    expect(errorOf(text)).toMatch(expected);
  });
});

describe('a run with a config file', () => {
  it('is found from the working directory upward, says so, and sets paths and the gate', () => {
    const dir = project({ 'verify.config.yaml': 'paths: [articles]\nfail-on: never\n' });
    mkdirSync(join(dir, 'deep', 'er'), { recursive: true });
    const r = runCli(['--format', 'json'], { cwd: join(dir, 'deep', 'er') });
    expect(r.stderr).toMatch(/^verify: using .*verify\.config\.yaml\n$/);
    expect(findings(r.stdout).some((f) => f.verdict === 'conflict')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('gives way to a flag, and is ignored with --no-config', () => {
    const dir = project({ 'verify.config.yaml': 'paths: [articles]\nfail-on: never\n' });
    expect(runCli(['--format', 'json', '--fail-on', 'conflict'], { cwd: dir }).code).toBe(1);
    const without = runCli(['--no-config', 'articles', '--format', 'json'], { cwd: dir });
    expect(without.stderr).toBe('');
    expect(without.code).toBe(1);
  });

  it('stops on a mistake with exit 2 and file:line', () => {
    const dir = project({ 'verify.config.yaml': 'paths: [articles]\nfail_on: never\n' });
    const r = runCli(['--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^verify: .*verify\.config\.yaml:2: unknown key 'fail_on' in the config file \(did you mean 'fail-on'\?\)|^verify: .*verify\.config\.yaml:2: unknown key 'fail_on'/m);
    expect(r.stdout).toBe('');
  });

  it('sets a kind tolerance that turns 600 km against 900 km into no conflict, and names an unknown kind at its line', () => {
    const wide = project({ 'verify.config.yaml': 'paths: [articles]\ntolerances:\n  launch.distance: 0.5\n' });
    const r = runCli(['--format', 'json'], { cwd: wide });
    expect(findings(r.stdout).find((f) => f.claim === 'launch.distance')?.verdict).not.toBe('conflict');
    const unknown = project({ 'verify.config.yaml': 'paths: [articles]\ntolerances:\n  launch.distanse: 0.5\n' });
    const bad = runCli(['--format', 'json'], { cwd: unknown });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/verify\.config\.yaml:3: tolerances: no claim kind 'launch\.distanse' in the loaded packs; kinds that take a tolerance: .*launch\.distance/);
  });

  it('writes the formats it lists into its out folder, and a --format flag prints instead', () => {
    const dir = project({ 'verify.config.yaml': 'paths: [articles]\nout: out\nformats: [json, sarif]\n' });
    const r = runCli([], { cwd: dir });
    expect(r.stdout).toContain('report written to out/report.json\nreport written to out/report.sarif\n');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    const flag = runCli(['--format', 'json'], { cwd: dir });
    expect(findings(flag.stdout).length).toBeGreaterThan(0);
  });

  it('leaves out the files its exclude patterns match, relative to its folder', () => {
    const dir = project({ 'verify.config.yaml': 'paths: [articles]\nexclude: ["articles/b.*"]\n' });
    const r = runCli(['--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).sources.map((s: { id: string }) => s.id)).toEqual(['a']);
    expect(r.code).toBe(0);
  });
});

describe('--exclude and --max-variances', () => {
  it('--exclude leaves out matching files in folders, and a named file with a warning', () => {
    const dir = project();
    const r = runCli(['articles', '--exclude', '**/a.txt', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).sources.map((s: { id: string }) => s.id)).toEqual(['b']);
    const named = runCli(['articles/a.txt', 'articles/b.txt', '--exclude', 'articles/a.txt', '--format', 'json'], { cwd: dir });
    expect(named.stderr).toContain('articles/a.txt: left out by an exclude pattern');
  });

  it('--max-variances fails a run with more variances than allowed', () => {
    const r = runCli([TIME_ZONES, '--format', 'json', '--max-variances', '0']);
    expect(findings(r.stdout).filter((f) => f.verdict === 'variance')).toHaveLength(1);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('verify: 1 variance, more than --max-variances 0\n');
    expect(runCli([TIME_ZONES, '--format', 'json', '--max-variances', '1']).code).toBe(0);
  });
});

describe('the claims a run loads', () => {
  const DAM_PACK = `pack: dam
topic: [dam, reservoir]
kinds:
  - key: dam.length
    label: dam length
    type: quantity
    dimension: length
    cues: [long, wall]
`;

  it('--claims extends the bundled packs and says what it loaded from where', () => {
    const dir = writeTree(tempDir('claims'), { 'mine/dam.yaml': DAM_PACK });
    const r = runCli([DAM, '--claims', join(dir, 'mine'), '--format', 'json']);
    expect(r.stderr).toMatch(/^verify: claims: bundled claims \(.*missile.*\) \+ .*mine\/dam\.yaml\n/);
    expect(findings(r.stdout).some((f) => f.claim === 'dam.length')).toBe(true);
    // The bundled packs still read what they read alone: the missile conflict is found with the dam pack loaded.
    const missile = runCli([CONFLICT, '--claims', join(dir, 'mine'), '--format', 'json']);
    expect(findings(missile.stdout).find((f) => f.claim === 'launch.distance')?.verdict).toBe('conflict');
  });

  it('a file named like a bundled one takes its place; --replace-claims drops the bundled packs', () => {
    const dir = writeTree(tempDir('claims'), { 'mine/missile.yaml': '# no missile kinds here\n', 'only/dam.yaml': DAM_PACK.replace('pack: dam', 'pack: dam\nunits:\n  - id: m\n    dimension: length\n    factor: 1\n    names: [m, metre]') });
    const r = runCli([CONFLICT, '--claims', join(dir, 'mine'), '--format', 'json']);
    expect(r.stderr).toMatch(/in place of the bundled missile\.yaml/);
    expect(findings(r.stdout).some((f) => f.claim === 'launch.distance')).toBe(false);
    const only = runCli([CONFLICT, '--claims', join(dir, 'only'), '--replace-claims', '--format', 'json']);
    expect(only.stderr).toMatch(/^verify: claims: only .*only\/dam\.yaml\n/);
    expect(findings(only.stdout).some((f) => f.claim.startsWith('launch.'))).toBe(false);
  });

  it('a claims folder in the working directory is not picked up without a word', () => {
    const dir = writeTree(tempDir('claims'), { 'claims/missile.yaml': '# would drop the missile kinds\n' });
    const r = runCli([CONFLICT, '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(findings(r.stdout).find((f) => f.claim === 'launch.distance')?.verdict).toBe('conflict');
  });
});
