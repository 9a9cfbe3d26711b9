import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { RawSource, Report } from '../../src/model/types.js';
import { regionEnd } from '../../src/report/finding-quotes.js';
import { countVerdicts, formatReport } from '../../src/report/index.js';
import { pathUri } from '../../src/report/sarif-formatter.js';
import { caseReport, caseSources } from '../helpers/run.js';
import { mention, quantity, seedReport, withQuote } from './fixtures.js';

// The official schema as a registry package ships it (sarif-schema/README.md says which and why). It is a draft-04
// schema; ajv 8 reads draft-07, where the only keyword it uses that changed is `id` (now `$id`). It uses no
// exclusiveMinimum or exclusiveMaximum, whose form did change (checked below), so the rules are the same.
const SCHEMA_FILE = new URL('./sarif-schema/sarif-2.1.0-rtm.5.json', import.meta.url);
const { $schema: _draft, id: schemaId, ...schemaRules } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
// unicodeRegExp off: the file's language-tag pattern (the one the errata corrected) is not a valid `u` regex. Strict
// mode off: it objects to the schema's style (names required inside anyOf), which changes nothing a document must be.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
// The schema's formats, as RFC 3986 and RFC 3339 define them closely enough for these documents.
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => !/[\s\\"<>^`{|}]/.test(s) && URL.canParse(s, 'file:///base/'));
ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)));
const validateSarif = ajv.compile({ $id: schemaId, ...schemaRules });

type Sarif = Record<string, any>;
const sarif = (report: Report, toolVersion?: string): Sarif => JSON.parse(formatReport(report, 'sarif', { color: false, toolVersion }));
const results = (log: Sarif): Sarif[] => log.runs[0].results;
const fingerprints = (log: Sarif): string[] => results(log).map((r) => r.partialFingerprints['verifyFinding/v1']);

/** The articles with `lines` blank lines put before one article's text: every quote in it moves down. */
const shiftedDown = (path: string, lines: number) => (sources: RawSource[]) =>
  sources.map((s) => (s.path === path ? { ...s, content: '\n'.repeat(lines) + s.content } : s));

