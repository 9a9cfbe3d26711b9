// Glob patterns as paths, as ESLint takes them: expanded over the folder before the first glob character, sorted,
// hidden files skipped; a pattern matching nothing is the error an empty folder gives; a path that exists is taken
// literally, glob characters and all.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { globPath } from '../../src/cli/globs.js';
import { ROOT } from '../helpers/knowledge.js';
import { cleanup, cli, expectInputError, expectProcessed, tempDir, writeTree } from '../robustness/helpers.js';

afterAll(cleanup);

const ARTICLES = join(ROOT, 'tests/cases/conflicting-distance/articles');
const A = readFileSync(join(ARTICLES, 'a.txt'), 'utf8');
const B = readFileSync(join(ARTICLES, 'b.txt'), 'utf8');
const json = ['--format', 'json'];

/** A coverage folder: articles at two depths, a hidden one, one of another type, and a report folder. */
function coverage(): string {
  return writeTree(tempDir('glob'), {
    'coverage/z.md': B,
    'coverage/day1/a.md': A,
    'coverage/day1/notes.txt': A,
    'coverage/day2/b.md': B,
    'coverage/.drafts/c.md': B,
    'coverage/day2/.d.md': B,
    'reports/report.md': B,
  });
}

/** The sources' paths, as the report lists them (sorted). */
const paths = (report: { sources: { path: string }[] }) => report.sources.map((s) => s.path);

describe('glob patterns as paths', () => {
  it('`coverage/**/*.md` takes the matching files below coverage/, sorted, hidden ones skipped', () => {
    const report = expectProcessed(cli(['coverage/**/*.md', ...json], { cwd: coverage() }));
    expect(paths(report)).toEqual(['coverage/day1/a.md', 'coverage/day2/b.md', 'coverage/z.md']);
  });

  it('`*` stays within one folder; braces and several patterns work; a file matched twice is read once', () => {
    const cwd = coverage();
    expect(paths(expectProcessed(cli(['coverage/*.md', 'coverage/day1/*.{md,txt}', ...json], { cwd })))).toEqual([
      'coverage/day1/a.md',
      'coverage/day1/notes.txt',
      'coverage/z.md',
    ]);
    expect(paths(expectProcessed(cli(['coverage/day*/*.md', 'coverage/**/a.md', ...json], { cwd })))).toEqual(['coverage/day1/a.md', 'coverage/day2/b.md']);
  });

  it('`**/*.md` from the top never reads the report folder', () => {
    const report = expectProcessed(cli(['**/*.md', ...json], { cwd: coverage() }));
    expect(paths(report)).not.toContain('reports/report.md');
    expect(paths(report)).toHaveLength(3);
  });

  it('--exclude leaves matched files out without a warning, as for a folder', () => {
    const report = expectProcessed(cli(['coverage/**/*.md', '--exclude', '**/day2/**', ...json], { cwd: coverage() }));
    expect(paths(report)).toEqual(['coverage/day1/a.md', 'coverage/z.md']);
  });

  it('a pattern matching nothing is the one-line error an empty folder gives, naming the pattern', () => {
    const cwd = coverage();
    mkdirSync(join(cwd, 'empty'));
    const emptyFolder = cli(['empty', ...json], { cwd });
    expectInputError(emptyFolder, /^verify: empty: no article files \(\.txt, \.md, \.markdown, \.html, \.htm\) found; name article files, a folder holding them, or a pattern such as \"coverage\/\*\*\/\*\.md\"$/);
    const noMatch = cli(['coverage/**/*.html', ...json], { cwd });
    expectInputError(noMatch, /^verify: coverage\/\*\*\/\*\.html: /);
    expect(noMatch.stderr.replace('coverage/**/*.html', 'empty')).toBe(emptyFolder.stderr);
    expectInputError(cli(['nowhere/*.md', ...json], { cwd }), /^verify: nowhere\/\*\.md: no article files \(.*\) found; name article files, a folder holding them, or a pattern such as \"coverage\/\*\*\/\*\.md\"$/);
    // One pattern of several that matches nothing is still an error: a typo must not pass unnoticed.
    expectInputError(cli(['coverage/*.md', 'coverge/**/*.md', ...json], { cwd }), /^verify: coverge\/\*\*\/\*\.md: no article files/);
  });

  it('a pattern whose every match is excluded says so', () => {
    expectInputError(cli(['coverage/day2/*.md', '--exclude', '**/b.md', ...json], { cwd: coverage() }), /: no article files .* found that no exclude pattern leaves out; name article files/);
  });

  it('a path that exists is taken literally, glob characters and all', () => {
    const cwd = writeTree(tempDir('glob'), { 'file(1).txt': A, '[b].txt': B, 'b.txt': A, 'dir*/x.txt': B });
    expect(paths(expectProcessed(cli(['file(1).txt', '[b].txt', ...json], { cwd })))).toEqual(['[b].txt', 'file(1).txt']);
    expect(paths(expectProcessed(cli(['dir*', ...json], { cwd })))).toEqual(['dir*/x.txt']);
  });

  it("a pattern starting with '!' is an error pointing to --exclude", () => {
    expectInputError(cli(['!coverage/*.md', ...json], { cwd: coverage() }), /^verify: !coverage\/\*\.md: a pattern starting with '!' selects nothing here; leave files out with --exclude PATTERN$/);
  });

  it('works for verify extract too', () => {
    const r = cli(['extract', 'coverage/day*/*.md', '--out', 'out'], { cwd: coverage() });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('wrote 2 files (8 claims) to out\n');
  });
});

describe('globPath', () => {
  it.each([
    ['coverage/**/*.md', 'coverage', Infinity, ['a.md', 'x/y/a.md'], ['a.txt', '.h/a.md']],
    ['coverage/*.md', 'coverage', 1, ['a.md'], ['x/a.md']],
    ['*.{md,txt}', '.', 1, ['a.md', 'b.txt'], ['c.html']],
    ['news/day?/*.md', 'news', 2, ['day1/a.md'], ['day10/a.md', 'a.md']],
  ])('%s searches %s to depth %s', (pattern, base, depth, matching, notMatching) => {
    const glob = globPath(pattern)!;
    expect(glob.base).toBe(base);
    expect(glob.depth).toBe(depth);
    for (const path of matching) expect(glob.matches(path), path).toBe(true);
    for (const path of notMatching) expect(glob.matches(path), path).toBe(false);
  });

  it.each(['sources', 'sources/a.md', '-', '../news'])('%s is no pattern', (path) => {
    expect(globPath(path)).toBeUndefined();
  });
});
