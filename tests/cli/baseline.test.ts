// Baselines (issue 16, item 3): `verify baseline` records today's conflicts and variances; a later run passes on
// them, fails on a new one, reports an entry that matches nothing as stale, and keeps reasons when rewritten.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { readBaseline } from '../../src/cli/baseline.js';
import { applyBaseline, baselineEntries, formatReport, toJsonReport } from '../../src/report/index.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import { cleanup, tempDir } from '../robustness/helpers.js';
import { seedReport } from '../report/fixtures.js';

afterAll(cleanup);

const CONFLICT = join(ROOT, 'tests/cases/conflicting-distance/articles');
const FP = 'a'.repeat(64);

/** A project with the two conflicting articles under articles/. */
function project(): string {
  const dir = tempDir('baseline');
  cpSync(CONFLICT, join(dir, 'articles'), { recursive: true });
  return dir;
}

const json = (stdout: string) => JSON.parse(stdout);

function errorOf(text: string, requireReasons = false): string {
  try {
    readBaseline('verify-baseline.yaml', text, { requireReasons });
  } catch (err) {
    return (err as { format(): string }).format();
  }
  throw new Error('no error');
}

describe('the baseline file', () => {
  it('reads what `verify baseline` writes', () => {
    const entries = readBaseline(
      'b.yaml',
      `version: 1\nfindings:\n  - fingerprint: ${FP}\n    event: "2025-06-09"\n    claim: launch.distance\n    verdict: conflict\n    quotes:\n      - { source: a, text: about 600 km }\n    reason: corrected later\n`,
    );
    expect(entries).toEqual([{ fingerprint: FP, event: '2025-06-09', claim: 'launch.distance', verdict: 'conflict', quotes: [{ source: 'a', text: 'about 600 km' }], reason: 'corrected later', line: 3 }]);
  });

  it.each([
    ['an unknown key', `findings:\n  - fingerprint: ${FP}\n    event: e\n    claim: c\n    verdict: conflict\n    note: x\n`, /^verify-baseline\.yaml:6: findings\[0\]: unknown key 'note' in a baseline entry; allowed keys: fingerprint, event, claim, verdict, quotes, reason$/],
    ['a fingerprint not written by verify', 'findings:\n  - fingerprint: abc\n    event: e\n    claim: c\n    verdict: conflict\n', /^verify-baseline\.yaml:2: findings\[0\]\.fingerprint: fingerprint must be 64 hexadecimal digits/],
    ['a verdict a baseline cannot hold', `findings:\n  - fingerprint: ${FP}\n    event: e\n    claim: c\n    verdict: agree\n`, /^verify-baseline\.yaml:5: findings\[0\]\.verdict: unknown verdict 'agree'; allowed: conflict, variance$/],
    ['another version', 'version: 2\nfindings: []\n', /^verify-baseline\.yaml:1: version: unknown baseline version 2/],
  ])('%s is one line naming the file and the line', (_name, text, expected) => {
    expect(errorOf(text)).toMatch(expected);
  });

  it('with --require-reasons, an entry without a reason is an error at its line', () => {
    const text = `findings:\n  - fingerprint: ${FP}\n    event: e\n    claim: c\n    verdict: conflict\n    reason: ""\n`;
    expect(errorOf(text, true)).toMatch(/^verify-baseline\.yaml:6: findings\[0\]\.reason: this entry gives no reason, and --require-reasons asks for one$/);
    expect(readBaseline('b.yaml', text)[0].reason).toBe('');
  });
});

