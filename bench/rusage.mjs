// Fallback when GNU time is missing: runs a Node script in this process and writes "seconds peak-KB" to a file on
// exit, as `/usr/bin/time -f '%e %M'` would (worker threads share the process, so their memory counts).
//
//   node bench/rusage.mjs STATS_FILE SCRIPT [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [statsFile, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => {
  writeFileSync(statsFile, `${(performance.now() / 1000).toFixed(2)} ${process.resourceUsage().maxRSS}\n`);
});
await import(pathToFileURL(resolve(script)).href);
