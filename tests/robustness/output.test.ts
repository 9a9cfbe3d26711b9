// Output safety end to end: article text is inert in Markdown, cannot drive a terminal, and reports land atomically
// inside --out and nowhere else.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReportFile } from '../../src/cli/writeReport.js';
import { InputError } from '../../src/util/errors.js';
import { cleanup, cli, expectInputError, expectNoStackTrace, SOURCES, tempDir, writeTree } from './helpers.js';

afterAll(cleanup);

// Category names are matched word by word, so whatever stands between the words is part of the quote: here
// Markdown and HTML syntax end up inside quoted claim text.
const HOSTILE = {
  'a.txt':
    'Missile <script>alert(1)</script> | test\n\n' +
    'North Korea fired a short-range | ballistic missile from Sinpo on March 12, 2026, the military said. ' +
    'The missile flew about 900 km into the East `Sea`.\n\n' +
    'It was a short-range <ballistic> missile, and a short-range [ballistic][] missile, and a short-range ![ballistic] missile.\n',
  'b.txt': 'North Korea fired an intermediate-range ballistic missile from Sinpo on March 12, 2026. It flew about 900 km into the East Sea.\n',
};
const QUOTES = ['short-range | ballistic missile', 'short-range <ballistic> missile', 'short-range [ballistic][] missile', 'short-range ![ballistic] missile', 'East `Sea'];

/** Escaped as the Markdown formatter escapes: a backslash before each character that could start syntax. */
const escaped = (s: string) => s.replace(/[\\`*_[\]<>|&~$#]/g, '\\$&');

/** Pipes that split a table row: those not escaped with a backslash. */
const cells = (row: string) => row.split(/(?<!\\)\|/).length;

describe('Markdown report', () => {
  it('escapes pipes, backticks, HTML and link syntax inside quoted claim text', () => {
    const dir = writeTree(tempDir('md'), HOSTILE);
    const json = JSON.parse(cli(['.', '--format', 'json'], { cwd: dir }).stdout);
    const quoted = json.findings.flatMap((f: { values: { text: string }[] }) => f.values.map((v) => v.text));
    for (const q of QUOTES) expect(quoted, 'the case must put this text inside a claim quote').toContain(q);

    const r = cli(['.', '--out', 'out'], { cwd: dir });
    expectNoStackTrace(r);
    const md = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    for (const q of QUOTES) expect(md).toContain(escaped(q));
    // None of the syntax stands unescaped.
    expect(md).not.toMatch(/(?<!\\)<(?:script|ballistic)|(?<!\\)\[ballistic|(?<!\\)\]\[|(?<!\\)`Sea|(?<!\\)!\[/);
    // Every table row keeps its header's cell count: no quote's pipe opened a column.
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith('|') || !lines[i + 1]?.startsWith('|---')) continue;
      const width = cells(lines[i]);
      for (let j = i + 1; lines[j]?.startsWith('|'); j++) expect(cells(lines[j]), lines[j]).toBe(width);
    }
  });
});

