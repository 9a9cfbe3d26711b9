// The Markdown report as an editor reads it, end to end through the built CLI: the first screen answers "can we
// publish?", then claims by sources, then details folded; quantity disagreements get a number line beside the report.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

const CLAIMS = join(ROOT, 'claims');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh working folder holding a copy of `from` as `name`/. */
function workspace(from: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-read-'));
  made.push(dir);
  cpSync(from, join(dir, name), { recursive: true });
  return dir;
}

interface JsonValue {
  source: string;
  text: string;
  line: number;
}
interface Json {
  sources: { id: string; path: string }[];
  findings: { id: string; claim: string; verdict: string; values: JsonValue[] }[];
  summary: { conflict: number };
}

/** Escaped as the Markdown report escapes article text. */
const escaped = (text: string) => text.replace(/[\\`*_[\]<>|&~$#]/g, '\\$&');
const firstScreen = (md: string) => md.split('\n').slice(0, 40).join('\n');
const figuresIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe('the bundled demo (sources/)', () => {
  const dir = workspace(join(ROOT, 'sources'), 'sources');
  const run = runCli(['sources', '--claims', CLAIMS], { cwd: dir });
  const json = JSON.parse(runCli(['sources', '--claims', CLAIMS, '--format', 'json'], { cwd: dir }).stdout) as Json;
  const md = readFileSync(join(dir, 'reports', 'report.md'), 'utf8');
  const conflicts = json.findings.filter((finding) => finding.verdict === 'conflict');
  const pathOf = (id: string) => json.sources.find((source) => source.id === id)!.path;

  it('shows one real contradiction on a first run: exit 1, exactly one conflict', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(json.summary.conflict).toBe(1);
    expect(conflicts).toHaveLength(1);
    expect(run.stdout).toContain('✖ 1 conflict in 5 sources');
  });

  it("prints what the README's 'What you will see' shows", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### What you will see'));
    const shown = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4) + 1);
    expect(run.stdout).toBe(shown);
  });

  it('has the verdict and every quote of the conflict, with path:line and the value marked, on the first screen', () => {
    const top = firstScreen(md);
    expect(top).toContain('❌ 1 contradiction');
    for (const value of conflicts[0].values) {
      expect(top).toContain(`${pathOf(value.source)}:${value.line}`);
      expect(top).toContain(`**${escaped(value.text)}**`);
    }
    // A sentence around each quote, not the quote alone.
    expect(top).toContain('the missile travelled **around 1,100km (684 miles)** during a flight');
  });

  it('shows a matrix of claims by sources with marks that need no colour, and a legend', () => {
    const matrix = md.slice(md.indexOf('## Claims by source'), md.indexOf('## Details'));
    expect(matrix).toContain('✓ agrees · ≈ varies within rounding · ✗ conflicts · ○ only this source states it · — not stated');
    const distance = matrix.split('\n').find((line) => line.startsWith('| distance flown |'))!;
    expect(distance.match(/✗/g)).toHaveLength(4);
    expect(distance).toContain('| — |');
    expect(matrix).toMatch(/\| missile type \|.*✓ medium-range ballistic missile/);
  });

  it('folds the long parts in <details>', () => {
    const details = md.slice(md.indexOf('## Details'));
    expect(details).toMatch(/<details><summary>✓ \d+ claims agree<\/summary>[^]*?<\/details>/);
    expect(md).toMatch(/<details><summary>\d+ background events<\/summary>/);
  });

  it('writes a number line for the quantity conflict beside report.md and links it', () => {
    const figures = figuresIn(join(dir, 'reports', 'report-figures'));
    expect(figures).toHaveLength(1);
    expect(md).toContain(`](report-figures/${figures[0]})`);
    const svg = readFileSync(join(dir, 'reports', 'report-figures', figures[0]), 'utf8');
    expect(svg).toContain('verify report figure');
    expect(svg).toContain('≈560 mi = 901 km');
    expect(run.stdout).toContain('1 number line written to reports/report-figures/');
  });

  it('writes byte-identical files on a second run without --timestamp, and the time only with it', () => {
    const figures = join(dir, 'reports', 'report-figures');
    const before = figuresIn(figures).map((name) => readFileSync(join(figures, name), 'utf8'));
    const again = runCli(['sources', '--claims', CLAIMS], { cwd: dir });
    expect(again.code).toBe(1);
    expect(readFileSync(join(dir, 'reports', 'report.md'), 'utf8')).toBe(md);
    expect(figuresIn(figures).map((name) => readFileSync(join(figures, name), 'utf8'))).toEqual(before);
    expect(md).not.toMatch(/Generated \d{4}-/);
    runCli(['sources', '--claims', CLAIMS, '--out', 'stamped', '--timestamp'], { cwd: dir });
    expect(readFileSync(join(dir, 'stamped', 'report.md'), 'utf8')).toMatch(/^# verify report.*\nGenerated \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\.\n/);
  });
});

describe('an event no claim pack knows (tests/cases/dam-no-pack)', () => {
  const dir = workspace(join(ROOT, 'tests', 'cases', 'dam-no-pack', 'articles'), 'articles');
  const run = runCli(['articles', '--claims', CLAIMS], { cwd: dir });
  const md = readFileSync(join(dir, 'reports', 'report.md'), 'utf8');

  it('says so on the first screen of the report, and what was compared instead', () => {
    const top = firstScreen(md);
    expect(top).toContain('No claim pack matched 1 Oct 2026');
    expect(top).toMatch(/Compared instead: a thing's measures, keyed by the thing \(.*length of the dam.*\)/);
    for (const where of ['articles/county-herald.txt:5', 'articles/explainer.txt:7', 'articles/valley-wire.txt:3']) expect(top).toContain(where);
  });

  it('says so in the terminal', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/note: no claim pack matched 1 Oct 2026; compared instead: .*length of the dam/);
  });
});

describe('the figures folder', () => {
  const marker = '<!-- verify report figure: an earlier run -->\n<svg xmlns="http://www.w3.org/2000/svg"/>\n';

  it('loses the figures of an earlier run that the report no longer has, and keeps files verify did not write', () => {
    const dir = workspace(join(ROOT, 'sources'), 'sources');
    const figures = join(dir, 'reports', 'report-figures');
    mkdirSync(figures, { recursive: true });
    writeFileSync(join(figures, 'old-finding.svg'), marker);
    writeFileSync(join(figures, 'mine.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
    writeFileSync(join(figures, 'notes.txt'), 'mine\n');
    expect(runCli(['sources', '--claims', CLAIMS], { cwd: dir }).code).toBe(1);
    const left = figuresIn(figures);
    expect(left).not.toContain('old-finding.svg');
    expect(left).toContain('mine.svg');
    expect(left).toContain('notes.txt');
    expect(left.filter((name) => name.endsWith('.svg'))).toHaveLength(2);
  });

  it('refuses to overwrite a file of the user at a figure name: exit 2, nothing written', () => {
    const dir = workspace(join(ROOT, 'sources'), 'sources');
    runCli(['sources', '--claims', CLAIMS, '--out', 'first'], { cwd: dir });
    const [name] = figuresIn(join(dir, 'first', 'report-figures'));
    const figures = join(dir, 'reports', 'report-figures');
    mkdirSync(figures, { recursive: true });
    writeFileSync(join(figures, name), 'my own drawing\n');
    const run = runCli(['sources', '--claims', CLAIMS], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^verify: reports: refusing to overwrite reports\/report-figures\/.*\.svg: verify did not write it/);
    expect(readFileSync(join(figures, name), 'utf8')).toBe('my own drawing\n');
    expect(existsSync(join(dir, 'reports', 'report.md'))).toBe(false);
  });
});
