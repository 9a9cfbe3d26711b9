#!/usr/bin/env node
// The `verify` command as installed: loads the bundled program (verify.cjs, beside this file once bundled) with the
// V8 code cache `npm run build` made for it. V8 otherwise parses and compiles the ~400 KB program, and every function
// a run calls, afresh on each start; the cache holds that work (five articles: a median 0.55 s without it, 0.48 s
// with it, 21 alternating runs). A cache V8 refuses (another Node version, other flags, a changed program) is ignored.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
// V8 accepts a code cache only under the engine flags it was made with: set them before compiling.
import './engineFlags.js';

const program = fileURLToPath(new URL('./verify.cjs', import.meta.url));
const cacheFile = `${program}.cache`;
/** `write` (the build's warm-up run): save the cache when the run ends; `off`: neither read nor write it. */
const mode = process.env.VERIFY_CODE_CACHE;

let source: string;
try {
  // A #! line is for a shell, and no JavaScript inside the wrapper below.
  source = readFileSync(program, 'utf8').replace(/^#!.*/, '');
} catch {
  process.stderr.write(`verify: ${program} is missing: run \`npm run build\`\n`);
  process.exit(2);
}

let cachedData: Buffer | undefined;
if (mode !== 'off' && mode !== 'write') {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache: compile as usual
  }
}

// The program is CommonJS: wrapped as Node wraps a module, so the cache covers exactly this text.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: program, cachedData });
if (process.env.VERIFY_DEBUG) {
  const state = cachedData === undefined ? 'not used' : script.cachedDataRejected ? 'rejected' : 'accepted';
  process.stderr.write(`verify: code cache ${state}\n`);
}
if (mode === 'write') {
  // After the run, so the cache also holds the functions the run compiled, not only the top level.
  process.once('exit', () => {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  });
}
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(program), module, program, dirname(program));