describe('terminal output', () => {
  // Escape sequences in a title, in a claim quote and in a file name.
  const ESC = {
    'a.txt':
      'Missile \u001b]0;pwned\u0007 launch \u001b[2J report\n\n' +
      'North Korea fired a short-range \u001b[~\b\u0007\u009b@ ballistic missile from Sinpo on March 12, 2026. The missile flew about 900 km.\n',
    'b\u001b[31mred.txt': 'North Korea fired an intermediate-range ballistic missile from Sinpo on March 12, 2026. It flew about 800 km.\n',
  };

  it.each([['text'], ['md']])('--format %s carries no control character but line breaks', (format) => {
    const dir = writeTree(tempDir('esc'), ESC);
    const r = cli(['.', '--format', format, '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/a\.txt/);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('the summary on a terminal-less stdout, and stderr, carry none either', () => {
    const dir = writeTree(tempDir('esc'), { ...ESC, 'c\u001b]0;x\u0007.txt': '' });
    const r = cli(['.', '--out', 'out', '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

/** Every file under `dir` with its size and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = lstatSync(full);
      if (st.isDirectory()) walk(full);
      else out.set(relative(dir, full), `${st.size}:${st.mtimeMs}:${st.isSymbolicLink() ? 'link' : 'file'}`);
    }
  };
  walk(dir);
  return out;
}

describe('writing reports', () => {
  function workspace() {
    const root = tempDir('out');
    writeTree(root, { 'victim.md': 'do not touch\n', 'work/out/keep.txt': 'unrelated\n' });
    for (const f of readdirSync(SOURCES)) writeFileSync(join(root, 'work', f), readFileSync(join(SOURCES, f)));
    return root;
  }

  // The bundled articles hold one conflict of distances (exit 1), so a number line is written beside the report.
  const FIGURE = 'report-figures/2026-03-12-launch.distance.svg';

  it('writes report.md and its figures inside --out only, leaves no temporary file, and touches nothing else', () => {
    const root = workspace();
    const before = snapshot(root);
    const r = cli(['.', '--out', 'out'], { cwd: join(root, 'work') });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/1 number line written to out\/report-figures\/\nreport written to out\/report\.md\n$/);
    const after = snapshot(root);
    const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);
    const removed = [...before.keys()].filter((k) => !after.has(k));
    expect(changed.sort()).toEqual([`work/out/${FIGURE}`, 'work/out/report.md']);
    expect(removed).toEqual([]);
    expect(readdirSync(join(root, 'work', 'out')).sort()).toEqual(['keep.txt', 'report-figures', 'report.md']);
    expect(readdirSync(join(root, 'work', 'out', 'report-figures'))).toEqual([FIGURE.split('/')[1]]);
  });

  it('replaces a report.md that is a symbolic link, instead of writing through it to a file outside --out', () => {
    const root = workspace();
    symlinkSync('../../victim.md', join(root, 'work', 'out', 'report.md'));
    const r = cli(['.', '--out', 'out'], { cwd: join(root, 'work') });
    expect(r.code, r.stderr).toBe(1);
    expect(readFileSync(join(root, 'victim.md'), 'utf8')).toBe('do not touch\n');
    expect(lstatSync(join(root, 'work', 'out', 'report.md')).isFile()).toBe(true);
    expect(readFileSync(join(root, 'work', 'out', 'report.md'), 'utf8')).toMatch(/^# verify report/);
  });

  it('a second run replaces the report whole', () => {
    const root = workspace();
    const cwd = join(root, 'work');
    cli(['.', '--out', 'out'], { cwd });
    const first = readFileSync(join(cwd, 'out', 'report.md'), 'utf8');
    cli(['.', '--out', 'out'], { cwd });
    expect(readFileSync(join(cwd, 'out', 'report.md'), 'utf8')).toBe(first);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['keep.txt', 'report-figures', 'report.md']);
    expect(readdirSync(join(cwd, 'out', 'report-figures'))).toEqual([FIGURE.split('/')[1]]);
  });

  it('a report-figures that is a link: exit 2, nothing written through it', () => {
    const root = workspace();
    const cwd = join(root, 'work');
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync('../../elsewhere', join(cwd, 'out', 'report-figures'));
    expectInputError(cli(['.', '--out', 'out'], { cwd }), /^verify: out: cannot write figures: report-figures is not a folder$/);
    expect(readdirSync(join(root, 'elsewhere'))).toEqual([]);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['keep.txt', 'report-figures']);
  });

  it('--out naming a file: exit 2, the file untouched', () => {
    const root = workspace();
    const cwd = join(root, 'work');
    writeFileSync(join(cwd, 'taken'), 'mine\n');
    expectInputError(cli(['.', '--out', 'taken'], { cwd }), /^verify: taken: cannot write report: --out is not a folder; name a folder \(made if missing\) with --out DIR$/);
    expect(readFileSync(join(cwd, 'taken'), 'utf8')).toBe('mine\n');
  });

  it('a report.md that is a folder: exit 2, no temporary file or figure left', () => {
    const root = workspace();
    const cwd = join(root, 'work');
    mkdirSync(join(cwd, 'out', 'report.md'));
    expectInputError(cli(['.', '--out', 'out'], { cwd }), /^verify: out: cannot write report: report\.md is a folder$/);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['keep.txt', 'report.md']);
  });

  it.each([['../escape.md'], ['sub/report.md'], ['..'], ['.'], [''], ['/etc/passwd'], ['a\0b.md'], ['..\\x.md']])(
    'refuses the report name %j, writing nothing',
    (name) => {
      const dir = tempDir('names');
      const out = join(dir, 'out');
      expect(() => writeReportFile(out, name, 'x')).toThrow(InputError);
      expect(() => writeReportFile(out, name, 'x')).toThrow(/refusing to write outside the output folder/);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('writes a plain name and returns its path', () => {
    const out = join(tempDir('names'), 'out');
    const written = writeReportFile(out, 'report.md', 'hello\n');
    expect(written).toBe(join(out, 'report.md'));
    expect(readFileSync(written, 'utf8')).toBe('hello\n');
    expect(statSync(written).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(readdirSync(out)).toEqual(['report.md']);
  });
});