describe('a run with a baseline', () => {
  it('passes on the recorded conflict, fails on a new one, and reports a stale entry', () => {
    const dir = project();
    const written = runCli(['baseline', 'articles'], { cwd: dir });
    expect(written.stdout).toBe('baseline written to verify-baseline.yaml: 1 finding\n');
    expect(written.code).toBe(0);
    // Old findings pass.
    const old = runCli(['articles', '--format', 'json'], { cwd: dir });
    expect(old.code).toBe(0);
    expect(json(old.stdout).baseline.accepted).toEqual([{ finding: '2025-06-09/launch.distance', reason: '' }]);
    // Moving the text down a line changes no fingerprint.
    const a = join(dir, 'articles', 'a.txt');
    writeFileSync(a, `\n\n${readFileSync(a, 'utf8')}`);
    expect(runCli(['articles', '--format', 'json'], { cwd: dir }).code).toBe(0);
    // A new conflict fails the run: the distance that b now reports is another conflict.
    const b = join(dir, 'articles', 'b.txt');
    writeFileSync(b, readFileSync(b, 'utf8').replace('900 km', '1,300 km'));
    const fresh = runCli(['articles', '--format', 'text'], { cwd: dir });
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toMatch(/✖ 1 new conflict in 2 sources/);
    // ...and the recorded one matches nothing any more: stale, at its line.
    expect(fresh.stderr).toMatch(/verify-baseline\.yaml:\d+: stale baseline entry: conflict on launch\.distance \(event 2025-06-09\) matches no finding any more/);
  });

  it('keeps a reason when the baseline is written again, and --require-reasons checks it', () => {
    const dir = project();
    runCli(['baseline', 'articles'], { cwd: dir });
    const file = join(dir, 'verify-baseline.yaml');
    expect(runCli(['articles', '--require-reasons', '--format', 'json'], { cwd: dir }).code).toBe(2);
    writeFileSync(file, readFileSync(file, 'utf8').replace('reason: ""', 'reason: Seoul revised its figure the next day'));
    const again = runCli(['baseline', 'articles'], { cwd: dir });
    expect(again.stdout).toBe('baseline written to verify-baseline.yaml: 1 finding (1 with a reason kept)\n');
    expect(readFileSync(file, 'utf8')).toContain('reason: Seoul revised its figure the next day');
    const checked = runCli(['articles', '--require-reasons'], { cwd: dir });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('in verify-baseline.yaml: Seoul revised its figure the next day');
  });

  it('--no-baseline ignores it; a named baseline that is missing is an error', () => {
    const dir = project();
    runCli(['baseline', 'articles'], { cwd: dir });
    expect(runCli(['articles', '--no-baseline', '--format', 'json'], { cwd: dir }).code).toBe(1);
    const missing = runCli(['articles', '--baseline', 'nope.yaml', '--format', 'json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^verify: nope\.yaml: cannot read the baseline: ENOENT\n$/);
  });
});

describe('what the formats say of an accepted finding', () => {
  const report = seedReport();
  const entries = baselineEntries(report);
  // The seed fixture's first conflict accepted; the other findings stay new.
  const baselined = applyBaseline(report, [{ ...entries[0], reason: 'checked by the desk' }], 'verify-baseline.yaml');
  const accepted = baselined.baseline!.accepted[0].finding;

  it('JSON lists it, valid against the schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const out = JSON.parse(JSON.stringify(toJsonReport(baselined)));
    expect(validate(out)).toBe(true);
    expect(out.baseline).toEqual({ file: 'verify-baseline.yaml', accepted: [{ finding: accepted, reason: 'checked by the desk' }], stale: [] });
    expect(toJsonReport(report)).not.toHaveProperty('baseline');
  });

  it('SARIF marks it unchanged and suppressed, the others new', () => {
    const results = JSON.parse(formatReport(baselined, 'sarif', { color: false })).runs[0].results;
    const mine = results.find((r: { properties: { findingId: string } }) => r.properties.findingId === accepted);
    expect(mine.baselineState).toBe('unchanged');
    expect(mine.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'accepted in verify-baseline.yaml: checked by the desk' }]);
    expect(results.filter((r: { baselineState: string }) => r.baselineState === 'new')).toHaveLength(results.length - 1);
  });

  it('Markdown: the verdict counts only what is new, and a section lists what the baseline accepted and what is stale', () => {
    const md = formatReport(baselined, 'md', { color: false });
    const conflicts = report.findings.filter((f) => f.verdict === 'conflict').length;
    expect(md).toContain(`**❌ ${conflicts - 1} new contradiction${conflicts - 1 === 1 ? '' : 's'}: check`);
    expect(md).toContain('(and 1 contradiction accepted in verify-baseline.yaml)');
    expect(md).toMatch(/## Accepted in verify-baseline\.yaml\n\n- conflict · .*: checked by the desk/);
    const stale = applyBaseline(report, [{ ...entries[0], fingerprint: 'f'.repeat(64), line: 7 }], 'verify-baseline.yaml');
    expect(formatReport(stale, 'md', { color: false })).toMatch(/1 entry of verify-baseline\.yaml matches no finding any more[^\n]*\n\n- verify-baseline\.yaml:7 · conflict · /);
  });

  it('JUnit skips it instead of failing; GitHub does not annotate it and says so', () => {
    const xml = formatReport(baselined, 'junit', { color: false });
    expect(xml).toContain('<skipped message="accepted in verify-baseline.yaml: checked by the desk"/>');
    expect(xml.match(/<failure /g)).toHaveLength((formatReport(report, 'junit', { color: false }).match(/<failure /g) ?? []).length - 1);
    const github = formatReport(baselined, 'github', { color: false });
    expect(github.match(/^::error /gm)).toHaveLength((formatReport(report, 'github', { color: false }).match(/^::error /gm) ?? []).length - 1);
    expect(github).toContain('::notice title=verify::1 finding accepted in verify-baseline.yaml, not annotated.');
  });
});
