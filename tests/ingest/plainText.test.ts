import { describe, expect, it } from 'vitest';
import { blockList, expectLetterRunsRoundTrip, ingestOne, originalOf } from './helpers.js';

describe('plain text', () => {
  it('maps an LF file through one segment', () => {
    const content = 'Rocket Test\n\nThe rocket flew 900 kilometers.\n';
    const a = ingestOne('a.txt', content);
    expect(a.text).toBe(content);
    expect(a.origin).toEqual({ textStarts: [0], origStarts: [0] });
  });

  it('turns CRLF into LF and keeps the map right', () => {
    const content = 'Rocket Test\r\n\r\nThe rocket flew 900\r\nkilometers east.\r\nIt fell into the sea.\r\n';
    const a = ingestOne('a.txt', content);
    expect(a.original).toBe(content);
    expect(a.text).toBe('Rocket Test\n\nThe rocket flew 900\nkilometers east.\nIt fell into the sea.\n');
    expect(blockList(a)).toEqual([
      ['heading', 'Rocket Test'],
      ['body', 'The rocket flew 900\nkilometers east.'],
      ['body', 'It fell into the sea.'],
    ]);
    expectLetterRunsRoundTrip(a);
    for (const phrase of ['The rocket flew 900', 'It fell into the sea.', 'kilometers east.']) {
      const at = a.text.indexOf(phrase);
      expect(originalOf(a, at, at + phrase.length)).toBe(phrase);
    }
  });

  it('treats a lone CR as a line break', () => {
    const a = ingestOne('a.txt', 'First line ends.\rSecond line ends.');
    expect(blockList(a).map(([, t]) => t)).toEqual(['First line ends.', 'Second line ends.']);
    expectLetterRunsRoundTrip(a);
  });

  it('takes any other extension as plain text', () => {
    const a = ingestOne('a.log', '<p>kept as <b>text</b></p>\n');
    expect(a.text).toBe('<p>kept as <b>text</b></p>\n');
  });

  it('gives an empty file no blocks', () => {
    const a = ingestOne('a.txt', '');
    expect([a.text, a.blocks, a.title, a.published]).toEqual(['', [], undefined, undefined]);
  });
});
