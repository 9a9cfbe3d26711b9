#!/usr/bin/env node
// Bundles the compiled command line (dist/cli) for the `verify` command and `npm run verify`:
//   dist/bundle/main.js     the launcher: loads verify.cjs with its V8 code cache (src/cli/launcher.ts says why)
//   dist/bundle/verify.cjs  the program, one CommonJS file: loading ~110 ES modules one by one cost a short run about
//                           a quarter of its start-up, and V8 can cache the compiled code of a script, not of a module
//   dist/bundle/worker.js   a worker thread's program, for large inputs
// then makes the code cache by running the command once on the bundled sample articles.
// Same code, same behaviour as dist/cli.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Whitespace and syntax minified, names kept: profiles and VERIFY_DEBUG stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  // We use htmlparser2's Parser alone; its index also pulls in a DOM serializer (~80 KB minified) we never call.
  alias: { htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js' },
};

await build({
  ...common,
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/bundle/verify.cjs',
  format: 'cjs',
  // import() of a built-in module becomes a plain require: a script compiled by node:vm has no module loader.
  supported: { 'dynamic-import': false },
  // The program finds its package and its worker from its own path, as an ES module does from import.meta.url.
  define: { 'import.meta.url': 'verifyProgramUrl' },
  banner: { js: 'var verifyProgramUrl = require("node:url").pathToFileURL(__filename).href;' },
});
// Some dependencies are CommonJS and require Node's built-in modules; an ES module bundle needs a require.
const esmRequire = "import { createRequire as verifyCreateRequire } from 'node:module'; const require = verifyCreateRequire(import.meta.url);";
// The launcher is the command: dist/bundle/main.js, as package.json's bin and `npm run verify` name it.
await build({ ...common, entryPoints: ['dist/cli/launcher.js'], outfile: 'dist/bundle/main.js', format: 'esm' });
await build({ ...common, entryPoints: ['dist/cli/worker.js'], outfile: 'dist/bundle/worker.js', format: 'esm', banner: { js: esmRequire } });

// The code cache: one run on up to eight sample articles compiles what a run needs; the launcher saves it at the end.
// Printed to nowhere and writing no report; without samples (an installed package), `--version` compiles the start.
const WARM_UP_FILES = 8;
const samples = existsSync('sources') ? readdirSync('sources').sort().slice(0, WARM_UP_FILES).map((f) => join('sources', f)) : [];
const args = samples.length ? [...samples, '--format', 'json', '--fail-on', 'never'] : ['--version'];
rmSync('dist/bundle/verify.cjs.cache', { force: true });
const warmUp = spawnSync(process.execPath, ['dist/bundle/main.js', ...args], { env: { ...process.env, VERIFY_CODE_CACHE: 'write' }, stdio: ['ignore', 'ignore', 'inherit'] });
if (warmUp.status !== 0) {
  process.stderr.write(`bundle: the code cache run failed (exit ${warmUp.status}); verify runs without a cache\n`);
  rmSync('dist/bundle/verify.cjs.cache', { force: true });
}
