import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatReport, isFormatName } from '../../src/report/index.js';
import { baseName, shortSourceIds } from '../../src/report/report-view.js';
import { article, seedReport } from './fixtures.js';

describe('shortSourceIds', () => {
  it('uses the part before the first _ when it is unique, else the whole id', () => {
    const ids = shortSourceIds([article('000_a', 'a'), article('001_b', 'b'), article('001_c', 'c'), article('plain', 'd'), article('_x', 'e')]);
    expect([...ids.values()]).toEqual(['000', '001_b', '001_c', 'plain', '_x']);
  });
});

describe('baseName', () => {
  it.each([
    ['sources/a/b.txt', 'b.txt'],
    ['C:\\news\\c.md', 'c.md'],
    ['plain.txt', 'plain.txt'],
  ])('%s -> %s', (path, expected) => expect(baseName(path)).toBe(expected));
});

describe('formatter registry', () => {
  it('names every format, in order', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'md', 'json', 'sarif', 'junit', 'github']);
    expect(isFormatName('md')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });

  it('renders a report without sources, events or findings', () => {
    const empty = { ...seedReport(), sources: [], events: [], findings: [] };
    expect(formatReport(empty, 'md', { color: false })).toBe(
      '# verify report: 0 sources, 0 events\n\n**✅ No contradictions.** No checkable claims were found.\n\n## Sources\n\nNone.\n',
    );
    expect(formatReport(empty, 'text', { color: false })).toBe(
      '✔ no contradictions in 0 sources (0 agree, 0 single-source)\n',
    );
  });
});

describe('module boundaries', () => {
  const reportDir = new URL('../../src/report/', import.meta.url);
  const files = (readdirSync(reportDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));

  it('imports chalk only in the terminal formatter', () => {
    const importers = files.filter((file) => /from 'chalk'/.test(readFileSync(new URL(file, reportDir), 'utf8')));
    expect(importers).toEqual(['text-formatter.ts']);
  });

});
