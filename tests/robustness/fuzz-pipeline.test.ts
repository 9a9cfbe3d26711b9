// Seeded property tests over the whole pipeline: random articles, the bundled articles with random edits, and
// random claim definitions. Only InputError may escape (bad front matter, bad claims); every quote stands verbatim
// at its line and column; the same input gives byte-identical JSON; reordering the files changes only order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/claims/index.js';
import type { Knowledge, RawSource, Report } from '../../src/model/types.js';
import { Analyzer, combine, sourceIds, verify } from '../../src/pipeline/index.js';
import { formatReport, toJsonReport, type JsonReport } from '../../src/report/index.js';
import { InputError } from '../../src/util/errors.js';
import { shippedKnowledge } from '../helpers/knowledge.js';
import { applyEdit, articleText, edit } from './arbitraries.js';
import { checkProperty, expectQuotesVerbatim, orderFree, SOURCES } from './helpers.js';

const knowledge = shippedKnowledge();
const BUNDLED: RawSource[] = readdirSync(SOURCES)
  .sort()
  .map((f) => ({ path: `sources/${f}`, content: readFileSync(join(SOURCES, f), 'utf8') }));

// One long-lived analyzer per claims and date, as a worker thread keeps one for thousands of files: any state it
// kept between articles would show up as a difference from a fresh verify().
const analyzers = new WeakMap<Knowledge, Map<string | undefined, Analyzer>>();
function reused(raws: RawSource[], k: Knowledge, asOf?: string): Report {
  if (!analyzers.has(k)) analyzers.set(k, new Map());
  const byDay = analyzers.get(k)!;
  if (!byDay.has(asOf)) byDay.set(asOf, new Analyzer(k, asOf));
  const analyzer = byDay.get(asOf)!;
  const ids = sourceIds(raws.map((r) => r.path));
  return combine(raws.map((r, i) => analyzer.analyze(r, ids[i])), k);
}

/**
 * The JSON report, or undefined when the input was refused with an InputError (the one documented failure).
 * `fresh` runs verify() itself; otherwise a reused analyzer does the per-article half.
 */
function run(raws: RawSource[], k: Knowledge = knowledge, asOf?: string, fresh = false): string | undefined {
  try {
    const report = fresh ? verify(raws, k, { asOf }) : reused(raws, k, asOf);
    // The other formatters must take whatever the pipeline produced.
    formatReport(report, 'md', { color: false });
    formatReport(report, 'text', { color: true });
    return formatReport(report, 'json', { color: false });
  } catch (err) {
    if (err instanceof InputError) {
      expect(raws.map((r) => r.path)).toContain(err.file);
      return undefined;
    }
    throw err;
  }
}

/** The properties for one input: provenance, determinism, order independence. */
function expectSound(raws: RawSource[], k: Knowledge = knowledge, asOf?: string): void {
  const json = run(raws, k, asOf, true);
  if (json === undefined) return;
  const report = JSON.parse(json);
  expectQuotesVerbatim(report, new Map(raws.map((r) => [r.path, r.content])));
  expect(run(raws.map((r) => ({ ...r })), k, asOf), 'same input, different JSON').toBe(json);
  if (raws.length > 1) {
    const reordered = run([...raws.slice(1), raws[0]], k, asOf);
    expect(orderFree(JSON.parse(reordered!)), 'reordering the files changed more than order').toEqual(orderFree(report));
  }
}

const PATHS = ['a.txt', 'b.md', 'c.html', 'd/e.txt', 'f.markdown'];
const randomSources = fc
  .uniqueArray(fc.constantFrom(...PATHS), { minLength: 1, maxLength: 3 })
  .chain((paths) => fc.tuple(...paths.map((path) => articleText().map((content) => ({ path, content })))));

describe('the pipeline on random input', () => {
  it('random articles (text, Markdown, HTML)', () => {
    checkProperty(
      fc.property(randomSources, fc.constantFrom(undefined, '2026-03-13'), (raws, asOf) => expectSound(raws, knowledge, asOf)),
      400,
    );
  });

  it('the bundled articles with random edits: insertions, deletions, duplicated sentences, shuffled lines', () => {
    const edits = fc.array(fc.tuple(fc.nat(BUNDLED.length - 1), edit), { minLength: 1, maxLength: 4 });
    checkProperty(
      fc.property(edits, (changes) => {
        const raws = BUNDLED.map((r) => ({ ...r }));
        for (const [i, e] of changes) raws[i].content = applyEdit(raws[i].content, e);
        expectSound(raws);
      }),
      80,
    );
  });
});

