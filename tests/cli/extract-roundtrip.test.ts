import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

// The map step: `verify extract` anywhere, the comparison once. A report made from extracted files that nobody
// edited must be byte-identical to a run on the articles, with the articles' own paths in it.

const CASES = join(ROOT, 'tests', 'cases');
const REAL = join(ROOT, '..', 'shared', 'real');
const haveReal = existsSync(REAL);
if (!haveReal) console.warn(`extract round trip on real reporting skipped: ${REAL} is absent (CI has it beside the repo)`);

const caseFolders = readdirSync(CASES)
  .filter((name) => existsSync(join(CASES, name, 'articles')))
  .sort()
  .map((name) => relative(ROOT, join(CASES, name, 'articles')));
const realFolders = haveReal
  ? readdirSync(REAL)
      .filter((name) => existsSync(join(REAL, name, 'articles')))
      .sort()
      .map((name) => relative(ROOT, join(REAL, name, 'articles')))
  : [];
const claims = ['--claims', join(ROOT, 'claims')];

/** Extracts `folder` into a fresh folder and returns it. */
function extract(folder: string, format: 'yaml' | 'jsonl'): string {
  const out = mkdtempSync(join(tmpdir(), 'verify-extracted-'));
  const run = runCli(['extract', folder, '--out', out, '--format', format, ...claims]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return out;
}

describe('a report from extracted files is byte-identical to a direct run', () => {
  it.each([...caseFolders, 'sources', ...realFolders])('%s (YAML)', (folder) => {
    const out = extract(folder, 'yaml');
    for (const format of ['json', 'md']) {
      const direct = runCli([folder, '--format', format, ...claims]);
      const fromExtracted = runCli([out, '--format', format, ...claims]);
      expect(fromExtracted.stderr).toBe(direct.stderr);
      expect(fromExtracted.stdout).toBe(direct.stdout);
      expect(fromExtracted.code).toBe(direct.code);
    }
  });

  it.skipIf(!haveReal).each(realFolders.length ? realFolders : ['(none)'])('%s (JSON Lines)', (folder) => {
    const out = extract(folder, 'jsonl');
    const direct = runCli([folder, '--format', 'json', ...claims]);
    const fromExtracted = runCli([out, '--format', 'json', ...claims]);
    expect(fromExtracted.stdout).toBe(direct.stdout);
  });

  it('keeps the articles paths in the report, and takes a mix of articles and extracted files', () => {
    const out = extract('sources', 'jsonl');
    const files = readdirSync(join(out, 'sources')).sort();
    // One file a source, named after the article's own path.
    expect(files).toEqual(readdirSync(join(ROOT, 'sources')).sort().map((name) => `${name}.jsonl`));
    const direct = runCli(['sources', '--format', 'json', ...claims]);
    const mixed = runCli([join(out, 'sources', files[0]), join(out, 'sources', files[1]), ...readdirSync(join(ROOT, 'sources')).sort().slice(2).map((f) => `sources/${f}`), '--format', 'json', ...claims]);
    expect(mixed.stderr).toBe('');
    expect(mixed.stdout).toBe(direct.stdout);
    expect(JSON.parse(mixed.stdout).sources.map((s: { path: string }) => s.path)).toContain('sources/harbor-times.md');
  });

  it('writes JSON Lines for machines: a header line, then one claim a line', () => {
    const out = extract('tests/cases/conflicting-distance/articles', 'jsonl');
    const lines = readFileSync(join(out, 'tests/cases/conflicting-distance/articles/a.txt.jsonl'), 'utf8').trimEnd().split('\n');
    const [header, ...records] = lines.map((line) => JSON.parse(line));
    expect(header).toMatchObject({ 'verify-extracted': 1, reviewed: false, source: { path: 'tests/cases/conflicting-distance/articles/a.txt' } });
    expect(header.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const distance = records.find((r) => r.key === 'launch.distance');
    expect(distance).toMatchObject({ value: 600, unit: 'km', hedge: 'approximately', quote: 'about 600 km', line: 1, column: 85 });
    expect(distance.interval).toBe('570–630 km');
  });

  it('writes the same files on a second run', () => {
    const a = extract('sources', 'yaml');
    const b = extract('sources', 'yaml');
    for (const name of readdirSync(join(a, 'sources'))) {
      expect(readFileSync(join(b, 'sources', name), 'utf8')).toBe(readFileSync(join(a, 'sources', name), 'utf8'));
    }
  });
});
