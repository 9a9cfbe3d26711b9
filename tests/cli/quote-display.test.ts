import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

// Quotes from HTML and Markdown keep the exact source text (provenance) and are shown with their character
// references decoded: a reader sees "about 600 km", not "about 600&nbsp;km".
const ARTICLES = 'tests/cases/entity-quotes/articles';
const claims = ['--claims', join(ROOT, 'claims')];

describe('quotes from markup with character references', () => {
  it('are shown decoded in the terminal, Markdown and CI annotations', () => {
    for (const format of ['text', 'md', 'github']) {
      const out = runCli([ARTICLES, '--format', format, ...claims]).stdout;
      expect(out, format).toContain('about 600 km');
      expect(out, format).toContain('900 km');
      expect(out, format).not.toContain('&nbsp;');
      expect(out, format).not.toContain('&#160;');
    }
  });

  it('keep the exact source slice in JSON, with the decoded form beside it', () => {
    const report = JSON.parse(runCli([ARTICLES, '--format', 'json', ...claims]).stdout);
    const values = report.findings.flatMap((f: { values: Array<{ text: string; shown?: string; line: number; column: number }> }) => f.values);
    const a = values.find((v: { text: string }) => v.text === 'about 600&nbsp;km');
    expect(a).toMatchObject({ shown: 'about 600 km', line: 6, column: 79 });
    const line = readFileSync(join(ROOT, ARTICLES, 'a.html'), 'utf8').split('\n')[5];
    expect(line.slice(a.column - 1, a.column - 1 + a.text.length)).toBe(a.text);
    // A quote with nothing to decode carries no second form.
    expect(values.filter((v: { text: string; shown?: string }) => !v.text.includes('&')).every((v: { shown?: string }) => v.shown === undefined)).toBe(true);
  });

  it('leave a plain-text file\'s ampersands as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-amp-'));
    const text = 'North Korea launched a ballistic missile on June 9, 2025 that flew 900&nbsp;km, Seoul said.\n';
    const other = 'North Korea launched a ballistic missile on June 9, 2025 that flew about 600 km, Tokyo said.\n';
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'b.txt'), other);
    const out = runCli([dir, '--format', 'json', ...claims]).stdout;
    expect(out).not.toContain('"shown"');
  });

  it('survive the round trip through extracted-claims files', () => {
    const out = mkdtempSync(join(tmpdir(), 'verify-extracted-'));
    expect(runCli(['extract', ARTICLES, '--out', out, ...claims]).code).toBe(0);
    const written = readdirSync(join(out, ARTICLES)).sort();
    expect(readFileSync(join(out, ARTICLES, written[0]), 'utf8')).toContain('references: true');
    const fromFiles = runCli([out, '--format', 'text', ...claims]).stdout;
    expect(fromFiles).toContain('"about 600 km"');
  });
});
