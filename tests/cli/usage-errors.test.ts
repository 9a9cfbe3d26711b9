// Commander's own usage errors through the real CLI, for the program and every command: one line `verify: …` with a
// hint naming the help to read, exit 2, nothing on stdout. Never commander's `error: …`, never the whole help.
import { describe, expect, it } from 'vitest';
import { usageErrorLine } from '../../src/cli/usageErrors.js';
import { runCli } from '../helpers/cli.js';

describe('usage errors through the CLI', () => {
  it.each([
    [['--bogus'], "verify: unknown option '--bogus' (verify --help lists the options)"],
    [['--ot', 'x'], "verify: unknown option '--ot'; did you mean --out? (verify --help lists the options)"],
    [['--out'], "verify: option '--out <dir>' argument missing (verify --help shows the usage)"],
    [['--fail-on', 'sometimes'], "verify: option '--fail-on <level>' argument 'sometimes' is invalid. Allowed choices are conflict, variance, never (verify --help shows the usage)"],
    [['--as-of', 'May 5'], "verify: option '--as-of <date>' argument 'May 5' is invalid. expected a date as YYYY-MM-DD (verify --help shows the usage)"],
    [['baseline', '--bogus'], "verify: unknown option '--bogus' (verify baseline --help lists the options)"],
    [['baseline', '--jobs', 'many'], "verify: option '--jobs <n>' argument 'many' is invalid. expected a whole number of threads (0 = by input size) (verify baseline --help shows the usage)"],
    [['extract', '--bogus'], "verify: unknown option '--bogus' (verify extract --help lists the options)"],
    [['extract', '--format', 'xml'], "verify: option '--format <format>' argument 'xml' is invalid. Allowed choices are yaml, jsonl (verify extract --help shows the usage)"],
    [['explain'], "verify: missing required argument 'finding-id' (verify explain --help shows the usage)"],
    [['explain', 'x', '--bogus'], "verify: unknown option '--bogus' (verify explain --help lists the options)"],
    [['eval'], "verify: missing required argument 'dirs' (verify eval --help shows the usage)"],
    [['eval', 'x', '--min-recall', '2'], "verify: option '--min-recall <r>' argument '2' is invalid. expected a number from 0 to 1 (verify eval --help shows the usage)"],
    [['help', 'nosuch'], "verify: unknown command 'nosuch' (verify help lists the commands)"],
    [['help', '--bogus'], "verify: unknown option '--bogus' (verify help --help lists the options)"],
    [['help', 'extract', 'more'], "verify: too many arguments for 'help'. Expected 1 argument but got 2 (verify help --help shows the usage)"],
  ])('verify %j', (args, line) => {
    const r = runCli(args);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.code).toBe(2);
  });

  it.each([[[]], [['extract']], [['help']]])('verify help %j prints help on stdout, exit 0', (args) => {
    const r = runCli(['help', ...args]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: verify /);
  });
});

describe('usageErrorLine', () => {
  it('keeps a control character in what the user typed from reaching the terminal', () => {
    expect(usageErrorLine('verify', "error: unknown option '--a\u001b[31m'\n")).toBe("verify: unknown option '--a?[31m' (verify --help lists the options)\n");
  });
});
