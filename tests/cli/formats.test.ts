import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFormats, planOutputs } from '../../src/cli/outputs.js';
import { fitStepSummary, STEP_SUMMARY_LIMIT } from '../../src/cli/stepSummary.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';

// --format with several formats, --out, GitHub Actions' default and its step summary, end to end on a golden case
// folder with one known conflict.

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of a case's articles in a temporary folder: runs there write nowhere else. */
function workspace(name = 'conflicting-distance'): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-formats-'));
  made.push(dir);
  cpSync(join(ROOT, 'tests', 'cases', name, 'articles'), join(dir, 'articles'), { recursive: true });
  return dir;
}

/**
 * report.md written to a folder links the number lines written beside it; Markdown printed or appended elsewhere
 * (stdout, a step summary) has no figures beside it, so it links none and is otherwise the same.
 */
const withoutFigureLinks = (md: string) => md.replace(/ \[Number line\]\(report-figures\/[^)]*\)/g, '').replace(/\n\n!\[Number line [^\n]*/g, '');

const run = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  runCli(['articles', '--claims', join(ROOT, 'claims'), ...args], { cwd, env });

describe('--format with several formats', () => {
  it('writes report.md, report.json and report.sarif into --out and prints the summary; exit code by --fail-on', () => {
    const cwd = workspace();
    const r = run(cwd, ['--format', 'md,json,sarif', '--out', 'reports/']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['report-figures', 'report.json', 'report.md', 'report.sarif']);
    expect(r.stdout).toMatch(/^9 Jun 2025 — ballistic missile\n {2}✖ conflict {2}distance flown/);
    expect(r.stdout).toMatch(/✖ 1 conflict in 2 sources \(3 agree, 0 single-source\)\n1 number line written to reports\/report-figures\/\nreport written to reports\/report\.md\nreport written to reports\/report\.json\nreport written to reports\/report\.sarif\n$/);
    // Each file holds what that format alone prints (report.md with links to its figures).
    for (const [format, file] of [['md', 'report.md'], ['json', 'report.json'], ['sarif', 'report.sarif']]) {
      expect(withoutFigureLinks(readFileSync(join(cwd, 'reports', file), 'utf8'))).toBe(run(cwd, ['--format', format]).stdout);
    }
    expect(run(cwd, ['--format', 'md,json,sarif', '--out', 'reports/', '--fail-on', 'never']).code).toBe(0);
  });

  it('junit goes to report.xml, text to report.txt, github to stdout only; --out defaults to reports', () => {
    const cwd = workspace();
    const r = run(cwd, ['--format', 'junit,text,github']);
    expect(r.code).toBe(1);
    expect(readdirSync(join(cwd, 'reports')).sort()).toEqual(['report.txt', 'report.xml']);
    expect(r.stdout.split('\n')[0]).toMatch(/^::error file=articles\/a\.txt,line=1,/);
    expect(r.stdout).toContain('report written to reports/report.xml\nreport written to reports/report.txt\n');
    expect(readFileSync(join(cwd, 'reports', 'report.txt'), 'utf8')).not.toContain('\x1b');
  });

  it('one format and no --out: that format alone on stdout, no file', () => {
    const cwd = workspace();
    const r = run(cwd, ['--format', 'sarif']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).version).toBe('2.1.0');
    expect(readdirSync(cwd)).toEqual(['articles']);
  });

  it('one format with --out: the file written and the summary printed', () => {
    const cwd = workspace();
    const r = run(cwd, ['--format', 'junit', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(readdirSync(join(cwd, 'out'))).toEqual(['report.xml']);
    expect(r.stdout).toMatch(/✖ 1 conflict in 2 sources \(3 agree, 0 single-source\)\nreport written to out\/report\.xml\n$/);
  });

  it.each([['xml'], ['md,,json'], ['sarif,pdf']])('--format %s: one line listing the allowed formats, exit 2, nothing written', (formats) => {
    const cwd = workspace();
    const r = run(cwd, ['--format', formats]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/allowed: text, md, json, sarif, junit, github/);
    expect(readdirSync(cwd)).toEqual(['articles']);
  });
});

describe('on GitHub Actions', () => {
  it('without --format: annotations, then the usual summary and report.md', () => {
    const cwd = workspace();
    const r = run(cwd, [], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^::error file=articles\/a\.txt,line=1,endLine=1,col=85,endColumn=97,title=Distance flown — conflict/);
    expect(lines[1]).toBe('9 Jun 2025 — ballistic missile');
    expect(lines[2]).toMatch(/^ {2}✖ conflict {2}distance flown/);
    expect(r.stdout).toMatch(/report written to reports\/report\.md\n$/);
    expect(existsSync(join(cwd, 'reports', 'report.md'))).toBe(true);
    // Elsewhere, no workflow command.
    expect(run(cwd, []).stdout).not.toContain('::');
  });

  it('an explicit --format wins: JSON stays pure', () => {
    const cwd = workspace();
    const r = run(cwd, ['--format', 'json'], { GITHUB_ACTIONS: 'true' });
    expect(JSON.parse(r.stdout).summary.conflict).toBe(1);
  });

  it('appends the Markdown report to $GITHUB_STEP_SUMMARY after what the step wrote', () => {
    const cwd = workspace();
    const summary = join(cwd, 'step-summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const r = run(cwd, ['--out', 'out'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(r.stderr).toBe('');
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n\n${withoutFigureLinks(readFileSync(join(cwd, 'out', 'report.md'), 'utf8'))}`);
    // --format github alone appends it too; other formats do not.
    writeFileSync(summary, '');
    run(cwd, ['--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toMatch(/^# verify report/);
    writeFileSync(summary, '');
    run(cwd, ['--format', 'json'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toBe('');
  });

  it('keeps the step summary within 1 MiB, saying where it cut', () => {
    const cwd = workspace();
    const summary = join(cwd, 'step-summary.md');
    // An earlier step left room for less than the whole report.
    writeFileSync(summary, `${'x'.repeat(99)}\n`.repeat((STEP_SUMMARY_LIMIT - 1500) / 100));
    const before = statSync(summary).size;
    const r = run(cwd, ['--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(r.stderr).toBe('');
    const after = readFileSync(summary, 'utf8');
    expect(statSync(summary).size).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(statSync(summary).size).toBeGreaterThan(before);
    expect(after.slice(before)).toMatch(/^\n# verify report/);
    expect(after).toMatch(/The report was cut here\*\* to stay within the 1 MiB GitHub allows a step summary/);
  });

  it('a step summary that cannot be written costs a warning, not the run', () => {
    const cwd = workspace();
    const r = run(cwd, ['--format', 'github'], { GITHUB_STEP_SUMMARY: join(cwd, 'no-such-folder', 'summary.md') });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error /);
    expect(r.stderr).toMatch(/^verify: warning: .*summary\.md: cannot append the report to the step summary: no such file or folder \(ENOENT\)\n$/);
  });
});

describe('fitStepSummary', () => {
  const section = (i: number) => `## Event ${i}\n\n<details><summary>agree</summary>\n\n${'- ✓ a quote, “with” UTF-8\n'.repeat(40)}\n</details>\n`;
  const markdown = Array.from({ length: 40 }, (_, i) => section(i)).join('\n');

  it('leaves a report that fits as it is', () => {
    expect(fitStepSummary(markdown, Buffer.byteLength(markdown))).toBe(markdown);
  });

  it.each([5_000, 20_001, 40_000])('cuts at a line break within %i bytes, closes an open <details> and notes the cut', (budget) => {
    const fitted = fitStepSummary(markdown, budget);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(budget);
    expect(fitted).toMatch(/The report was cut here/);
    const kept = fitted.slice(0, fitted.indexOf('\n> **The report was cut here'));
    expect(markdown.startsWith(kept.replace(/\n<\/details>\n$/, ''))).toBe(true);
    expect((fitted.match(/^<details>/gm) ?? []).length).toBe((fitted.match(/^<\/details>/gm) ?? []).length);
    expect(fitted).not.toContain('\uFFFD');
  });

  it('is empty when not even the note fits', () => {
    expect(fitStepSummary(markdown, 50)).toBe('');
    expect(fitStepSummary(markdown, 0)).toBe('');
  });
});

describe('parseFormats and planOutputs', () => {
  it('reads a list, each name once, in order', () => {
    expect(parseFormats('md,json, sarif,md')).toEqual(['md', 'json', 'sarif']);
    expect(() => parseFormats('md,toString')).toThrow(/unknown format 'toString'; allowed: text, md, json, sarif, junit, github/);
  });

  it.each([
    [undefined, false, {}, { files: ['md'], printed: [], summary: true }],
    [undefined, false, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '/s' }, { files: ['md'], printed: ['github'], summary: true, stepSummary: '/s' }],
    [undefined, false, { GITHUB_ACTIONS: '1' }, { files: ['md'], printed: [], summary: true }],
    [['json'], false, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '/s' }, { files: [], printed: ['json'], summary: false }],
    [['json'], true, {}, { files: ['json'], printed: [], summary: true }],
    [['github'], false, { GITHUB_STEP_SUMMARY: '/s' }, { files: [], printed: ['github'], summary: false, stepSummary: '/s' }],
    [['github'], true, { GITHUB_STEP_SUMMARY: '' }, { files: [], printed: ['github'], summary: true }],
    [['md', 'github', 'junit'], false, {}, { files: ['md', 'junit'], printed: ['github'], summary: true }],
  ] as const)('formats %j, --out given %s, env %j', (formats, outGiven, env, expected) => {
    const plan = planOutputs(formats && [...formats], outGiven, env);
    expect({ ...plan, files: plan.files.map((f) => f.format) }).toEqual(expected);
  });
});
