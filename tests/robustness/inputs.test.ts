// Bad article input through the real CLI: each case is processed (with a warning where something was skipped or
// repaired) or fails with one line naming the file and exit code 2. Never a stack trace, a hang, or a green run
// that read nothing.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, expectInputError, expectProcessed, expectQuotesVerbatim, IS_ROOT, NOBODY, SOURCES, tempDir, writeTree } from './helpers.js';

afterAll(cleanup);

const WIRE = readFileSync(join(SOURCES, '2026-03-12-wire.txt'), 'utf8');
const ARTICLE = 'North Korea fired a short-range ballistic missile from Sinpo on March 12, 2026. It flew about 900 km.\n';
const json = ['--format', 'json'];

/** Bytes that are plainly not text: a PNG header, NULs and high bytes. */
const BINARY = Uint8Array.from({ length: 4096 }, (_, i) => (i < 8 ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a][i] : (i * 131) % 256));

describe('paths', () => {
  it('a missing path: exit 2 naming it', () => {
    expectInputError(cli(['no/such/place.txt']), /^verify: no\/such\/place\.txt: no such file or folder \(paths are read from .*; `verify --help` shows the usage\)$/);
  });

  it('an empty folder: exit 2', () => {
    const dir = tempDir();
    expectInputError(cli([dir, ...json]), /: no article files \(\.txt, \.md, \.markdown, \.html, \.htm\) found; name article files, a folder holding them, or a pattern such as \"coverage\/\*\*\/\*\.md\"$/);
  });

  it('a folder with no article files (other types, hidden files): exit 2', () => {
    const dir = writeTree(tempDir(), { 'a.pdf': 'x', 'notes.docx': 'x', '.hidden.txt': ARTICLE, 'sub/readme': 'x' });
    expectInputError(cli([dir, ...json]), /no article files .* found; name article files, a folder holding them, or a pattern such as \"coverage\/\*\*\/\*\.md\"$/);
  });

  it('a folder named like an article, given alone: exit 2', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x.txt'));
    expectInputError(cli([join(dir, 'x.txt'), ...json]), /x\.txt: no article files .* found; name article files, a folder holding them, or a pattern such as \"coverage\/\*\*\/\*\.md\"$/);
  });

  it('a folder named like an article beside a real one is searched, not read', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE });
    mkdirSync(join(dir, 'x.txt'));
    const report = expectProcessed(cli([dir, ...json]));
    expect(report.sources.map((s) => s.id)).toEqual(['a']);
  });

  it('a named FIFO is refused at once instead of blocking the run', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    expectInputError(cli([join(dir, 'pipe.txt'), ...json]), /pipe\.txt: not a regular file or folder$/);
  });

  it('a FIFO found in a folder is skipped with a warning', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE });
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const report = expectProcessed(cli([dir, ...json]), [/pipe\.txt: skipped: not a regular file$/]);
    expect(report.sources).toHaveLength(1);
  });

  it('a symbolic link loop is not followed; the files under it are read once', () => {
    const dir = writeTree(tempDir(), { 'sub/a.txt': ARTICLE });
    symlinkSync('..', join(dir, 'sub', 'loop'));
    const report = expectProcessed(cli([dir, ...json]), [/loop: symbolic link loop, not followed$/]);
    expect(report.sources.map((s) => s.path)).toEqual([join(dir, 'sub', 'a.txt')]);
  });

  it('one file reached by two names is read once', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE });
    symlinkSync('a.txt', join(dir, 'b.txt'));
    const report = expectProcessed(cli([dir, ...json]), [/b\.txt: same file as .*a\.txt, read once$/]);
    expect(report.sources).toHaveLength(1);
  });

  it('a broken symbolic link is skipped with a warning', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE });
    symlinkSync('gone.txt', join(dir, 'b.txt'));
    expectProcessed(cli([dir, ...json]), [/b\.txt: skipped: broken symbolic link$/]);
  });
});

