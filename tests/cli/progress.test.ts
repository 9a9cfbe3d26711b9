// The progress bar: shown on stderr only to a person at a terminal, for runs of 40 articles or more; drawn in place
// and cleared before the summary. The decision is a pure function; the drawing is checked on a fake terminal.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRESS_MIN_FILES, PROGRESS_MIN_PAGES, showProgress, startProgress, type ProgressStream } from '../../src/cli/progress.js';
import { CLI } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import { cleanup, cli, tempDir, writeTree } from '../robustness/helpers.js';

afterAll(cleanup);

const TERMINAL = { isTTY: true, columns: 100, env: { TERM: 'xterm-256color' }, quiet: false };

describe('showProgress', () => {
  it.each([
    ['a big run on a terminal', 500, {}, true],
    ['exactly the threshold', PROGRESS_MIN_FILES, {}, true],
    ['a short run', PROGRESS_MIN_FILES - 1, {}, false],
    ['stderr a pipe or a file', 500, { isTTY: false }, false],
    ['--quiet', 500, { quiet: true }, false],
    ['a CI job with a terminal', 500, { env: { CI: 'true' } }, false],
    ['CI=1', 500, { env: { CI: '1' } }, false],
    ['CI=false', 500, { env: { CI: 'false' } }, true],
    ['a dumb terminal', 500, { env: { TERM: 'dumb' } }, false],
    ['a terminal too narrow for a bar', 500, { columns: 40 }, false],
    ['a terminal that reports no width', 500, { columns: 0 }, true],
  ])('%s: %s files -> %s', (_name, files, change, shown) => {
    expect(showProgress(files, { ...TERMINAL, ...change })).toBe(shown);
  });
});

/** A stream that says it is a terminal and keeps what is written to it. */
function fakeTerminal(isTTY = true): ProgressStream & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { isTTY, columns: 80, text: () => chunks.join('') });
}

const ESC = '\u001b';

describe('progress while fetching web pages', () => {
  it('shows from a few pages on, since fetching is slow however few there are', () => {
    expect(showProgress(PROGRESS_MIN_PAGES, TERMINAL, 'pages')).toBe(true);
    expect(showProgress(PROGRESS_MIN_PAGES - 1, TERMINAL, 'pages')).toBe(false);
    expect(showProgress(PROGRESS_MIN_PAGES, TERMINAL, 'articles')).toBe(false);
    expect(showProgress(PROGRESS_MIN_PAGES, { ...TERMINAL, quiet: true }, 'pages')).toBe(false);
  });

  it('counts pages', () => {
    const terminal = fakeTerminal();
    const progress = startProgress(5, terminal, 'pages');
    progress.update(2);
    progress.stop();
    expect(terminal.text()).toContain('2/5 pages');
  });
});

describe('startProgress on a terminal', () => {
  it('draws the bar in place on one line, and clears that line when stopped', () => {
    const terminal = fakeTerminal();
    const progress = startProgress(40, terminal);
    progress.update(40);
    progress.stop();
    progress.stop(); // a second stop (an error after the last update) writes nothing more
    const text = terminal.text();
    expect(text).toContain('verify: [------------------------------] 0/40 articles');
    expect(text).toContain('verify: [##############################] 40/40 articles');
    expect(text).not.toContain('\n');
    // Ends by going back to the line's start and erasing it: the summary prints on a clean line.
    expect(text.endsWith(`${ESC}[1G${ESC}[2K`)).toBe(true);
    // No terminal mode is changed (cursor hidden, wrapping off) that Ctrl-C could leave behind.
    expect(text).not.toMatch(/\?25l|\?7l/);
  });

  it('keeps the line within the width', () => {
    const terminal = Object.assign(fakeTerminal(), { columns: 50 });
    const progress = startProgress(100_000, terminal);
    progress.stop();
    const drawn = terminal.text().split(`${ESC}[1G`).map((part) => part.replace(/\u001b(\[[0-9;?]*[A-Za-z]|[78])/g, ''));
    for (const line of drawn) expect(line.length, line).toBeLessThan(50);
  });

  it('writes nothing to a stream that is no terminal', () => {
    const pipe = fakeTerminal(false);
    const progress = startProgress(40, pipe);
    progress.update(20);
    progress.stop();
    expect(pipe.text()).toBe('');
  });
});

describe('the progress bar through the CLI', () => {
  const wire = readFileSync(join(ROOT, 'sources/2026-03-12-wire.txt'), 'utf8');
  const folder = () => writeTree(tempDir('progress'), Object.fromEntries(Array.from({ length: PROGRESS_MIN_FILES }, (_, i) => [`a${i}.txt`, wire])));

  it('is never written to a pipe', () => {
    const r = cli(['.', '--out', 'out', '--fail-on', 'never'], { cwd: folder() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  // `script` (util-linux) gives the CLI a pseudo-terminal as stdout and stderr.
  const haveScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

  it.skipIf(!haveScript).each([['one thread', '1'], ['worker threads', '2']])('on a terminal, %s: drawn, then cleared before the summary', (_name, jobs) => {
    const r = spawnSync('script', ['-qec', `${process.execPath} ${CLI} . --out out --fail-on never --jobs ${jobs}`, '/dev/null'], {
      cwd: folder(),
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: '', GITHUB_ACTIONS: '', TERM: 'xterm' },
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    const cleared = r.stdout.lastIndexOf(`${ESC}[2K`);
    expect(r.stdout).toContain(`] ${PROGRESS_MIN_FILES}/${PROGRESS_MIN_FILES} articles`);
    expect(cleared).toBeGreaterThan(r.stdout.lastIndexOf(' articles'));
    expect(r.stdout.slice(cleared)).toMatch(/^\u001b\[2K✔ no contradictions in 40 sources/);
  });
});
