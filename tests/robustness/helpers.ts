// Shared by the robustness tests: temporary folders, a CLI runner that can drop privileges, the provenance and
// order-free checks, and seeded fast-check settings that can be replayed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import type { JsonReport } from '../../src/report/index.js';

export { ROOT };
export const CLAIMS = join(ROOT, 'claims');
export const SOURCES = join(ROOT, 'sources');

/** True when the tests run as root, where file permissions do not stop reads. */
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
/** The unprivileged user root runs the CLI as, to test what permissions do. */
export const NOBODY = 65534;

const made: string[] = [];

/** A fresh temporary folder (world-readable, so an unprivileged run can use it); removed by cleanup(). */
export function tempDir(label = 'robust'): string {
  const dir = mkdtempSync(join(tmpdir(), `verify-${label}-`));
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (text or bytes) under `dir`, creating folders on the way. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the run had to be killed: a hang, which no test accepts. */
  error?: string;
}

/**
 * Runs the built CLI with the shipped claims unless `--claims` is given. `uid` runs it as another user (root only).
 * The time limit only guards against a hang; tests never assert how fast a run is.
 */
export function cli(args: string[], options: { cwd?: string; uid?: number; env?: Record<string, string> } = {}): CliResult {
  const withClaims = args.includes('--claims') ? args : [...args, '--claims', CLAIMS];
  const r = spawnSync(process.execPath, [CLI, ...withClaims], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    // GitHub Actions' variables cleared: inside a workflow, runs must print what they print elsewhere.
    env: { ...process.env, NO_COLOR: '1', VERIFY_DEBUG: '', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...options.env },
    uid: options.uid,
    gid: options.uid,
    timeout: 240_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error?.message };
}

/** A failed run: exit 2, no stack trace, and stderr's last line is the one error line, matching `pattern`. */
export function expectInputError(r: CliResult, pattern: RegExp): void {
  expect(r.error).toBeUndefined();
  expectNoStackTrace(r);
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  const last = lines[lines.length - 1];
  expect(last).toMatch(/^verify: /);
  expect(last).toMatch(pattern);
  expect(lines.filter((l) => !l.startsWith('verify: warning: ')), r.stderr).toHaveLength(1);
  expect(r.stdout).toBe('');
}

/** A run that checked something: exit 0 or 1, JSON on stdout, and each warning line matching one of `warnings`. */
export function expectProcessed(r: CliResult, warnings: RegExp[] = []): JsonReport {
  expect(r.error).toBeUndefined();
  expectNoStackTrace(r);
  expect([0, 1], r.stderr).toContain(r.code);
  const lines = r.stderr.split('\n').filter(Boolean);
  for (const line of lines) expect(line).toMatch(/^verify: warning: /);
  for (const w of warnings) expect(lines.some((l) => w.test(l)), `no warning matching ${w} in:\n${r.stderr}`).toBe(true);
  expect(lines, r.stderr).toHaveLength(warnings.length);
  const report = JSON.parse(r.stdout) as JsonReport;
  expect(report.sources.length).toBeGreaterThan(0);
  return report;
}

export function expectNoStackTrace(r: CliResult): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/internal error|TypeError|RangeError|SyntaxError|ReferenceError/);
}

// ---- provenance ----

/** Offsets where each line starts: lines split on \n, as the report's line numbers are. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Every quoted value stands verbatim in its source's text at its line and column (column = JS string index within
 * the line + 1). `texts` maps a source's path to the text the pipeline read (decoded, BOM dropped).
 */
export function expectQuotesVerbatim(report: JsonReport, texts: Map<string, string>): number {
  const pathOf = new Map(report.sources.map((s) => [s.id, s.path]));
  const starts = new Map<string, number[]>();
  let checked = 0;
  for (const finding of report.findings)
    for (const v of finding.values) {
      const path = pathOf.get(v.source);
      const text = path === undefined ? undefined : texts.get(path);
      expect(text, `source ${v.source} of ${finding.id} has no text`).toBeDefined();
      if (!starts.has(path!)) starts.set(path!, lineStarts(text!));
      const lines = starts.get(path!)!;
      expect(v.line, `${finding.id}: line ${v.line}`).toBeGreaterThanOrEqual(1);
      expect(v.line).toBeLessThanOrEqual(lines.length);
      expect(v.column).toBeGreaterThanOrEqual(1);
      expect(v.text.length, `${finding.id}: empty quote`).toBeGreaterThan(0);
      const at = lines[v.line - 1] + v.column - 1;
      const lineEnd = v.line < lines.length ? lines[v.line] : text!.length + 1;
      expect(at, `${finding.id}: column ${v.column} past the end of line ${v.line}`).toBeLessThan(lineEnd);
      expect(text!.slice(at, at + v.text.length), `${finding.id} in ${path}:${v.line}:${v.column}`).toBe(v.text);
      checked++;
    }
  return checked;
}

/**
 * The report with everything that may legitimately follow input order put in a canonical order: sources by id,
 * each event's sources, events by id, findings by id, each finding's values by place in the text.
 */
export function orderFree(report: JsonReport): unknown {
  const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    ...report,
    sources: [...report.sources].sort(byKey((s) => s.id)),
    events: report.events.map((e) => ({ ...e, sources: [...e.sources].sort() })).sort(byKey((e) => e.id)),
    findings: report.findings
      .map((f) => ({ ...f, values: [...f.values].sort(byKey((v) => `${v.source}\0${String(v.line).padStart(9, '0')}\0${String(v.column).padStart(9, '0')}\0${v.text}`)) }))
      .sort(byKey((f) => f.id)),
  };
}

// ---- seeded property runs ----

/** Fixed unless FUZZ_SEED says otherwise; a failure prints it (and fast-check's path) so it can be replayed. */
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20260322;
/** Multiplies every property's number of runs: FUZZ_SCALE=10 for a long local hunt. */
const FUZZ_SCALE = process.env.FUZZ_SCALE ? Number(process.env.FUZZ_SCALE) : 1;

/** Runs a property with the suite's seed; `runs` inputs (times FUZZ_SCALE). Returns the number of runs. */
export function checkProperty<T>(property: fc.IPropertyWithHooks<T> | fc.IProperty<T>, runs: number): number {
  const numRuns = Math.max(1, Math.round(runs * FUZZ_SCALE));
  try {
    fc.assert(property, { seed: FUZZ_SEED, numRuns, path: process.env.FUZZ_PATH || undefined, includeErrorInReport: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`property failed with FUZZ_SEED=${FUZZ_SEED}; replay with FUZZ_SEED=${FUZZ_SEED} FUZZ_PATH=<path below>\n${message}`, { cause: err });
  }
  return numRuns;
}
