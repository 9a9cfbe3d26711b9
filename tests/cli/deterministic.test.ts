// Two runs on the same input give byte-identical files in every format (issue 16): the Markdown, JSON, SARIF,
// JUnit and text reports, the number lines beside them, and the GitHub workflow commands on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import { cleanup, tempDir } from '../robustness/helpers.js';

afterAll(cleanup);

/** Every file under `dir`, by its path inside it, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  visit(dir);
  return out;
}

describe('the same input twice', () => {
  // A conflict and a variance, so every format has findings to write and the number lines are drawn.
  const articles = join(ROOT, 'tests/cases/volcano-no-pack/articles');

  it('gives byte-identical files in every format, number lines included', () => {
    const [first, second] = [tempDir('same'), tempDir('same')];
    for (const out of [first, second]) runCli([articles, '--format', 'md,json,sarif,junit,text', '--out', out]);
    const a = files(first);
    expect([...a.keys()]).toEqual(expect.arrayContaining(['report.md', 'report.json', 'report.sarif', 'report.xml', 'report.txt']));
    expect([...a.keys()].some((name) => name.endsWith('.svg'))).toBe(true);
    expect(files(second)).toEqual(a);
  });

  it('prints the same workflow commands', () => {
    const run = () => runCli([articles, '--format', 'github']).stdout;
    const once = run();
    expect(once).toMatch(/^::error /m);
    expect(run()).toBe(once);
  });
});
