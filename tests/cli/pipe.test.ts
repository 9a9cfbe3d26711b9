import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/knowledge.js';

// `verify … | head`: the reader closes the pipe after a few bytes. A mature CLI then stops quietly, with no stack trace.
describe('a reader that closes stdout early', () => {
  it('ends the run with exit code 0 and nothing on stderr', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'bundle', 'main.js'), join(ROOT, 'eval'), '--format', 'json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
