// `-` as a path: one article read from standard input, shown as `stdin`, with lines and columns into what was read.
// Standard input that is a terminal is refused at once with a hint, never waited on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readStdin } from '../../src/cli/stdin.js';
import { InputError } from '../../src/util/errors.js';
import { CLI } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

const ARTICLES = join(ROOT, 'tests/cases/conflicting-distance/articles');
const B_TEXT = readFileSync(join(ARTICLES, 'b.txt'), 'utf8');

/** The built CLI run in the case's folder, `input` piped to it (or, when undefined, /dev/null: no pipe, no terminal). */
function piped(args: string[], input: string | undefined) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: join(ARTICLES, '..'),
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

interface Value {
  source: string;
  text: string;
  line: number;
  column: number;
}

describe('verify -', () => {
  it('reads one article from stdin, shown as `stdin`, with line and column into what was read', () => {
    const r = piped(['articles/a.txt', '-', '--format', 'json'], `Seoul, June 9.\n${B_TEXT}`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the piped article contradicts a.txt: 900 km against about 600 km
    const report = JSON.parse(r.stdout);
    expect(report.sources.map((s: { id: string; path: string }) => [s.id, s.path])).toEqual([['a', 'articles/a.txt'], ['stdin', 'stdin']]);
    const distance = report.findings.find((f: { claim: string }) => f.claim === 'launch.distance');
    expect(distance.verdict).toBe('conflict');
    const fromStdin = distance.values.find((v: Value) => v.source === 'stdin');
    expect(fromStdin).toMatchObject({ text: '900 km', line: 2, column: 76 });
  });

  it('names `stdin:line:col` in the terminal summary', () => {
    const r = piped(['articles/a.txt', '-', '--format', 'text'], B_TEXT);
    expect(r.stdout).toMatch(/^ {6}stdin +900 km +"900 km" +stdin:1:76$/m);
  });

  it('shows its quote in its sentence in the Markdown report, read back from what stdin held', () => {
    const r = piped(['articles/a.txt', '-', '--format', 'md'], `# Seoul says 900 km\n\n${B_TEXT}`);
    expect(r.stdout).toContain('| stdin | 900 km | The missile flew **900 km** and landed in the East Sea, according to Seoul. | stdin:3:76 |');
  });

  it('gives the same report on one thread and on worker threads', () => {
    const one = piped(['articles/a.txt', '-', '--format', 'json', '--jobs', '1'], B_TEXT);
    const two = piped(['articles/a.txt', '-', '--format', 'json', '--jobs', '2'], B_TEXT);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  });

  it('reads Markdown syntax as Markdown: a heading becomes the title', () => {
    const r = piped(['-', '--format', 'json', '--fail-on', 'never'], `# Missile flew 900 km\n\n${B_TEXT}`);
    expect(JSON.parse(r.stdout).sources[0].title).toBe('Missile flew 900 km');
  });

  it('empty stdin that is no terminal (/dev/null): a warning, then one error line, exit 2', () => {
    const r = piped(['-', '--format', 'json'], undefined);
    expect(r.error).toBeUndefined();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('verify: warning: stdin: skipped: empty file\nverify: stdin: nothing to check: the only article file was skipped (see the warnings above)\n');
  });

  it('named twice, stdin is read once', () => {
    const r = piped(['-', '-', 'articles/a.txt', '--format', 'json'], B_TEXT);
    expect(r.stderr).toBe('verify: warning: stdin: named more than once, read once\n');
    expect(JSON.parse(r.stdout).sources).toHaveLength(2);
  });
});

describe('readStdin', () => {
  it('refuses a terminal at once, with a hint, instead of waiting for typing', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    const error = await readStdin(1024, terminal).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toBe(
      'stdin: nothing piped in (standard input is a terminal); pipe an article, as in `cat article.md | verify -`, or name files',
    );
  });

  it('reads what is piped, in pieces, and refuses more than the size limit', async () => {
    expect((await readStdin(1024, Readable.from([Buffer.from('ab'), 'cd']))).toString()).toBe('abcd');
    const error = await readStdin(3, Readable.from([Buffer.from('ab'), Buffer.from('cd')])).catch((err: unknown) => err);
    expect((error as InputError).format()).toBe('stdin: more than the 3 bytes limit for one article (raise it with --max-file-size)');
  });
});

// `script` (util-linux) runs a command on a pseudo-terminal: the one way to give the CLI a terminal as its stdin.
const haveScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!haveScript)('verify - on a terminal', () => {
  it('is one error line with a hint and exit 2, at once', () => {
    const r = spawnSync('script', ['-qec', `${process.execPath} ${CLI} - --format json`, '/dev/null'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    // The terminal joins stdout and stderr, with CR LF line ends.
    expect(r.stdout.replace(/\r\n/g, '\n')).toBe(
      'verify: stdin: nothing piped in (standard input is a terminal); pipe an article, as in `cat article.md | verify -`, or name files\n',
    );
  });
});
