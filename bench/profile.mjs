// Self time per function from V8 CPU profiles (`node --cpu-prof`): every thread's profile in a folder is summed, so
// worker threads count as they run. Used by run.mjs --profile; also runnable on its own:
//
//   node bench/profile.mjs DIR [--top 10]
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
/** V8's pseudo-frames worth showing: garbage collection, and (program) for time in V8 and native code. */
const PSEUDO = new Set(['(garbage collector)', '(program)']);
/** Not work: a thread waiting (the main thread on its workers, a worker for its next batch). */
const SKIP = new Set(['(idle)', '(root)']);

/** Where a frame lives, short: paths relative to `root` for our code, the package for dependencies. */
function place(url, line, root) {
  if (!url) return '';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length).split('/').slice(0, 1).join('/');
  return `${path.startsWith(root) ? relative(root, path) : path}:${line + 1}`;
}

/**
 * Self time (ms) per function over all `*.cpuprofile` files in `dir`, highest first, with the share of the total
 * busy time. `root` is the folder that holds the profiled `dist/`.
 */
export function selfTimes(dir, root = ROOT) {
  const totals = new Map();
  let all = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    // Each sample is attributed to its leaf frame for the time until the next sample.
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const { functionName, url, lineNumber } = node.callFrame;
      if (SKIP.has(functionName)) return;
      const key = PSEUDO.has(functionName) ? functionName : `${functionName || '(anonymous)'}  ${place(url, lineNumber, root)}`;
      totals.set(key, (totals.get(key) ?? 0) + ms);
      all += ms;
    });
  }
  return [...totals].map(([fn, ms]) => ({ fn, ms, share: ms / all })).sort((a, b) => b.ms - a.ms);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 10;
  if (!dir) {
    process.stderr.write('usage: node bench/profile.mjs DIR [--top N]\n');
    process.exit(2);
  }
  for (const { fn, ms, share } of selfTimes(dir).slice(0, top))
    process.stdout.write(`${ms.toFixed(0).padStart(8)} ms ${(share * 100).toFixed(1).padStart(5)} %  ${fn}\n`);
}
