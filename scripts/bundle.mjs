#!/usr/bin/env node
// Bundles the compiled command line (dist/cli) for the `verify` command and `npm run verify`:
//   dist/bundle/main.js     the launcher: loads verify.cjs with its V8 code cache (src/cli/launcher.ts says why)
//   dist/bundle/verify.cjs  the program, one file: loading ~110 ES modules one by one cost a short run about a quarter
//                           of its start-up
//   dist/bundle/worker.js   a worker thread's program, for large inputs
// then makes the code cache by running the command once on the bundled sample articles.
// Same code, same behaviour as dist/cli.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Libraries only some runs need (saved pages; URLs and feeds) are bundled apart, one file each in vendor/, and loaded
// when first used: inside verify.cjs they cost every run ~45 ms of start-up (a bigger program and code cache to
// load), measured on a one-article run. The program asks for them by their package name; this maps that to the file.
const VENDOR = ['@mozilla/readability', 'linkedom', 'make-fetch-happen', 'robots-parser', 'feedsmith'].filter((name) => existsSync(join('node_modules', name)));
const vendorFile = (name) => `vendor/${name.replace('@', '').replace('/', '-')}.cjs`;
const vendored = {
  name: 'vendored',
  setup(build) {
    build.onResolve({ filter: /^[@a-z]/ }, (args) => (VENDOR.includes(args.path) ? { path: `./${vendorFile(args.path)}`, external: true } : undefined));
  },
};
for (const name of VENDOR) {
  await build({ ...common, alias: {}, format: 'cjs', entryPoints: [name], outfile: join('dist/bundle', vendorFile(name)) });
}

// Every file is CommonJS: a script is what V8 can cache compiled code for, and Node starts a CommonJS entry ~13 ms
// sooner than an ES module one (measured: an empty .cjs against an empty .mjs, 31 runs each).
const cjs = {
  ...common,
  format: 'cjs',
  // import() of a built-in module becomes a plain require: a script compiled by node:vm has no module loader.
  supported: { 'dynamic-import': false },
  // Each file finds its package and its neighbours from its own path, as an ES module does from import.meta.url.
  define: { 'import.meta.url': 'verifyFileUrl' },
  plugins: [vendored],
  banner: { js: 'var verifyFileUrl = require("node:url").pathToFileURL(__filename).href;' },
};
// The build's identity, for caches of what one build computed (src/cli/knowledgeCache.ts): a hash of every
// compiled module and of the locked dependency versions (they are bundled too: another js-yaml may read the same
// claim files differently), so that any change to the program, not only a new version number, makes a new one.
const buildId = identity('dist', 'package-lock.json');
await build({ ...cjs, entryPoints: ['dist/cli/main.js'], outfile: 'dist/bundle/verify.cjs', define: { ...cjs.define, VERIFY_BUILD_ID: JSON.stringify(buildId) } });
// The launcher is the command: dist/bundle/main.js, as package.json's bin and `npm run verify` name it.
await build({ ...cjs, entryPoints: ['dist/cli/launcher.js'], outfile: 'dist/bundle/main.js' });
await build({ ...cjs, entryPoints: ['dist/cli/worker.js'], outfile: 'dist/bundle/worker.js' });
// The package is "type": "module"; this folder's .js files are CommonJS.
writeFileSync('dist/bundle/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);

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

/** A hash of the compiled modules under `dir` (not the bundle made from them), in path order, and of the lock file. */
function identity(dir, lockFile) {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js') && !f.startsWith('bundle'))
    .sort();
  for (const f of files) hash.update(`\0${f}\0`).update(readFileSync(join(dir, f)));
  if (existsSync(lockFile)) hash.update(`\0${lockFile}\0`).update(readFileSync(lockFile));
  return hash.digest('hex').slice(0, 16);
}
