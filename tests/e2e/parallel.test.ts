import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES_CLI, runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

/** A corpus of many articles: the bundled samples copied with their figures and days shifted. */
function corpus(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-parallel-'));
  const samples = readdirSync(join(ROOT, 'sources')).map((f) => [f, readFileSync(join(ROOT, 'sources', f), 'utf8')] as const);
  for (let i = 0; i < copies; i++) {
    for (const [name, text] of samples) {
      const shifted = text.replace(/\b(900|560|1,100)\b/g, (n) => String(Number(n.replace(',', '')) + (i % 7) * 10)).replace(/March 12/g, `March ${1 + (i % 28)}`);
      writeFileSync(join(dir, `${String(i).padStart(3, '0')}-${name}`), shifted);
    }
  }
  return dir;
}

describe('worker threads', () => {
  it('give byte-identical output to a single-threaded run', () => {
    const dir = corpus(50); // 250 articles, in batches over two workers
    const one = runCli([dir, '--format', 'json', '--jobs', '1']);
    const two = runCli([dir, '--format', 'json', '--jobs', '2']);
    const auto = runCli([dir, '--format', 'json']);
    expect(one.stderr).toBe('');
    expect(JSON.parse(one.stdout).sources).toHaveLength(250);
    expect(two.stdout).toBe(one.stdout);
    expect(auto.stdout).toBe(one.stdout);
    // The bundle is the compiled modules in one file: the same report, thread for thread.
    expect(runCli([dir, '--format', 'json', '--jobs', '2'], { cli: MODULES_CLI }).stdout).toBe(one.stdout);
  });
});
