#!/usr/bin/env node
// `npm run bench`: whole-process figures for verify (dist/, so `npm run build` first) on generated corpora — cold
// start against bare node, throughput in MB and claims per second, time and peak memory as the corpus grows, the
// time ratio when it doubles, chrono-node's parser on the same text as a yardstick — printed and written to
// reports/bench.md. A benchmark, not a test: it exits 0 whether or not the targets are met.
//
//   node bench/run.mjs [--quick] [--sizes 1000,10000] [--timeout 120] [--runs 10] [--profile 1000] [--pairs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chronoThroughput, filesOf } from './chrono.mjs';
import { Corpus } from './corpus.mjs';
import { measure, median, statsPath } from './measure.mjs';
import { selfTimes } from './profile.mjs';
import { doubling, renderReport, TARGETS } from './report.mjs';
import { fail, fitDisk, machine, parseArgs, ROOT, snapshot } from './setup.mjs';

const MB = 1e6;
/** Runs whose corpus is at most this big keep their JSON, to count claims and events; the throughput corpus is the biggest of them. */
const THROUGHPUT_MAX_BYTES = 50 * MB;
/** Every verify run: the snapshot's CLI and claims, the paths, JSON on stdout (or, with `out`, the default output). */
const verifyArgs = (target, paths, extra = [], out) =>
  [target.cli, ...paths, '--claims', target.claims, ...(out ? ['--out', out] : ['--format', 'json']), ...extra];

const log = (line) => process.stdout.write(`${line}\n`);

/** Medians of bare `node -e 0` and of verify on the five bundled articles, and their ratio. */
async function coldStart({ tmp, target, opts: { runs } }) {
  const bare = [];
  const cli = [];
  const rss = [];
  const stats = statsPath(tmp, 'cold');
  // One untimed run each warms the disk cache; then the two alternate, so drift hits both alike.
  for (let i = -1; i < runs; i++) {
    const b = await measure(['-e', '0'], { cwd: ROOT, rss: false });
    const v = await measure(verifyArgs(target, ['sources']), { cwd: ROOT, statsFile: stats });
    if (v.code !== 0 && v.code !== 1) throw new Error(`verify failed on sources/: ${v.stderr.trim()}`);
    if (i >= 0) (bare.push(b.seconds), cli.push(v.seconds), rss.push(v.rssMB));
  }
  const node = median(bare);
  const verify = median(cli);
  return { runs, node, verify, ratio: verify / node, rssMB: median(rss.filter(Boolean)) };
}

/**
 * Claims (the `values` of every finding) and main events in a JSON report, and how often verify took two
 * generated launches for one: main events holding sources of several, and conflicts between their values
 * (those of launches generated on the same day apart: nothing in the text tells them apart).
 */
function countReport(path, corpus) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const claims = report.findings.reduce((n, f) => n + f.values.length, 0);
  const generated = new Map(report.sources.map((s) => [s.id, Number(/(?:^|\/)e(\d{6})-[^/]*$/.exec(s.path)?.[1])]));
  const launches = (ids) => [...new Set(ids.map((id) => generated.get(id)))];
  const main = report.events.filter((e) => !e.background);
  const conflicts = report.findings.filter((f) => f.verdict === 'conflict');
  const crossed = conflicts.map((f) => launches(f.values.map((v) => v.source))).filter((l) => l.length > 1);
  const sameDay = crossed.filter((l) => new Set(l.map((e) => corpus.eventDays[e])).size === 1).length;
  return {
    claims,
    eventsFound: main.length,
    eventsMerged: main.filter((e) => launches(e.sources).length > 1).length,
    conflicts: conflicts.length,
    crossedConflicts: crossed.length,
    crossedSameDay: sameDay,
  };
}

/** One whole-process run on the first `n` articles: a row of the scaling table (status ok, timeout or failed). */
async function runSize({ corpus, opts, tmp, target }, n, extraArgs = [], { count = true } = {}) {
  const part = corpus.extendTo(n);
  const keepJson = count && part.bytes <= THROUGHPUT_MAX_BYTES && !extraArgs.length;
  const out = keepJson ? join(tmp, `out-${n}.json`) : '/dev/null';
  const r = await measure(verifyArgs(target, part.shards, extraArgs), {
    cwd: ROOT, stdoutPath: out, timeoutS: opts.timeout, statsFile: statsPath(tmp, `size-${n}`),
  });
  const row = { articles: n, bytes: part.bytes, events: part.events, seconds: r.seconds, rssMB: r.rssMB, args: extraArgs.join(' ') };
  if (r.timedOut) row.status = 'timeout';
  else if (r.code !== 0 && r.code !== 1) row.status = 'failed', row.error = (r.stderr.trim().split('\n').pop() || `exit ${r.code ?? r.signal}`);
  else row.status = 'ok';
  if (row.status === 'ok' && keepJson) Object.assign(row, countReport(out, corpus));
  if (keepJson) rmSync(out, { force: true });
  return row;
}

