import fc from 'fast-check';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writePieces } from '../../src/cli/writePieces.js';
import { formatReport, formatReportPieces, toJsonReport } from '../../src/report/index.js';
import { jsonReportChunks } from '../../src/report/json-formatter.js';
import { jsonChunks, LazyList } from '../../src/report/json-stream.js';
import { seedReport } from './fixtures.js';

// The JSON report is written in pieces (a large one is never one string); joined, they must be exactly what
// JSON.stringify(value, null, 2) prints, whatever the value and however deep the pieces go.

const joined = (value: unknown, depth: number) => [...jsonChunks(value, depth)].join('');

describe('JSON in pieces', () => {
  it('joins to exactly JSON.stringify(value, null, 2) for any JSON value, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect(joined(value, depth)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves out members JSON cannot hold and writes such list items as null, as JSON.stringify does', () => {
    const odd = fc.constantFrom(undefined, () => 1, Symbol('s'));
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), odd);
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), fc.array(value), fc.integer({ min: 0, max: 3 }), (object, list, depth) => {
        const mixed = { object, list, nested: [object, list] };
        expect(joined(mixed, depth)).toBe(JSON.stringify(mixed, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a lazy list as the array of its items, making each only when it is written', () => {
    const made: number[] = [];
    const lazy = new LazyList(3, (i) => (made.push(i), { n: i, text: 'line\nbreak "quoted"' }));
    const pieces = jsonChunks({ items: lazy, empty: new LazyList(0, () => 0) }, 2);
    const out: string[] = [];
    for (const piece of pieces) {
      out.push(piece);
      if (piece.includes('"n": 0')) expect(made).toEqual([0]);
    }
    expect(out.join('')).toBe(JSON.stringify({ items: lazy.toArray(), empty: [] }, null, 2));
  });

  it('gives the JSON report byte for byte as it was printed whole', () => {
    const report = seedReport();
    expect([...jsonReportChunks(report)].join('')).toBe(`${JSON.stringify(toJsonReport(report), null, 2)}\n`);
    expect([...formatReportPieces(report, 'json', { color: false })].join('')).toBe(formatReport(report, 'json', { color: false }));
    expect([...formatReportPieces(report, 'md', { color: false })].join('')).toBe(formatReport(report, 'md', { color: false }));
  });
});

/** A stream that takes writes slowly: it asks the writer to wait after every write, and records what it got. */
function slowSink(): { sink: Writable; text: () => string; writes: () => number } {
  const got: string[] = [];
  const sink = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      got.push(chunk.toString());
      setImmediate(done);
    },
  });
  return { sink, text: () => got.join(''), writes: () => got.length };
}

describe('writePieces', () => {
  it('writes every piece in order, in batches, waiting when the stream asks to', async () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `piece ${i};`);
    const { sink, text, writes } = slowSink();
    await writePieces(sink, pieces);
    expect(text()).toBe(`${pieces.join('')}\n`);
    expect(writes()).toBeLessThan(10);
  });

  it('ends the text with one line break, adding it only when the last piece has none; an empty text writes nothing', async () => {
    for (const [pieces, expected] of [
      [['a', 'b\n'], 'ab\n'],
      [['a', 'b'], 'ab\n'],
      [['a\n', ''], 'a\n'],
      // GitHub's workflow commands for a clean report are no line at all, not an empty one.
      [[], ''],
      [[''], ''],
    ] as const) {
      const { sink, text } = slowSink();
      await writePieces(sink, pieces);
      expect(text()).toBe(expected);
    }
  });
});