describe('order independence: the pipeline works in path order, whatever order the files come in', () => {
  const json = (raws: RawSource[]) => toJsonReport(verify(raws, knowledge));

  // Two undated events were numbered in input order ("undated", "undated-2"), so swapping the files renamed them
  // and every finding id under them.
  it('event and finding ids do not depend on the order of the input files', () => {
    const raws = [
      { path: 'b.md', content: '900 km' },
      { path: 'a.txt', content: 'SRBM' },
    ];
    expect(orderFree(json([raws[1], raws[0]]))).toEqual(orderFree(json(raws)));
  });

  // Greedy clustering took accounts in input order: the wire story, with "three days ago" before its first line
  // (its lead then dates it 9 March), stood alone when it was the first file and joined the 12 March event when it
  // was the last.
  it('which accounts merge into one event does not depend on the order of the input files', () => {
    const raws = BUNDLED.map((r) => ({ ...r }));
    raws[0].content = `three days ago North Korea${raws[0].content}`;
    expect(orderFree(json([...raws.slice(1), raws[0]]))).toEqual(orderFree(json(raws)));
  });

  // Open-claim groups were numbered in input order ("open.length/1", "open.length/2").
  it('open-claim finding ids do not depend on the order of the input files', () => {
    const raws = [
      { path: 'a.txt', content: '900 km 12 March' },
      { path: 'b.md', content: 'magnitude 7.1 kilometres 12 March' },
    ];
    const ids = (r: JsonReport) => r.findings.map((f) => `${f.id}: ${f.values.map((v) => v.text).join(', ')}`).sort();
    expect(ids(json([raws[1], raws[0]]))).toEqual(ids(json(raws)));
  });

  // Summaries were phrased from the first source in input order ("≈350 km = 217 mi" one way, "≈217 mi = 349 km"
  // the other).
  it('finding summaries do not depend on the order of the input files', () => {
    const rotated = [...BUNDLED.slice(1), BUNDLED[0]];
    const summaries = (r: JsonReport) => r.findings.map((f) => `${f.id}: ${f.summary}`).sort();
    expect(summaries(json(rotated))).toEqual(summaries(json(BUNDLED)));
  });
});

// ---- random claim definitions ----

// Phrases for cues, aliases, unit and category names: real words, and characters that mean something to a regex,
// to YAML or to the word splitter.
const PHRASE_CHARS = fc.constantFrom(...'ab xyzKM.*+?^$()[]{}|\\/-\'’"é😀\u00a0'.split(''), 'flew', 'km', 'sea', 'east', 'missile', '\\b', '(?=', '$&');
// Most phrases start with a real word, so they pass the loader's length check and reach the matchers.
const phraseText = fc
  .tuple(fc.constantFrom('flew', 'km', 'sea', 'East', 'ab', 'Sinpo', '', ''), fc.array(PHRASE_CHARS, { minLength: 1, maxLength: 5 }))
  .map(([word, rest]) => word + rest.join(''));
const phrases = fc.uniqueArray(phraseText, { minLength: 1, maxLength: 4 });
const yamlString = (s: string) => JSON.stringify(s); // JSON strings are YAML strings

const claimsFile = fc
  .record({
    unitNames: phrases,
    cues: phrases,
    exclude: fc.array(phraseText, { maxLength: 2 }),
    nouns: fc.array(phraseText, { maxLength: 2 }),
    place: phraseText,
    aliases: fc.array(phraseText, { maxLength: 3 }),
    category: phraseText,
    names: phrases,
    tolerance: fc.constantFrom(0, 0.05, 0.99),
    type: fc.constantFrom('quantity', 'date', 'time', 'place', 'category'),
  })
  .map(
    (r) => `units:
  - id: u
    dimension: length
    factor: 1000
    names: [${r.unitNames.map(yamlString).join(', ')}]
  - id: count
    dimension: count
    factor: 1
places:
  - name: ${yamlString(r.place)}
    aliases: [${r.aliases.map(yamlString).join(', ')}]
    timeZone: Asia/Seoul
categories:
  - set: things
    entries:
      - { id: T, label: ${yamlString(r.category)}, names: [${r.names.map(yamlString).join(', ')}] }
kinds:
  - key: fuzz.kind
    label: fuzzed
    type: ${r.type}
${r.type === 'quantity' ? '    dimension: length\n' : ''}${r.type === 'category' ? '    categories: things\n' : ''}    cues: [${r.cues.map(yamlString).join(', ')}]
    exclude: [${r.exclude.map(yamlString).join(', ')}]
${r.type === 'quantity' || r.type === 'time' ? `    tolerance: ${r.tolerance}\n` : ''}  - key: fuzz.count
    label: counted
    type: quantity
    dimension: count
    cues: [${r.cues.map(yamlString).join(', ')}]
    nouns: [${[...r.nouns, 'missiles'].map(yamlString).join(', ')}]
`,
  );

describe('random claim definitions', () => {
  it('load or fail with file:line, and drive the pipeline without an exception', () => {
    const article = { path: 'a.txt', content: BUNDLED[0].content };
    const other = { path: 'b.md', content: BUNDLED[1].content };
    let loaded = 0;
    const runs = checkProperty(
      fc.property(claimsFile, (yaml) => {
        let k: Knowledge;
        try {
          k = loadKnowledge([{ path: 'claims/fuzz.yaml', content: yaml }]);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          expect(err.file).toBe('claims/fuzz.yaml');
          if (err.line !== undefined) expect(err.line).toBeGreaterThanOrEqual(1);
          return;
        }
        loaded++;
        expectSound([article, other], k);
      }),
      250,
    );
    // Most generated files must load, or the pipeline half of this property tests nothing.
    expect(loaded).toBeGreaterThan(runs / 3);
  });
});
