import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** End-to-end tests run the built CLI: build and bundle it once, from the sources under test. */
export default function setup() {
  const root = join(import.meta.dirname, '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
}
