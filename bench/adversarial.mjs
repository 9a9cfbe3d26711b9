#!/usr/bin/env node
// Adversarial throughput: runs the real pipeline (dist/, so `npm run build` first) on generated hostile text at
// several sizes and prints the time per MB. A linear pipeline keeps that figure flat; one that grows with the size
// points at a quadratic regex or loop. Each run is a child process with a time limit, so a blow-up cannot hang it.
//
//   node bench/adversarial.mjs [--sizes 1,2,4,8] [--only name,name] [--timeout 120] [--list]
//
// Exit 0 when every pattern stayed flat, 1 when one did not (or a run failed), 2 on bad arguments.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1_000_000;
/** ms/MB at the largest size may be this many times that at the smallest before the pattern counts as not flat. */
const FLAT_RATIO = 2;
/** A run this many times slower per MB than the first stops the escalation: the next size would only take longer. */
const GIVE_UP_RATIO = 4;

/** `unit` repeated up to `bytes` characters (ASCII throughout, so characters are bytes). */
const fill = (unit) => (bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const CAPITALISED = 'North Korea Seaul Tokio Pyongyan Kangye Hwasong Sinpo Alpha Bravo Charlie Japan Sea East Tongchang ';

/** Each pattern: a name, the file extension it is read as, and a generator of about `bytes` characters. */
export const PATTERNS = [
  { name: 'digit-commas', ext: 'txt', what: '"1,1,1,1,…"', make: fill('1,') },
  { name: 'digit-run', ext: 'txt', what: 'one long run of digits, then "km"', make: (n) => `${'7'.repeat(n - 3)} km` },
  { name: 'hedges', ext: 'txt', what: '"about about about …" then a figure', make: (n) => `${fill('about nearly more than ')(n - 12)} 900 km` },
  { name: 'parens', ext: 'txt', what: 'unbalanced "((((("', make: fill('(') },
  { name: 'spaces', ext: 'txt', what: 'endless spaces and tabs on one line', make: (n) => `x${fill(' \t  ')(n - 2)}x` },
  { name: 'newlines', ext: 'txt', what: 'endless blank lines', make: (n) => `x${fill('\n \r\n')(n - 2)}x` },
  { name: 'a.m.', ext: 'txt', what: '"a.m. a.m. a.m. …"', make: fill('a.m. ') },
  { name: 'a.m.-glued', ext: 'txt', what: '"a.m.a.m.a.m.…"', make: fill('a.m.') },
  { name: 'capitalised', ext: 'txt', what: 'long runs of capitalised words (near-miss place names)', make: fill(CAPITALISED) },
  { name: 'jan', ext: 'txt', what: '"Jan. Jan. Jan. …"', make: fill('Jan. ') },
  { name: 'unit-words', ext: 'txt', what: 'numbers followed by unit-like words', make: fill('5 kilos 6 kmh 7 milestones 8 m 9 feet-long 10 secondary 11 minutes. ') },
  { name: 'claims', ext: 'txt', what: 'one claim sentence repeated ("The missile flew 900 km.")', make: fill('The missile flew 900 km. ') },
  { name: 'relative', ext: 'txt', what: 'distances from places in one endless sentence', make: fill('the quake struck 5 km north-west of Ridgeview, 7 miles from Ardmore Bay, some 9 km off the coast of Padang, ') },
  { name: 'long-sentence', ext: 'txt', what: 'dates and figures in one endless sentence', make: fill('on January 5 since March 3 it flew 900 km, ') },
  { name: 'base64', ext: 'txt', what: 'a pasted base64 attachment: 76-character lines, no blank line', make: fill('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n') },
  { name: 'quotes', ext: 'txt', what: 'quotation marks around figures', make: fill('"flew” “900 km" ') },
  { name: 'md-brackets', ext: 'md', what: 'Markdown "[[[[", "**__", backticks', make: fill('[[**__`![') },
  { name: 'html-nesting', ext: 'html', what: 'deeply nested, unclosed HTML tags', make: fill('<div><p><b>') },
  { name: 'html-entities', ext: 'html', what: 'entities and broken tags', make: fill('&amp;&#8217;&bogus;<p <') },
  { name: 'html-data-uris', ext: 'html', what: 'data: prefixes in unended runs, as inlined images start', make: fill('<img src="data:data:data:x') },
];

function loadClaims(kit) {
  const dir = join(ROOT, 'claims');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  return kit.loadKnowledge(files.map((f) => ({ path: `claims/${f}`, content: readFileSync(join(dir, f), 'utf8') })));
}

/** In the child: one pattern at one size; prints {ms, findings} as JSON. */
async function child(name, megabytes) {
  try {
    const { verify } = await import(pathToFileURL(join(ROOT, 'dist', 'pipeline', 'index.js')).href);
    const { loadKnowledge } = await import(pathToFileURL(join(ROOT, 'dist', 'claims', 'index.js')).href);
    const knowledge = loadClaims({ loadKnowledge });
    const pattern = PATTERNS.find((p) => p.name === name);
    const path = `adversarial.${pattern.ext}`;
    verify([{ path, content: pattern.make(50_000) }], knowledge); // warm-up, so the first size does not pay for the JIT
    const content = pattern.make(Math.round(megabytes * MB));
    const start = performance.now();
    const report = verify([{ path, content }], knowledge);
    const ms = performance.now() - start;
    process.stdout.write(JSON.stringify({ ms, findings: report.findings.length }));
  } catch (err) {
    const where = err.file ? `${err.file}${err.line ? `:${err.line}` : ''}: ` : '';
    process.stdout.write(JSON.stringify({ error: `${err.name}: ${where}${err.message}` }));
  }
}

function parseArgs(argv) {
  const args = { sizes: [1, 2, 4, 8], only: undefined, timeout: 120, list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--list') args.list = true;
    else if (a === '--sizes') args.sizes = argv[++i].split(',').map(Number);
    else if (a === '--only') args.only = argv[++i].split(',');
    else if (a === '--timeout') args.timeout = Number(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.sizes.length || args.sizes.some((s) => !(s > 0))) throw new Error('--sizes wants positive numbers of MB');
  if (!(args.timeout > 0)) throw new Error('--timeout wants seconds');
  const unknown = (args.only ?? []).filter((n) => !PATTERNS.some((p) => p.name === n));
  if (unknown.length) throw new Error(`unknown pattern ${unknown.join(', ')} (see --list)`);
  return args;
}

function runOne(name, megabytes, timeoutSeconds) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', name, String(megabytes)], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 1 << 20,
  });
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') return { error: `timeout ${timeoutSeconds}s` };
  if (r.status !== 0) return { error: r.signal ? `killed by ${r.signal}` : `exit ${r.status}: ${r.stderr.trim().split('\n').at(-1)}` };
  return JSON.parse(r.stdout);
}

