#!/usr/bin/env node
// Bundles the compiled command line (dist/cli) into one file per thread, dist/bundle/main.js and worker.js:
// loading ~110 ES modules one by one cost a short run about a quarter of its start-up.
// Same code, same behaviour: the bundle is what `npm run verify` and the `verify` command run.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/main.js', 'dist/cli/worker.js'],
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Whitespace and syntax minified, names kept: profiles and VERIFY_DEBUG stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  // We use htmlparser2's Parser alone; its index also pulls in a DOM serializer (~80 KB minified) we never call.
  alias: { htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js' },
  // Some dependencies are CommonJS and require Node's built-in modules; an ES module bundle needs a require.
  banner: { js: "import { createRequire as verifyCreateRequire } from 'node:module'; const require = verifyCreateRequire(import.meta.url);" },
});
