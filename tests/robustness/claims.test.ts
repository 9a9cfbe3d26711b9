// A broken claims folder through the real CLI: exit 2, and one stderr line `verify: <file>:<line>: <reason>`.
// The loader's own tests cover the messages in depth; these prove the CLI passes them on intact.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, expectInputError, SOURCES, tempDir, writeTree } from './helpers.js';

afterAll(cleanup);

/** A valid units file the kinds below refer to. */
const UNITS = `units:
  - id: km
    dimension: length
    factor: 1000
    names: [km, kilometers]
`;

/** A file with one valid kind; `edit` changes its text, `extra` adds lines inside the kind. */
function kind(edit: (s: string) => string = (s) => s, extra = ''): string {
  return edit(`kinds:
  - key: launch.distance
    label: distance flown
    type: quantity
    dimension: length
    cues: [flew, flight]
${extra}`);
}

/** `places` places of `each` aliases apiece, all in one file. */
const aliases = (places: number, each: number) =>
  `places:\n${Array.from({ length: places }, (_, p) => `  - name: Place ${p}\n    aliases:\n${Array.from({ length: each }, (_, i) => `      - alias ${p} ${i}`).join('\n')}`).join('\n')}\n`;

const cases: [name: string, bad: string, line: number, reason: RegExp][] = [
  ['a YAML syntax error', 'kinds:\n  - key: a.b\n    label: [unclosed\n', 4, /invalid YAML/],
  ['a value of the wrong type', kind((s) => s.replace('distance flown', '12')), 3, /label must be a string, not number 12/],
  ['an unknown value type', kind((s) => s.replace('type: quantity', 'type: amount')), 4, /unknown type 'amount'; allowed: quantity, date, time, place, category/],
  ['a duplicate key', 'units: []\nunits: []\n', 2, /invalid YAML: duplicated mapping key/],
  ['a __proto__ key', kind(undefined, '    __proto__: {polluted: true}\n'), 7, /reserved key '__proto__'/],
  ['a constructor key', kind(undefined, '    constructor: {prototype: {polluted: true}}\n'), 7, /reserved key 'constructor'/],
  ['an empty cue, which would match everywhere', kind((s) => s.replace('[flew, flight]', '\n      - flew\n      - ""')), 8, /cue is empty/],
  ['a one-character cue', kind((s) => s.replace('[flew, flight]', '\n      - flew\n      - a')), 8, /cue 'a' is shorter than 2 characters/],
  [
    'a phrase in two states of a statement',
    'kinds:\n  - key: airport.flights\n    label: flights\n    type: statement\n    states:\n      - { id: cancelled, label: cancelled, phrases: [flights cancelled] }\n      - { id: running, label: running, phrases: [flights canceled] }\n',
    7,
    /phrase 'flights canceled' \(read as 'flights cancelled'\) is in two states of kind 'airport.flights'/,
  ],
  ['one alias list past the documented limit', aliases(1, 10_001), 3, /places\[0\]\.aliases: aliases has 10001 items; the limit is 10000/],
  // Three lists of 4,000: the 10,001st alias of the file is the 2,001st of the third place, on line 2 + 4,002 * 2 + 2 + 2,000.
  ['more aliases in one file than the documented limit', aliases(3, 4_000), 10_008, /more than 10000 aliases in one file \(the limit\)/],
];

describe('a broken claims folder stops the run with file:line', () => {
  it.each(cases)('%s', (_name, bad, line, reason) => {
    const dir = writeTree(tempDir('claims'), { 'claims/a-units.yaml': UNITS, 'claims/bad.yaml': bad });
    const r = cli([SOURCES, '--claims', `${dir}/claims`, '--replace-claims', '--format', 'json'], { cwd: dir });
    // The loader names the field before the reason: `kinds[0].cues[1]: cue is empty`.
    expectInputError(r, new RegExp(`^verify: claims/bad\\.yaml:${line}: (?:[\\w.[\\]]+: )?${reason.source}`));
  });

  it('a claims folder with no YAML in it', () => {
    const dir = writeTree(tempDir('claims'), { 'claims/readme.txt': 'x' });
    expectInputError(cli([SOURCES, '--claims', `${dir}/claims`, '--replace-claims'], { cwd: dir }), /claims: no claim definitions \(\*\.yaml\) in this folder$/);
  });

  it('a claims file that is not text', () => {
    const dir = writeTree(tempDir('claims'), { 'claims/a.yaml': Uint8Array.from({ length: 512 }, (_, i) => i % 7) });
    expectInputError(cli([SOURCES, '--claims', `${dir}/claims`, '--replace-claims'], { cwd: dir }), /claims\/a\.yaml: cannot read as text: not a text file$/);
  });

  it('an empty claims file is a placeholder, not an error', () => {
    const dir = writeTree(tempDir('claims'), { 'claims/a.yaml': '', 'claims/b.yaml': UNITS + kind().replace('kinds:', '\nkinds:') });
    const r = cli([SOURCES, '--claims', `${dir}/claims`, '--replace-claims', '--format', 'json'], { cwd: dir });
    // Only the line saying which claim definitions were loaded: no warning, no error.
    expect(r.stderr).toBe('verify: claims: only claims/a.yaml + claims/b.yaml\n');
    expect([0, 1]).toContain(r.code);
  });
});
