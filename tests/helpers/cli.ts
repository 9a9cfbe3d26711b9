import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './knowledge.js';

/** The bundled command line, as `npm run verify` and the installed `verify` run it. */
export const CLI = join(ROOT, 'dist', 'bundle', 'main.js');
/** The same command line as compiled modules, before bundling. */
export const MODULES_CLI = join(ROOT, 'dist', 'cli', 'main.js');

/**
 * Runs the built CLI (the bundle unless told otherwise); the suite builds it once in globalSetup. GitHub Actions'
 * variables are cleared unless a test sets them: run inside a workflow, the suite must see the output it expects.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; cli?: string } = {}) {
  const r = spawnSync(process.execPath, [options.cli ?? CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * runCli without blocking this process: for tests whose own server (on 127.0.0.1) must answer the command while
 * it runs.
 */
export function runCliAsync(args: string[], options: { cwd?: string; env?: Record<string, string>; cli?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.cli ?? CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