describe('unreadable files and folders', () => {
  // As root, permissions do not stop reads: the CLI runs as an unprivileged user instead.
  const uid = IS_ROOT ? NOBODY : undefined;

  it('a file without read permission: exit 2 naming it', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE, 'secret.txt': ARTICLE });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    expectInputError(cli([dir, ...json], { uid, cwd: dir }), /secret\.txt: cannot read file: permission denied \(EACCES\)$/);
  });

  it('a folder without read permission: exit 2 naming it', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE, 'locked/b.txt': ARTICLE });
    chmodSync(join(dir, 'locked'), 0o000);
    expectInputError(cli([dir, ...json], { uid, cwd: dir }), /locked: cannot read folder: permission denied \(EACCES\)$/);
  });

  it('a file that opens but cannot be read (/proc/self/mem: EIO): exit 2', () => {
    // /proc/self/mem opens but fails on read from offset 0 on Linux; elsewhere the case does not exist.
    if (process.platform !== 'linux') return;
    expectInputError(cli(['/proc/self/mem', ...json]), /\/proc\/self\/mem: cannot read file: /);
  });
});

describe('content', () => {
  it('a binary file among articles is skipped with a warning naming it', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE, 'photo.html': BINARY });
    const report = expectProcessed(cli([dir, ...json]), [/photo\.html: skipped: not a text file$/]);
    expect(report.sources.map((s) => s.id)).toEqual(['a']);
  });

  it('UTF-16 saved without a byte-order mark is skipped with a hint', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE, 'w.txt': Buffer.from(ARTICLE, 'utf16le') });
    expectProcessed(cli([dir, ...json]), [/w\.txt: skipped: not a text file \(UTF-16LE without a byte-order mark\? save it as UTF-8\)$/]);
  });

  it('when every file is skipped the run fails: nothing was checked', () => {
    const dir = writeTree(tempDir(), { 'a.txt': BINARY, 'b.md': '', 'c.html': ' \n\t\r\n' });
    const r = cli([dir, ...json]);
    expectInputError(r, /: nothing to check: all 3 article files were skipped \(see the warnings above\)$/);
    expect(r.stderr).toMatch(/a\.txt: skipped: not a text file/);
    expect(r.stderr).toMatch(/b\.md: skipped: empty file/);
    expect(r.stderr).toMatch(/c\.html: skipped: only white space/);
  });

  it('a single named binary file: exit 2', () => {
    const dir = writeTree(tempDir(), { 'a.txt': BINARY });
    expectInputError(cli([join(dir, 'a.txt'), ...json]), /a\.txt: nothing to check: the only article file was skipped/);
  });

  it('invalid UTF-8 is decoded with U+FFFD and warned about, with its line; quotes stay verbatim', () => {
    const bytes = Buffer.concat([Buffer.from('Headline\n\n'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(` café ${ARTICLE}`)]);
    const dir = writeTree(tempDir(), { 'a.txt': bytes });
    const r = cli([dir, ...json], { cwd: dir });
    const report = expectProcessed(r, [/a\.txt: invalid UTF-8 at line 3 \(byte 10\): 2 undecodable byte sequences replaced with U\+FFFD$/]);
    expect(expectQuotesVerbatim(report, new Map([['a.txt', bytes.toString('utf8')]]))).toBeGreaterThan(0);
  });

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WIRE)])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WIRE, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(WIRE, 'utf16le').swap16()])],
  ])('%s gives the same report as plain UTF-8, positions included', (_name, bytes) => {
    const plain = writeTree(tempDir(), { 'wire.txt': WIRE });
    const encoded = writeTree(tempDir(), { 'wire.txt': bytes });
    const a = cli(['.', ...json], { cwd: plain });
    const b = cli(['.', ...json], { cwd: encoded });
    expectProcessed(b);
    expect(b.stderr).toBe('');
    expect(b.stdout).toBe(a.stdout);
  });

  it('UTF-16 with an odd trailing byte is repaired and warned about', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le'), Buffer.from([0x41])]);
    const dir = writeTree(tempDir(), { 'a.txt': bytes });
    expectProcessed(cli([dir, ...json]), [/a\.txt: invalid UTF-16LE: 1 undecodable unit replaced with U\+FFFD$/]);
  });

  it('UTF-32 is skipped with a clear reason', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE, 'b.txt': Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]) });
    expectProcessed(cli([dir, ...json]), [/b\.txt: skipped: UTF-32 text is not supported; save it as UTF-8$/]);
  });

  it('CRLF line endings: the same findings at the same lines and columns, quotes verbatim in the CRLF text', () => {
    const lf = writeTree(tempDir(), Object.fromEntries(readdirSync(SOURCES).map((f) => [f, readFileSync(join(SOURCES, f), 'utf8').replace(/\r\n/g, '\n')])));
    const crlfTexts = new Map(readdirSync(SOURCES).map((f) => [f, readFileSync(join(SOURCES, f), 'utf8').replace(/\r?\n/g, '\r\n')]));
    const crlf = writeTree(tempDir(), Object.fromEntries(crlfTexts));
    const a = expectProcessed(cli(['.', ...json], { cwd: lf }));
    const b = expectProcessed(cli(['.', ...json], { cwd: crlf }));
    expect(expectQuotesVerbatim(b, crlfTexts)).toBeGreaterThan(10);
    const where = (r: typeof a) => r.findings.map((f) => [f.id, f.verdict, f.values.map((v) => `${v.source}:${v.line}:${v.column}:${v.text.replace(/\r\n/g, '\n')}`)]);
    expect(where(b)).toEqual(where(a));
  });

  it('NUL bytes inside text are kept, warned about, and never printed', () => {
    const text = `Missile\0 report\n\nNorth Korea fired a short-range ballistic missile\0 from Sinpo on March 12, 2026. It flew about 900 km.\n`;
    const dir = writeTree(tempDir(), { 'a.txt': text });
    const report = expectProcessed(cli(['.', ...json], { cwd: dir }), [/a\.txt: 2 NUL characters in the text \(kept; reports do not show them\)$/]);
    expectQuotesVerbatim(report, new Map([['a.txt', text]]));
    const plain = cli(['.', '--format', 'text'], { cwd: dir });
    const md = cli(['.', '--format', 'md'], { cwd: dir });
    expect(plain.stdout).not.toContain('\0');
    expect(md.stdout).not.toContain('\0');
  });

  it('articles with no claims: processed, exit 0, and the log says nothing was compared', () => {
    const dir = writeTree(tempDir(), { 'a.txt': 'The weather was fine.\n', 'b.md': '# Nothing here\n\nJust words.\n' });
    const r = cli([dir, ...json]);
    const report = expectProcessed(r, [/^verify: warning: no claims found in any of the 2 articles: nothing was compared/]);
    expect(r.code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('one article with no claims among others is named', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'quiet.txt': 'Nothing to report today.\n' });
    expectProcessed(cli(['.', ...json], { cwd: dir }), [/^verify: warning: no claims found in 1 of 3 articles: quiet\.txt$/]);
  });

  it('a file name with control characters cannot drive the terminal through a warning', () => {
    const dir = writeTree(tempDir(), { 'a.txt': ARTICLE, 'x\u001b[2J\ny.txt': '' });
    const r = cli([dir, ...json]);
    expectProcessed(r, [/x\?\[2J\?y\.txt: skipped: empty file$/]);
    expect(r.stderr).not.toContain('\u001b');
  });
});

describe('options', () => {
  it.each([['0'], ['-1'], ['abc'], ['1e3'], ['501']])('--max-file-size %s is a usage error', (value) => {
    const r = cli(['sources', '--max-file-size', value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/option '--max-file-size <MB>' argument '.*' is invalid/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
