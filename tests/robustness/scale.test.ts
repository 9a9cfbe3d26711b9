// Size through the real CLI: the per-file limit, a 50 MB article, a 1 MB line, ten thousand tiny articles.
// Nothing here asserts timing; the CLI runner only kills a run that hangs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, expectInputError, expectProcessed, expectQuotesVerbatim, SOURCES, tempDir, writeTree } from './helpers.js';

afterAll(cleanup);

const json = ['--format', 'json'];
const PAGE = readFileSync(join(SOURCES, 'pacific-courier.html'), 'utf8');
const WIRE = readFileSync(join(SOURCES, '2026-03-12-wire.txt'), 'utf8');
const MB = 1024 * 1024;

describe('the per-file size limit', () => {
  it('a file over --max-file-size: exit 2, naming the file, its size and the option value that would admit it', () => {
    const dir = writeTree(tempDir(), { 'a.txt': 'x'.repeat(3 * MB) });
    expectInputError(cli([dir, ...json, '--max-file-size', '2']), /a\.txt: file is 3 MB, over the 2 MB limit for one file \(raise it with --max-file-size 3\)$/);
  });

  it('a file over the default 16 MB needs --max-file-size', () => {
    const dir = writeTree(tempDir(), { 'a.txt': WIRE, 'b.txt': 'x'.repeat(17 * MB) });
    expectInputError(cli([dir, ...json]), /b\.txt: file is 17 MB, over the 16 MB limit for one file \(raise it with --max-file-size 17\)$/);
  });
});

describe('big input', () => {
  it('a 50 MB article (a saved page with an inline image) is refused by default and read with the limit raised', () => {
    // The realistic giant: a news page whose size is one base64 data URI. Its text is the article's.
    const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0';
    const image = `<img alt="" src="data:image/png;base64,${line.repeat(Math.ceil((50 * MB) / line.length))}">`;
    const content = PAGE.replace('</body>', `${image}</body>`);
    expect(content.length).toBeGreaterThan(50 * MB);
    const dir = tempDir();
    writeFileSync(join(dir, 'page.html'), content);
    expectInputError(cli(['.', ...json], { cwd: dir }), /page\.html: file is 50 MB, over the 16 MB limit for one file \(raise it with --max-file-size 51\)$/);
    const report = expectProcessed(cli(['.', ...json, '--max-file-size', '64'], { cwd: dir }));
    expect(report.findings.length).toBeGreaterThan(0);
    expect(expectQuotesVerbatim(report, new Map([['page.html', content]]))).toBeGreaterThan(0);
  });

  it('an article whose text is one 1 MB line: quotes keep line 1 and their true columns', () => {
    const paragraph = WIRE.replace(/\s+/g, ' ');
    const content = `${paragraph.repeat(Math.ceil(MB / paragraph.length))}\n`;
    const dir = writeTree(tempDir(), { 'long.txt': content, 'wire.txt': WIRE });
    const report = expectProcessed(cli(['.', ...json], { cwd: dir }));
    const long = report.findings.flatMap((f) => f.values).filter((v) => v.source === 'long');
    expect(long.length).toBeGreaterThan(0);
    expect(long.every((v) => v.line === 1)).toBe(true);
    expect(Math.max(...long.map((v) => v.column))).toBeGreaterThan(1000);
    expectQuotesVerbatim(report, new Map([['long.txt', content], ['wire.txt', WIRE]]));
  });

  it('ten thousand tiny articles are all read and reported', () => {
    const dir = tempDir('many');
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) {
      files[`a${String(i).padStart(5, '0')}.txt`] = `North Korea fired a missile on March 12, 2026. It flew about ${900 + (i % 50)} km.\n`;
    }
    writeTree(dir, files);
    const report = expectProcessed(cli(['.', ...json], { cwd: dir }));
    expect(report.sources).toHaveLength(10_000);
    expect(report.summary.sources).toBe(10_000);
    expect(expectQuotesVerbatim(report, new Map(Object.entries(files)))).toBeGreaterThanOrEqual(10_000);
  });
});
