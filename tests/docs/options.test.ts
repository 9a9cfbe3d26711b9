import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

// The README is where people look an option up: every option `verify --help` lists is in its table.
describe('the README', () => {
  it("documents every option of verify's --help in its options table", () => {
    const help = runCli(['--help']).stdout;
    const options = [...new Set([...help.matchAll(/--[a-z][a-z-]+/g)].map((m) => m[0]))];
    expect(options.length).toBeGreaterThan(20);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| `-'));
    const missing = options.filter((option) => !rows.some((row) => new RegExp(`(\`|, )${option}[\` <,]`).test(row)));
    expect(missing).toEqual([]);
  });
});
