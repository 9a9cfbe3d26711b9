// The yardstick: chrono-node's casual English parser alone, in this process, over every paragraph (non-empty line)
// of the same article files verify read. Only parsing is timed, not reading files. A time budget stops it early on a
// big corpus; the rate is then over the files it got through, and says so.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const REFERENCE = new Date(Date.UTC(2026, 2, 12));
const LINES = /\r?\n/;

/** Files of the shard folders, in order. */
export function filesOf(shards) {
  return shards.flatMap((dir) => readdirSync(dir).sort().map((f) => join(dir, f)));
}

/** { bytes, seconds, paragraphs, dates, files, complete } for chrono.casual.parse over `files`. */
export async function chronoThroughput(files, budgetS) {
  const chrono = await import('chrono-node');
  let bytes = 0;
  let ns = 0n;
  let paragraphs = 0;
  let dates = 0;
  let done = 0;
  for (const file of files) {
    const raw = readFileSync(file);
    const text = raw.toString('utf8');
    const start = process.hrtime.bigint();
    for (const line of text.split(LINES)) {
      if (!line.trim()) continue;
      paragraphs++;
      dates += chrono.casual.parse(line, REFERENCE).length;
    }
    ns += process.hrtime.bigint() - start;
    bytes += raw.length;
    done++;
    if (Number(ns) / 1e9 > budgetS) break;
  }
  return { bytes, seconds: Number(ns) / 1e9, paragraphs, dates, files: done, complete: done === files.length };
}
