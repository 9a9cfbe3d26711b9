import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

// The review loop: verify extract writes each source's claims; an editor corrects them and sets reviewed: true;
// later runs use the reviewed claims instead of extracting again, and never overwrite them.
// a.txt says "about 600 km", b.txt "900 km": a conflict until an editor corrects b.

const A = 'claims/extracted/articles/a.txt.yaml';
const B = 'claims/extracted/articles/b.txt.yaml';
let dir: string;
const verify = (...args: string[]) => runCli(args, { cwd: dir });
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = read(file);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`no ${from} in ${file}`);
  writeFileSync(join(dir, file), changed);
};
const distance = (run: ReturnType<typeof verify>) => JSON.parse(run.stdout).findings.find((f: { claim: string }) => f.claim === 'launch.distance');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verify-review-'));
  cpSync(join(ROOT, 'tests', 'cases', 'conflicting-distance', 'articles'), join(dir, 'articles'), { recursive: true });
  const run = verify('extract', 'articles');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});

describe('verify extract', () => {
  it('writes one YAML file a source, unreviewed, with what a reviewer checks and the hash of the source', () => {
    const b = read(B);
    expect(b).toMatch(/^reviewed: false$/m);
    expect(b).toMatch(/^ {2}sha256: [0-9a-f]{64}$/m);
    expect(b).toContain('  - key: launch.distance\n    value: 900\n    unit: km\n    interval: 855–945 km\n    quote: 900 km\n    line: 1\n    column: 76\n');
    // A run on the articles still uses the bundled claim definitions (./claims holds only extracted files).
    const run = verify('articles', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(distance(run).verdict).toBe('conflict');
  });

  it('overwrites its own unedited files, and never a reviewed one or one edited by hand', () => {
    edit(A, /^reviewed: false$/m, 'reviewed: true');
    edit(B, 'value: 900\n', 'value: 850\n'); // edited, not yet marked reviewed
    const before = { a: read(A), b: read(B) };
    const run = verify('extract', 'articles');
    expect(run.code).toBe(0);
    expect(read(A)).toBe(before.a);
    expect(read(B)).toBe(before.b);
    expect(run.stdout).toContain(`${A}: skipped: reviewed`);
    expect(run.stdout).toContain(`${B}: skipped: edited by hand since verify extract wrote it`);
    writeFileSync(join(dir, B), '');
    expect(verify('extract', 'articles').stdout).toContain(`${B}: skipped: not written by verify extract`);
  });
});

describe('a reviewed file', () => {
  it('is used instead of extracting again: a corrected figure ends the conflict', () => {
    edit(B, 'value: 900\n', 'value: 600\n');
    edit(B, /^reviewed: false$/m, 'reviewed: true');
    const run = verify('articles', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(distance(run).verdict).toBe('agree');
    expect(distance(run).values.map((v: { display: string }) => v.display)).toEqual(['≈600 km', '600 km']);
  });

  it('is unused while unreviewed', () => {
    edit(B, 'value: 900\n', 'value: 600\n');
    expect(distance(verify('articles', '--format', 'json')).verdict).toBe('conflict');
  });

  it('takes a deleted claim and a claim added without a quote', () => {
    // b loses its distance; a gains a second one, added by the editor without a quote.
    edit(B, /\n {2}- key: launch\.distance\n(?: {4}.*\n)+/, '\n');
    edit(A, 'claims:\n', 'claims:\n  - key: launch.distance\n    value: 1200\n    unit: kilometres\n    line: 1\n');
    edit(A, /^reviewed: false$/m, 'reviewed: true');
    edit(B, /^reviewed: false$/m, 'reviewed: true');
    const found = distance(verify('articles', '--format', 'json'));
    expect(found.values.map((v: { source: string; text: string; line: number; column: number }) => [v.source, v.text, v.line, v.column])).toEqual([
      ['a', '[added in review]', 1, 1],
      ['a', 'about 600 km', 1, 85],
    ]);
  });

  it('warns, in one line naming the file, when its source changed since review', () => {
    edit(B, /^reviewed: false$/m, 'reviewed: true');
    appendFileSync(join(dir, 'articles', 'b.txt'), '\nA later paragraph.\n');
    const run = verify('articles', '--format', 'json');
    expect(run.stderr).toBe(`verify: warning: ${B}: articles/b.txt changed since this file was extracted (its sha256 differs); review the claims again\n`);
    // verify extract keeps the file, and says the same.
    const extract = verify('extract', 'articles');
    expect(extract.stdout).toContain(`${B}: skipped: reviewed`);
    expect(extract.stderr).toBe(run.stderr);
  });

  it.each([
    ['broken YAML', (t: string) => t.replace('  - key: launch.distance', '  - key: [launch.distance'), /^verify: claims\/extracted\/articles\/b\.txt\.yaml:\d+: invalid YAML: /],
    ['an unknown claim key', (t: string) => t.replace('key: launch.distance', 'key: launch.distanse'), /^verify: claims\/extracted\/articles\/b\.txt\.yaml:\d+: claims\[\d+\]\.key: unknown claim key 'launch\.distanse'; allowed: .*launch\.distance/],
    ['a unit of another dimension', (t: string) => t.replace('unit: km\n', 'unit: kg\n'), /^verify: claims\/extracted\/articles\/b\.txt\.yaml:\d+: claims\[\d+\]\.unit: 'kg' is not a unit of launch\.distance \(length\); allowed: .*\bkm\b/],
    ['an unknown field', (t: string) => t.replace('unit: km\n', 'unit: km\n    colour: red\n'), /^verify: claims\/extracted\/articles\/b\.txt\.yaml:\d+: .*unknown key 'colour'/],
  ])('%s is one line naming the file and line, exit code 2', (_name, change, message) => {
    writeFileSync(join(dir, B), change(read(B)).replace(/^reviewed: false$/m, 'reviewed: true'));
    const run = verify('articles');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    // The same file given as input fails the same way.
    expect(verify('claims/extracted').stderr).toBe(run.stderr);
  });
});

describe('verify help', () => {
  it('prints the help, naming the subcommands, and exits 0', () => {
    const run = runCli(['help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: verify /);
    expect(run.stdout).toMatch(/^ {2}extract /m);
    expect(run.stdout).toMatch(/^ {2}explain /m);
    expect(runCli(['help', 'extract']).stdout).toMatch(/^Usage: verify extract /);
  });
});
