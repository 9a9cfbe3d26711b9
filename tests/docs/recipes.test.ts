// The CI recipes in docs/ci/ are copied by users as they are: each must parse, and its verify command must run with
// the options it names and leave the files its later steps upload.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import { cleanup, tempDir } from '../robustness/helpers.js';

afterAll(cleanup);

/** The `npx verify …` command lines of a recipe, as argument lists. */
function verifyCommands(recipe: string): string[][] {
  const text = readFileSync(join(ROOT, 'docs', 'ci', recipe), 'utf8');
  const commands: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') commands.push(...node.split('\n').filter((line) => line.trim().startsWith('npx verify ')));
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(yaml.load(text));
  return commands.map((line) => line.trim().split(/\s+/).slice(2));
}

/** A workspace with the bundled sample articles as coverage/, where the recipes look for them. */
function workspace(): string {
  const dir = tempDir('recipe');
  cpSync(join(ROOT, 'sources'), join(dir, 'coverage'), { recursive: true });
  return dir;
}

describe('CI recipes', () => {
  it('GitHub Actions: annotations on stdout, the Markdown, JSON and SARIF reports in reports/ for the upload steps', () => {
    const [args] = verifyCommands('github-actions.yml');
    const dir = workspace();
    const summary = join(dir, 'summary.md');
    const r = runCli(args, { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect([0, 1]).toContain(r.code);
    for (const file of ['report.md', 'report.json', 'report.sarif']) expect(existsSync(join(dir, 'reports', file))).toBe(true);
    const workflow = yaml.load(readFileSync(join(ROOT, 'docs', 'ci', 'github-actions.yml'), 'utf8')) as { jobs: { verify: { steps: { with?: Record<string, string> }[] } } };
    const sarifStep = workflow.jobs.verify.steps.find((s) => s.with?.sarif_file);
    expect(sarifStep?.with?.sarif_file).toBe('reports/report.sarif');
    // Every finding that fails the job is annotated.
    const conflicts = JSON.parse(readFileSync(join(dir, 'reports', 'report.json'), 'utf8')).summary.conflict;
    expect((r.stdout.match(/^::error /gm) ?? []).length).toBe(Math.min(conflicts, 10));
    expect(existsSync(summary)).toBe(true);
  });

  it('GitLab CI: the JUnit report it names, and the Markdown and SARIF reports', () => {
    const [args] = verifyCommands('gitlab-ci.yml');
    const dir = workspace();
    const r = runCli(args, { cwd: dir });
    expect([0, 1]).toContain(r.code);
    const job = (yaml.load(readFileSync(join(ROOT, 'docs', 'ci', 'gitlab-ci.yml'), 'utf8')) as { verify: { artifacts: { reports: { junit: string } } } }).verify;
    expect(existsSync(join(dir, job.artifacts.reports.junit))).toBe(true);
    for (const file of ['report.md', 'report.sarif']) expect(existsSync(join(dir, 'reports', file))).toBe(true);
  });
});
