import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './knowledge.js';

export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

/** Runs the built CLI; the suite builds it once in globalSetup. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