describe('SARIF', () => {
  it('the schema file is the one the README names, and uses no keyword whose meaning changed after draft-04', () => {
    const text = readFileSync(SCHEMA_FILE, 'utf8');
    expect(text).not.toMatch(/"exclusive(Minimum|Maximum)"/);
    expect(JSON.parse(text).definitions.region).toBeDefined();
  });

  it.each(['conflicting-distance', 'dam-no-pack', 'volcano-no-pack', 'wrong-conversion', 'unit-conversion-agree', 'time-zones', 'statement-states'])(
    'validates against the SARIF 2.1.0 schema: %s',
    (name) => {
      const log = sarif(caseReport(name), '0.1.0');
      const valid = validateSarif(log);
      expect(validateSarif.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      // The errata's rule the file predates: a region has a start line (sarif-schema/README.md).
      for (const r of results(log)) for (const l of r.locations) expect(l.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    },
  );

  it('the schema catches a broken log (the validator is not vacuous)', () => {
    const log = sarif(caseReport('conflicting-distance'));
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    expect(validateSarif(log)).toBe(false);
  });

  it('one run by verify; a result per conflict (error) and per variance (warning)', () => {
    const report = caseReport('volcano-no-pack');
    const log = sarif(report);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe('verify');
    // No version unless the caller gives one: the output depends on the report alone.
    expect(log.runs[0].tool.driver).not.toHaveProperty('version');
    expect(sarif(report, '1.2.3').runs[0].tool.driver.version).toBe('1.2.3');
    const counts = countVerdicts(report);
    expect(counts.conflict).toBeGreaterThan(0);
    expect(counts.variance).toBeGreaterThan(0);
    expect(results(log).filter((r) => r.level === 'error')).toHaveLength(counts.conflict);
    expect(results(log).filter((r) => r.level === 'warning')).toHaveLength(counts.variance);
    expect(results(log)).toHaveLength(counts.conflict + counts.variance);
  });

  it('rules are the claim kinds of the results, with labels and help; results point at theirs', () => {
    const log = sarif(caseReport('volcano-no-pack'));
    const rules: Sarif[] = log.runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['casualties.deaths', 'casualties.evacuated']);
    expect(rules.map((r) => r.shortDescription.text)).toEqual(['people killed (death toll)', 'people evacuated']);
    for (const rule of rules) {
      expect(rule.help.text).toMatch(/correct the article/);
      expect(rule.help.text).toMatch(/verifyFinding\/v1 fingerprint/);
    }
    for (const r of results(log)) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
    // A report without conflicts or variances has no rules and no results, and is still a valid log.
    const clean = sarif(caseReport('unit-conversion-agree'));
    expect(clean.runs[0].tool.driver.rules).toEqual([]);
    expect(results(clean)).toEqual([]);
  });

  it('one location per quoted value: the path, the region and the exact quote', () => {
    const log = sarif(caseReport('conflicting-distance'));
    expect(results(log)).toHaveLength(1);
    const [result] = results(log);
    expect(result.ruleId).toBe('launch.distance');
    expect(result.level).toBe('error');
    const texts = new Map(caseSources('conflicting-distance').map((s) => [s.path, s.content]));
    expect(result.locations.map((l: Sarif) => l.physicalLocation.artifactLocation.uri)).toEqual(['articles/a.txt', 'articles/b.txt']);
    expect(result.locations.map((l: Sarif) => l.physicalLocation.region)).toEqual([
      { startLine: 1, startColumn: 85, endLine: 1, endColumn: 97, snippet: { text: 'about 600 km' } },
      { startLine: 1, startColumn: 76, endLine: 1, endColumn: 82, snippet: { text: '900 km' } },
    ]);
    for (const l of result.locations) {
      const { uri } = l.physicalLocation.artifactLocation;
      const { startLine, startColumn, endColumn, snippet } = l.physicalLocation.region;
      const line = texts.get(uri)!.split('\n')[startLine - 1];
      expect(line.slice(startColumn - 1, endColumn - 1)).toBe(snippet.text);
    }
  });

  it('says what disagrees: the values, and for quantities in other units the conversion', () => {
    const [distance] = results(sarif(caseReport('conflicting-distance')));
    expect(distance.message.text).toMatch(/^Distance flown — conflict \(between authorities\) · 9 Jun 2025 — ballistic missile: a says ≈600 km .* but b says 900 km/);
    const [length] = results(sarif(caseReport('dam-no-pack')));
    expect(length.message.text).toContain('1.2 km (= 0.7 mi)');
    expect(length.message.text).toContain('900 m (= 0.9 km)');
    expect(length.locations.map((l: Sarif) => l.message.text)).toEqual([
      'county-herald: "0.56-mile" → 0.56 mi',
      'explainer: "1.2 km" → 1.2 km',
      'valley-wire: "900-metre" → 900 m',
    ]);
  });

  it('fingerprints hold no line or column: moving an article down keeps every one', () => {
    const before = sarif(caseReport('volcano-no-pack'));
    const after = sarif(caseReport('volcano-no-pack', shiftedDown('articles/blog.txt', 3)));
    const lines = (log: Sarif) => results(log).flatMap((r) => r.locations.map((l: Sarif) => l.physicalLocation.region.startLine));
    // The move is real: some quoted line moved…
    expect(lines(after)).not.toEqual(lines(before));
    // …and every result keeps its fingerprint.
    expect(fingerprints(after)).toEqual(fingerprints(before));
    expect(new Set(fingerprints(before)).size).toBe(results(before).length);
    for (const f of fingerprints(before)) expect(f).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a fingerprint changes when a quoted value does', () => {
    const before = sarif(caseReport('conflicting-distance'));
    const edited = (sources: RawSource[]) => sources.map((s) => ({ ...s, content: s.content.replace('900 km', '950 km') }));
    const after = sarif(caseReport('conflicting-distance', edited));
    expect(results(after)).toHaveLength(1);
    expect(fingerprints(after)).not.toEqual(fingerprints(before));
  });

  it('a value read as the sum of its parts gives a location for each part', () => {
    const report = seedReport();
    const [first] = report.findings[0].mentions;
    report.findings[0].mentions[0] = {
      ...first,
      parts: [
        mention('launch.distance', '000_alpha', '600 km', [5, 12], quantity(600, 'km')),
        mention('launch.distance', '000_alpha', '500 km', [6, 3], quantity(500, 'km')),
      ],
    };
    const [result] = results(sarif(report));
    expect(result.locations.map((l: Sarif) => [l.physicalLocation.region.startLine, l.physicalLocation.region.snippet.text])).toEqual([
      [5, '600 km'],
      [6, '500 km'],
      [9, '1,500 km'],
    ]);
  });

  it('article text cannot make a link or break a line in a message; the snippet keeps it exact', () => {
    const hostile = 'see [the log](https://evil.example) or [x](0)\nnext';
    const log = sarif(withQuote(seedReport(), hostile));
    expect(validateSarif(log)).toBe(true);
    const [result] = results(log);
    expect(result.locations[0].message.text).toContain('see \\[the log\\](https://evil.example) or \\[x\\](0) next');
    expect(result.locations[0].physicalLocation.region.snippet.text).toBe(hostile);
    expect(result.locations[0].physicalLocation.region).toMatchObject({ endLine: 6, endColumn: 5 });
  });

  it('is byte-identical when formatted twice', () => {
    expect(formatReport(caseReport('volcano-no-pack'), 'sarif', { color: false })).toBe(formatReport(caseReport('volcano-no-pack'), 'sarif', { color: false }));
  });

  it.each([
    ['articles/a.txt', 'articles/a.txt'],
    ['sources\\nested\\b.md', 'sources/nested/b.md'],
    ['my articles/#1 ?.txt', 'my%20articles/%231%20%3F.txt'],
    ['Zürich 100%.html', 'Z%C3%BCrich%20100%25.html'],
    ['c:notes.txt', 'c%3Anotes.txt'],
    ['/home/me/news/a.txt', 'file:///home/me/news/a.txt'],
    ['C:\\news\\a b.txt', 'file:///C:/news/a%20b.txt'],
    ['bad\uD800name.txt', 'bad%EF%BF%BDname.txt'],
  ])('pathUri(%j) is %s', (path, uri) => {
    expect(pathUri(path)).toBe(uri);
  });

  it.each<[string, number, number, { endLine: number; endColumn: number }]>([
    ['900 km', 1, 76, { endLine: 1, endColumn: 82 }],
    ['', 3, 5, { endLine: 3, endColumn: 5 }],
    ['about\n900 km', 4, 10, { endLine: 5, endColumn: 7 }],
    ['a\r\nb\nccc', 2, 1, { endLine: 4, endColumn: 4 }],
  ])('regionEnd(%j) from %i:%i', (text, line, column, end) => {
    expect(regionEnd(line, column, text)).toEqual(end);
  });
});
