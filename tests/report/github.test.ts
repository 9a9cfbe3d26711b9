import { describe, expect, it } from 'vitest';
import type { Finding, Report, Verdict } from '../../src/model/types.js';
import { ANNOTATIONS_SHOWN, escapeData, escapeProperty } from '../../src/report/github-formatter.js';
import { formatReport } from '../../src/report/index.js';
import { caseReport } from '../helpers/run.js';
import { cleanReport, seedReport, withQuote } from './fixtures.js';

const github = (report: Report) => formatReport(report, 'github', { color: false });

/** A workflow command as GitHub documents it: `::name key=value,key=value::message`, no raw `:` or `,` in a value. */
const COMMAND = /^::(error|warning|notice)(?: [A-Za-z]+=[^,:\r\n]*(?:,[A-Za-z]+=[^,:\r\n]*)*)?::[^\r\n]*$/;

/** How the Actions runner reads a line: the command up to the first `::` after the opening one, then unescapes. */
function runnerReads(line: string): { command: string; properties: Record<string, string>; message: string } | undefined {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end === -1) return undefined;
  const [command, ...rest] = trimmed.slice(2, end).split(' ');
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of rest.join(' ').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
  }
  return { command, properties, message: unescape(trimmed.slice(end + 2)) };
}

/** `conflicts` copies of a real conflict and `variances` of a real variance, each in an event of its own. */
function manyFindings(conflicts: number, variances: number): Report {
  const report = caseReport('volcano-no-pack');
  const model = (verdict: Verdict) => report.findings.find((f) => f.verdict === verdict)!;
  const copies = (finding: Finding, n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...finding, id: `${finding.verdict}-${i}/${finding.claim}`, event: `${finding.verdict}-${i}` }));
  return { ...report, findings: [...copies(model('conflict'), conflicts), ...copies(model('variance'), variances)] };
}

describe('GitHub workflow commands', () => {
  it('an error per conflict at its first quote, naming every quote', () => {
    const out = github(caseReport('conflicting-distance'));
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(COMMAND);
    expect(lines[0]).toMatch(/^::error file=articles\/a\.txt,line=1,endLine=1,col=85,endColumn=97,title=Distance flown — conflict \(between authorities\) · 9 Jun 2025 — ballistic missile::/);
    const read = runnerReads(lines[0])!;
    expect(read.message.split('\n')).toEqual([
      "a says ≈600 km (according to Japan's defence ministry) but b says 900 km (according to Seoul): a conflict between authorities; no overlap, even allowing for rounding and hedges.",
      'articles/a.txt:1:85 a: "about 600 km" → ≈600 km (attributed to Japan\'s defence ministry)',
      'articles/b.txt:1:76 b: "900 km" → 900 km (attributed to Seoul)',
    ]);
  });

  it('a warning per variance', () => {
    const lines = github(caseReport('volcano-no-pack')).trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(COMMAND);
    expect(lines.map((l) => runnerReads(l)!.command).sort()).toEqual(['error', 'warning']);
    const warning = runnerReads(lines.find((l) => l.startsWith('::warning'))!)!;
    expect(warning.properties).toMatchObject({ file: 'articles/blog.txt', line: '8', col: '3', title: 'People killed (death toll) — variance · 13 Feb 2014' });
  });

  it(`annotates at most ${ANNOTATIONS_SHOWN} errors and ${ANNOTATIONS_SHOWN} warnings, and counts the rest in one notice`, () => {
    const lines = github(manyFindings(25, 13)).trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(COMMAND);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    const notices = lines.filter((l) => l.startsWith('::notice'));
    expect(notices).toHaveLength(1);
    expect(lines[lines.length - 1]).toBe(notices[0]);
    expect(runnerReads(notices[0])!.message).toMatch(/^15 more conflicts and 3 more variances not annotated: GitHub shows at most 10 errors and 10 warnings a step/);
    expect(lines).toHaveLength(21);
  });

  it('no notice when nothing is left out; nothing at all for a clean report', () => {
    const lines = github(manyFindings(10, 1)).trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.some((l) => l.startsWith('::notice'))).toBe(false);
    expect(github(manyFindings(0, 11)).trimEnd().split('\n').at(-1)).toMatch(/^::notice title=verify::1 more variance not annotated/);
    expect(github(cleanReport())).toBe('');
  });

  it('a hostile quote cannot end the line, start a command or fake a property', () => {
    const hostile = 'x\n::error::pwned %0A::add-mask::y\r\n::stop-commands::z, line=1:2';
    const report = withQuote(seedReport(), hostile);
    report.knowledge.kinds[0] = { ...report.knowledge.kinds[0], label: 'dist::ance, title=pwned\n::error::x' };
    report.sources[0] = { ...report.sources[0], path: 'sources/a,b:c%0A.txt' };
    const out = github(report);
    const lines = out.trimEnd().split('\n');
    // Only the commands verify makes: one per conflict or variance of the fixture (two conflicts, one variance).
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning', '::error']);
    for (const line of lines) expect(line).toMatch(COMMAND);
    expect(out).not.toContain('\r');
    expect(out).not.toMatch(/^::(?!error |warning )/m);
    const first = runnerReads(lines[0])!;
    // What the runner reads back is the text as written, on one line: no line break survives from the quote.
    expect(first.properties.title).toBe('Dist::ance, title=pwned ::error::x — conflict · Launch of 6 Jan 2025');
    expect(first.properties.file).toBe('sources/a,b:c%0A.txt');
    expect(Object.keys(first.properties)).toEqual(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);
    expect(first.message).toContain('"x ::error::pwned %0A::add-mask::y ::stop-commands::z, line=1:2"');
    expect(lines[0]).toContain('%250A');
  });

  it('is byte-identical when formatted twice', () => {
    expect(github(caseReport('volcano-no-pack'))).toBe(github(caseReport('volcano-no-pack')));
  });

  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['%0A', '%250A', '%250A'],
    ['a::b, c', 'a::b, c', 'a%3A%3Ab%2C c'],
  ])('escapeData and escapeProperty of %j', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });
});
