import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// How a saved page was read is said when the user should know it: one warning line naming the file.
describe('a saved page read as a whole', () => {
  it('is a warning naming the file, with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-page-'));
    const paragraph = (i: number) => `<p>${'<span>word</span> '.repeat(30)}Paragraph ${i} says 12 people were hurt.</p>`;
    writeFileSync(join(dir, 'long.html'), `<html><body><article>${Array.from({ length: 800 }, (_, i) => paragraph(i)).join('\n')}</article></body></html>`);
    const run = runCli(['long.html', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')).toContain(
      'verify: warning: long.html: read as a whole page (too many elements for Readability): teasers and lists of other stories may be read as this one',
    );
  });
});
