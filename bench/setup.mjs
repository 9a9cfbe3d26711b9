// The bench's set-up: options, the machine it runs on, a snapshot of the verify it measures, and the disk it may use.
import { spawnSync } from 'node:child_process';
import { cpSync, statfsSync, symlinkSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARD } from './corpus.mjs';
import { hasGnuTime } from './measure.mjs';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
/** Disk a generated article takes, with file-system blocks: ~4 KB of text in two 4 KiB blocks. */
const DISK_PER_ARTICLE = 8192;

const FULL = { sizes: [500, 1000, 2000, 10000, 20000, 100000], runs: 10, timeout: 120, profile: 1000, chronoBudget: 60, pairs: 1 };
const QUICK = { sizes: [200, 400], runs: 5, timeout: 60, profile: 0, chronoBudget: 15, pairs: 1 };
const USAGE = `usage: node bench/run.mjs [--quick] [--sizes N,N,...] [--timeout S] [--runs N] [--profile N] [--pairs N]
  --quick       small sizes (${QUICK.sizes.join(', ')}), ${QUICK.runs} cold-start runs: a smoke run
  --sizes       corpus sizes in articles, multiples of ${SHARD} (default ${FULL.sizes.join(',')})
  --timeout     seconds before a run is stopped and reported as not finished (default ${FULL.timeout})
  --runs        cold-start runs of each command (default ${FULL.runs})
  --profile N   also profile the cold start and a run on N articles (node --cpu-prof): top functions; 0 = no
  --pairs N     time the doubling pair (the largest two sizes about 2x apart) N times in all, alternating, and
                take the median of the N ratios: one pair moves with the machine's speed (default 1)
`;

export function parseArgs(argv) {
  const opts = { ...(argv.includes('--quick') ? QUICK : FULL) };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const number = () => (Number.isInteger(Number(value)) && Number(value) >= 0 ? Number(value) : fail(`${flag} needs a whole number`));
    if (flag === '--quick') continue;
    else if (flag === '--sizes') opts.sizes = (value ?? '').split(',').map((s) => Number(s.replaceAll('_', '')));
    else if (flag === '--timeout') opts.timeout = number();
    else if (flag === '--runs') opts.runs = Math.max(1, number());
    else if (flag === '--profile') opts.profile = number();
    else if (flag === '--pairs') opts.pairs = Math.max(1, number());
    else if (flag === '-h' || flag === '--help') (process.stdout.write(USAGE), process.exit(0));
    else fail(`unknown option ${flag}`);
    i++;
  }
  if (!opts.sizes.length || opts.sizes.some((n) => !Number.isInteger(n) || n <= 0 || n % SHARD))
    fail(`--sizes takes positive multiples of ${SHARD}, e.g. 1000,10000`);
  if (opts.profile % SHARD) fail(`--profile takes a multiple of ${SHARD}`);
  opts.sizes = [...new Set(opts.sizes)].sort((a, b) => a - b);
  return opts;
}

export function fail(message) {
  process.stderr.write(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

const sh = (cmd, args) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';

export function machine() {
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain', '--', 'src']) ? ' + uncommitted changes in src/' : '';
  return {
    cores: availableParallelism(), cpu: cpus()[0]?.model ?? '?', memoryGB: totalmem() / 2 ** 30, node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), commit: commit ? commit + dirty : 'unknown', gnuTime: hasGnuTime,
    loadStart: loadavg()[0],
  };
}

/**
 * Copies dist/, package.json and claims/ into `tmp`, with node_modules linked: the bench measures that copy, as
 * others may rebuild dist/ or edit claims/ while a long run goes on. Returns its root, CLI and claims folder.
 */
export function snapshot(tmp) {
  const root = join(tmp, 'verify');
  cpSync(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(join(ROOT, 'claims'), join(root, 'claims'), { recursive: true });
  return { root, cli: join(root, 'dist', 'bundle', 'main.js'), claims: join(root, 'claims') };
}

/** Sizes whose articles fit in the temp folder's free space (with room for JSON output); the rest are dropped. */
export function fitDisk(sizes, dir, notes) {
  const { bavail, bsize } = statfsSync(dir);
  const free = bavail * bsize;
  const fits = sizes.filter((n) => n * DISK_PER_ARTICLE * 1.5 < free);
  if (fits.length < sizes.length)
    notes.push(`only ${(free / 2 ** 30).toFixed(1)} GiB free in ${dir}: stopped at ${fits.at(-1) ?? 0} articles (${sizes.filter((n) => !fits.includes(n)).join(', ')} left out)`);
  return fits;
}
