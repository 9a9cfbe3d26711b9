import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

// Golden end-to-end folders: tests/cases/<name>/articles/ in, expected.md and expected-exit out.
// Adding a case is adding a folder; UPDATE_GOLDEN=1 rewrites the expectations after a deliberate change.
const CASES = join(ROOT, 'tests', 'cases');
const names = readdirSync(CASES).filter((n) => existsSync(join(CASES, n, 'articles'))).sort();

describe('golden cases', () => {
  it.each(names)('%s', (name) => {
    const dir = join(CASES, name);
    const md = runCli(['articles', '--format', 'md', '--claims', join(ROOT, 'claims')], { cwd: dir });
    expect(md.stderr).toBe('');
    const exitFile = join(dir, 'expected-exit');
    const mdFile = join(dir, 'expected.md');
    if (process.env.UPDATE_GOLDEN || !existsSync(mdFile)) {
      writeFileSync(mdFile, md.stdout);
      writeFileSync(exitFile, `${md.code}\n`);
    }
    expect(md.stdout).toBe(readFileSync(mdFile, 'utf8'));
    expect(String(md.code)).toBe(readFileSync(exitFile, 'utf8').trim());
  });
});