function describe(row) {
  const size = `${row.articles.toLocaleString('en-US')} articles (${(row.bytes / MB).toFixed(1)} MB, ${row.events} events)${row.args ? ` ${row.args}` : ''}`;
  if (row.status === 'timeout') return `${size}: did not finish in ${row.seconds.toFixed(0)} s (peak RSS so far ${row.rssMB?.toFixed(0) ?? '?'} MiB)`;
  if (row.status === 'failed') return `${size}: failed after ${row.seconds.toFixed(1)} s: ${row.error}`;
  const claims = row.claims === undefined ? '' : `, ${row.claims} claims, ${row.eventsFound} main events found (${row.eventsMerged} holding several generated launches), ${row.conflicts} conflicts (${row.crossedConflicts} between launches, ${row.crossedSameDay} of them generated on one day)`;
  return `${size}: ${row.seconds.toFixed(2)} s, peak RSS ${row.rssMB?.toFixed(0) ?? '?'} MiB, ${(row.bytes / MB / row.seconds).toFixed(2)} MB/s${claims}`;
}

/** Top functions by self time in a run over `paths` (all threads); `name` keeps the profile folders apart. */
async function profile({ opts, tmp, target }, paths, name) {
  const dir = join(tmp, `cpu-prof-${name}`);
  const r = await measure(['--cpu-prof', `--cpu-prof-dir=${dir}`, ...verifyArgs(target, paths)], {
    cwd: ROOT, timeoutS: opts.timeout, statsFile: statsPath(tmp, `profile-${name}`),
  });
  if (r.timedOut || !existsSync(dir)) return { error: `did not finish in ${opts.timeout} s, so no profile` };
  return { seconds: r.seconds, top: selfTimes(dir, target.root).slice(0, 10) };
}

/** The pipeline's two halves timed apart in a child (stages.mjs); `error` says why a half is missing. */
async function stages({ opts, tmp, target }, shards) {
  const out = join(tmp, 'stages.jsonl');
  const r = await measure([join(ROOT, 'bench', 'stages.mjs'), target.root, target.claims, String(opts.chronoBudget), ...shards], {
    cwd: ROOT, stdoutPath: out, timeoutS: opts.timeout, statsFile: statsPath(tmp, 'stages'),
  });
  const halves = Object.fromEntries(readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => [JSON.parse(l).half, JSON.parse(l)]));
  const error = r.timedOut ? `did not finish in ${opts.timeout} s` : r.code ? `failed: ${r.stderr.trim().split('\n').pop()}` : undefined;
  return { ...halves, error };
}

/**
 * With --pairs N, the doubling pair's two sizes run N - 1 more times, alternating, each run's seconds kept in
 * the rows' `repeats`: report.mjs takes the median of the N ratios.
 */