function main(argv) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`adversarial: ${err.message}\n`);
    return 2;
  }
  if (args.list) {
    for (const p of PATTERNS) process.stdout.write(`${p.name.padEnd(14)} .${p.ext.padEnd(5)} ${p.what}\n`);
    return 0;
  }
  const sizes = [...args.sizes].sort((a, b) => a - b);
  const patterns = PATTERNS.filter((p) => !args.only || args.only.includes(p.name));
  process.stdout.write(`ms per MB of input, sizes ${sizes.join(', ')} MB; flat = largest/smallest <= ${FLAT_RATIO}\n\n`);
  process.stdout.write(`${'pattern'.padEnd(15)}${sizes.map((s) => `${s} MB`.padStart(10)).join('')}   ratio  verdict\n`);
  let failed = 0;
  for (const p of patterns) {
    const cells = [];
    const perMb = [];
    let note = '';
    for (const size of sizes) {
      const r = runOne(p.name, size, args.timeout);
      if (r.error) {
        note = `${r.error} at ${size} MB`;
        break;
      }
      perMb.push(r.ms / size);
      cells.push(`${Math.round(r.ms / size)}`);
      if (perMb.length > 1 && perMb.length < sizes.length && perMb.at(-1) > GIVE_UP_RATIO * perMb[0]) {
        note = `stopped: ${Math.round(perMb.at(-1) / perMb[0])}x slower per MB`;
        break;
      }
    }
    const ratio = perMb.length > 1 ? perMb.at(-1) / perMb[0] : NaN;
    const flat = !note && perMb.length === sizes.length && (sizes.length === 1 || ratio <= FLAT_RATIO);
    if (!flat) failed++;
    const row = sizes.map((_, i) => (cells[i] ?? '-').padStart(10)).join('');
    const shownRatio = Number.isNaN(ratio) ? '-' : ratio.toFixed(2);
    process.stdout.write(`${p.name.padEnd(15)}${row}   ${shownRatio.padStart(5)}  ${flat ? 'flat' : 'NOT FLAT'}${note ? ` (${note})` : ''}\n`);
  }
  process.stdout.write(failed ? `\n${failed} of ${patterns.length} patterns not flat\n` : `\nall ${patterns.length} patterns flat\n`);
  return failed ? 1 : 0;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain && process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]));
else if (isMain) process.exitCode = main(process.argv.slice(2));
