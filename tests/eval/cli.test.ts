// `verify eval` through the built binary (tests/globalSetup.ts builds it): real exit codes and output.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { HAVE_SHARED, SEEDS, removeTemps, tempTree, warnIfNoShared } from './helpers.js';

afterAll(removeTemps);
warnIfNoShared('`verify eval` on the seed folder');

const verify = (...args: string[]) => runCli(args);

const ARTICLE = 'The rocket flew 500 km on 6 January 2025, officials said.\n';
// One source, so no cross-source conflict is possible; the wanted text is in no report: recall 0 (0/1).
const GOLD = `claims:
  - key: launch.origin
    verdict: single-source
    values:
      - { source: a, text: "xyzzy plugh" }
`;

function folder(gold = GOLD, files: Record<string, string> = { 'articles/a.txt': ARTICLE }): string {
  return tempTree({ 'gold.yaml': gold, ...files });
}

describe('verify eval', () => {
  it('exits 0 and prints a folder line and an overall line when every bound holds', () => {
    const dir = folder();
    const r = verify('eval', dir, '--min-pairing', '1', '--min-verdict', '1', '--max-false-conflicts', '0');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^.+: recall 0\.00 \(0\/1\) pairing 1\.00 \(0\/0\) verdict 1\.00 \(0\/0\) false-conflicts 0 internal-conflicts \d+ provenance-errors \d+\/\d+$/);
    expect(lines[1]).toMatch(/^overall: recall 0\.00 \(0\/1\) .* provenance-errors \d+\/\d+$/);
  });

  it('exits 1 and names the figure when a bound is missed', () => {
    const r = verify('eval', folder(), folder(), '--min-recall', '0.5');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^overall: recall 0\.00 \(0\/2\) .* SHORT: recall$/);
  });

  it('lists each miss with --verbose', () => {
    const r = verify('eval', folder(), '--verbose');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n  missed      launch.origin@a: "xyzzy plugh"\n');
  });

  it('prints machine-readable scores with --format json', () => {
    const r = verify('eval', folder(), '--format', 'json', '--min-recall', '0.5');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.folders[0]).toMatchObject({ recall: 0, found: 0, wanted: 1, misses: { recall: ['launch.origin@a: "xyzzy plugh"'] } });
    expect(json.overall).toMatchObject({ recall: 0, found: 0, wanted: 1 });
    expect(json).toMatchObject({ bounds: { minRecall: 0.5 }, short: ['recall'], pass: false });
  });

  // The pipeline quotes "500 km" on line 1; the gold's 500 stands on line 2, where nothing is quoted.
  const ELSEWHERE = folder(
    `event: "a rocket flight"
claims:
  - key: launch.distance
    verdict: single-source
    values:
      - { source: a, text: "the 500 figure", value: 500, unit: km }
`,
    { 'articles/a.txt': `${ARTICLE}Officials repeated the 500 figure later.\n` },
  );

  it('counts a reported value only where its quote overlaps the gold text, by default', () => {
    const r = verify('eval', ELSEWHERE, '--verbose');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^.+: recall 0\.00 \(0\/1\) /);
    expect(r.stdout).toContain('\n  missed      launch.distance@a: "the 500 figure"\n');
  });

  it('matches by text wherever it stands with --loose, and says so in JSON', () => {
    expect(verify('eval', ELSEWHERE, '--loose').stdout).toMatch(/^.+: recall 1\.00 \(1\/1\) /);
    expect(JSON.parse(verify('eval', ELSEWHERE, '--loose', '--format', 'json').stdout)).toMatchObject({ matching: 'loose', lenient: false });
    expect(JSON.parse(verify('eval', ELSEWHERE, '--lenient', '--format', 'json').stdout)).toMatchObject({ matching: 'strict', lenient: true });
  });

  it('documents --loose and --lenient in --help', () => {
    const help = verify('eval', '--help').stdout;
    expect(help).toMatch(/--loose +match by text \(score-gold\.mjs without --strict\)/);
    expect(help).toMatch(/--lenient +let a gold conflict be reported as a variance/);
    expect(help).toContain('only where its quote overlaps the gold text');
  });

  it.skipIf(!HAVE_SHARED)('scores the seed folder', () => {
    const r = verify('eval', SEEDS);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^.*seeds: recall \d\.\d\d \(\d+\/19\) pairing .*\noverall: recall .*\n$/);
  });

  type Bad = [name: string, args: () => string[], message: RegExp];
  it.each<Bad>([
    ['a folder that does not exist', () => ['eval', join(folder(), 'nope')], /^verify: .*nope: no such folder\n$/],
    ['a folder without articles/', () => ['eval', folder(GOLD, {})], /^verify: .*articles: no such folder \(eval wants DIR\/articles\/ and DIR\/gold\.yaml\)\n$/],
    ['a folder without gold.yaml', () => ['eval', tempTree({ 'articles/a.txt': ARTICLE })], /^verify: .*gold\.yaml: no such file/],
    ['an empty articles/', () => ['eval', folder(GOLD, { 'articles/notes.csv': 'x' })], /^verify: .*articles: no article files/],
    ['bad YAML in gold.yaml', () => ['eval', folder('claims:\n  - key: a\n    values: [unclosed\n')], /^verify: .*gold\.yaml:4: invalid YAML/],
    ['an event text that is not text in gold.yaml', () => ['eval', folder(`event: [a, b]\n${GOLD}`)], /^verify: .*gold\.yaml:1: event: event must be a string, not a list\n$/],
    [
      'an unknown verdict in gold.yaml',
      () => ['eval', folder(GOLD.replace('single-source', 'agreed'))],
      /^verify: .*gold\.yaml:3: claims\[0\]\.verdict: unknown verdict 'agreed'; allowed: agree, conflict, variance, single-source\n$/,
    ],
    ['a threshold out of range', () => ['eval', folder(), '--min-recall', '80'], /^verify: option '--min-recall <r>' argument '80' is invalid\. expected a number from 0 to 1 \(verify eval --help shows the usage\)\n$/],
    ['a negative count', () => ['eval', folder(), '--max-false-conflicts', '-1'], /^verify: .* expected a whole number, 0 or more \(verify eval --help shows the usage\)\n$/],
  ])('exits 2 on %s', (_name, args, message) => {
    const r = verify(...args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