async function repeatDoubling(b, rows) {
  const pair = doubling(rows);
  if (b.opts.pairs <= 1 || pair?.kind !== 'measured') return;
  const { a, b: twice } = pair;
  a.repeats = [a.seconds];
  twice.repeats = [twice.seconds];
  for (let i = 1; i < b.opts.pairs; i++) {
    const ra = await runSize(b, a.articles, [], { count: false });
    const rb = ra.status === 'ok' ? await runSize(b, twice.articles, [], { count: false }) : ra;
    if (rb.status !== 'ok') return log(`doubling pair ${i + 1}: ${describe(rb)}; no more pairs`);
    a.repeats.push(ra.seconds);
    twice.repeats.push(rb.seconds);
    log(`doubling pair ${i + 1} of ${b.opts.pairs}: ${ra.seconds.toFixed(2)} → ${rb.seconds.toFixed(2)} s = ${(rb.seconds / ra.seconds).toFixed(2)}×`);
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'main.js'))) fail('dist/bundle/main.js is missing: run `npm run build` first');
  const tmp = mkdtempSync(join(tmpdir(), 'verify-bench-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  process.on('SIGINT', () => (cleanup(), process.exit(130)));
  const target = snapshot(tmp);
  const notes = [];
  const result = { machine: machine(), opts, notes, sizes: [] };
  try {
    const m = result.machine;
    log(`verify bench — ${m.cores} cores, node ${m.node}, commit ${m.commit}, load average ${m.loadStart.toFixed(2)}`);
    if (m.loadStart > m.cores / 2) log('note: the machine is busy; figures will be slower and noisier than on an idle one');
    const sizes = fitDisk(opts.sizes, tmp, notes);
    notes.forEach((n) => log(`note: ${n}`));
    const corpus = new Corpus(join(tmp, 'corpus'), { sourcesDir: join(ROOT, 'sources') });
    const b = { opts, tmp, target, corpus };

    result.cold = await coldStart(b);
    const c = result.cold;
    log(`cold start (median of ${c.runs}): node -e 0 ${c.node.toFixed(3)} s; verify on sources/ ${c.verify.toFixed(3)} s, ${c.rssMB?.toFixed(0)} MiB → ${c.ratio.toFixed(2)}× (target ≤ ${TARGETS.coldRatio}×)`);

    for (const n of sizes) {
      const blocked = result.sizes.find((r) => r.status !== 'ok');
      if (blocked) {
        const why = `${blocked.articles.toLocaleString('en-US')} ${blocked.status === 'timeout' ? 'did not finish' : 'failed'}`;
        result.sizes.push({ articles: n, status: 'skipped', because: why, ...corpusFigures(corpus, n, blocked) });
        log(`${n.toLocaleString('en-US')} articles: not run, ${why}`);
        continue;
      }
      const row = await runSize(b, n);
      result.sizes.push(row);
      log(describe(row));
    }

    await repeatDoubling(b, result.sizes);

    const done = result.sizes.filter((r) => r.status === 'ok');
    const tp = done.filter((r) => r.claims !== undefined).at(-1);
    const chronoOn = tp ?? result.sizes[0];
    const files = filesOf(corpus.extendTo(chronoOn.articles).shards);
    result.chrono = { articles: chronoOn.articles, ...(await chronoThroughput(files, opts.chronoBudget)) };
    const ch = result.chrono;
    log(`chrono.casual.parse on the same ${ch.complete ? '' : `first ${ch.files} of `}${chronoOn.articles.toLocaleString('en-US')} articles: ${(ch.bytes / MB).toFixed(1)} MB in ${ch.seconds.toFixed(2)} s = ${(ch.bytes / MB / ch.seconds).toFixed(2)} MB/s (${ch.paragraphs} paragraphs, ${ch.dates} dates)`);
    if (tp) {
      result.throughput = tp;
      log(`throughput (${tp.articles.toLocaleString('en-US')} articles): ${(tp.bytes / MB / tp.seconds).toFixed(2)} MB/s, ${(tp.claims / tp.seconds).toFixed(0)} claims/s; verify/chrono ${(tp.bytes / tp.seconds / (ch.bytes / ch.seconds)).toFixed(2)}× (target ≥ ${TARGETS.chronoRatio}×)`);
    }

    if (tp) {
      // What `npm run verify` does: the terminal summary and reports/report.md, instead of JSON on stdout.
      const out = join(tmp, 'md-out');
      const r = await measure(verifyArgs(target, corpus.extendTo(tp.articles).shards, [], out), {
        cwd: ROOT, stdoutPath: '/dev/null', timeoutS: opts.timeout, statsFile: statsPath(tmp, 'markdown'),
      });
      const mdBytes = existsSync(join(out, 'report.md')) ? statSync(join(out, 'report.md')).size : 0;
      result.markdown = { articles: tp.articles, bytes: tp.bytes, seconds: r.seconds, rssMB: r.rssMB, reportBytes: mdBytes, status: r.timedOut ? 'timeout' : r.code === 0 || r.code === 1 ? 'ok' : 'failed' };
      const md = result.markdown;
      log(`default output (terminal + report.md, ${tp.articles.toLocaleString('en-US')} articles): ${md.seconds.toFixed(2)} s, ${(md.bytes / MB / md.seconds).toFixed(2)} MB/s, peak RSS ${md.rssMB?.toFixed(0) ?? '?'} MiB, report.md ${(md.reportBytes / MB).toFixed(1)} MB (${md.status})`);
    }

    result.stages = await stages(b, corpus.extendTo(chronoOn.articles).shards);
    const st = result.stages;
    if (st.analyze) log(`per-article half alone (ingest + extract, one thread, ${st.analyze.articles.toLocaleString('en-US')} articles): ${(st.analyze.bytes / MB / st.analyze.seconds).toFixed(2)} MB/s, ${(st.analyze.articles / st.analyze.seconds).toFixed(0)} articles/s`);
    log(st.combine ? `cross-article half (publication days, normalize, events, compare) on them: ${st.combine.seconds.toFixed(2)} s` : `cross-article half: ${st.error}`);

    const help = spawnSync(process.execPath, [target.cli, '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout ?? '';
    const largest = done.at(-1);
    if (!help.includes('--jobs')) result.jobs = { absent: true };
    else if (largest) {
      const one = await runSize(b, largest.articles, ['--jobs', '1']);
      result.jobs = { articles: largest.articles, defaultRow: largest, one };
      log(`${describe(one)} (default: ${largest.seconds.toFixed(2)} s, ${largest.rssMB?.toFixed(0) ?? '?'} MiB)`);
    }
    if (opts.profile) {
      const runs = [['cold start: sources/ (5 articles)', ['sources'], 'cold'], [`${opts.profile.toLocaleString('en-US')} articles`, corpus.extendTo(opts.profile).shards, 'size']];
      result.profiles = [];
      for (const [label, paths, name] of runs) {
        result.profiles.push({ label, ...(await profile(b, paths, name)) });
        log(`profiled ${label}`);
      }
    }

    result.machine.loadEnd = loadavg()[0];
    const md = renderReport(result);
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(join(ROOT, 'reports', 'bench.md'), md);
    log(`\n${md}\nwritten to reports/bench.md`);
  } finally {
    cleanup();
  }
}

/** Size and events of a corpus prefix without writing it, for sizes not run (bytes extrapolated from the last written). */
function corpusFigures(corpus, n, basis) {
  const perArticle = basis.bytes / basis.articles;
  return { bytes: Math.round(perArticle * n), events: Math.round((basis.events / basis.articles) * n), estimated: true };
}

await main();
