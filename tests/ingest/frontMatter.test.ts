import { describe, expect, it } from 'vitest';
import { ingestAll } from '../../src/ingest/index.js';
import { InputError } from '../../src/util/errors.js';
import { expectLetterRunsRoundTrip, ingestOne } from './helpers.js';

function inputError(content: string, path = 'sources/a.txt'): InputError {
  try {
    ingestAll([{ path, content }], {});
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('front matter', () => {
  it.each(['a.txt', 'a.md', 'a.html'])('is read and removed from the text of %s', (path) => {
    const a = ingestOne(path, '---\ntitle: The Title\noutlet: Harbor Daily\nurl: https://example.org/a\ndate: 2025-03-03\nextra: ignored\n---\nThe rocket flew.\n');
    expect(a.text.trim()).toBe('The rocket flew.');
    expect([a.title, a.outlet, a.url, a.published]).toEqual([
      'The Title',
      'Harbor Daily',
      'https://example.org/a',
      { day: '2025-03-03', from: 'front-matter' },
    ]);
    expectLetterRunsRoundTrip(a, /[<&]/);
  });

  it('may be empty', () => {
    const a = ingestOne('a.txt', '---\n---\nThe rocket flew.\n');
    expect(a.text).toBe('The rocket flew.\n');
    expect(a.origin).toEqual({ textStarts: [0], origStarts: [8] });
  });

  it('keeps CRLF originals mapped', () => {
    const a = ingestOne('a.txt', '---\r\ntitle: T\r\n---\r\nThe rocket flew.\r\nIt fell.\r\n');
    expect(a.text).toBe('The rocket flew.\nIt fell.\n');
    expectLetterRunsRoundTrip(a);
  });

  it('is not front matter when the opening rule is followed by prose', () => {
    const a = ingestOne('a.md', '---\nThe rocket flew: far.\n---\nMore text.\n');
    expect(a.text).toContain('The rocket flew: far.');
  });

  it('is not front matter without a closing fence', () => {
    const a = ingestOne('a.txt', '---\ntitle: T\nThe rocket flew.\n');
    expect(a.title).not.toBe('T');
    expect(a.text).toContain('title: T');
  });

  it.each([
    // js-yaml notices the unclosed bracket where the YAML ends: the closing fence's line.
    ['---\ntitle: ok\nbad: [unclosed\n---\nText.\n', 4],
    ['---\ntitle: one\ntitle: two\n---\nText.\n', 3],
    ['---\ntitle: T\npublished: someday\n---\nText.\n', 3],
    ['---\ndate: 2025-02-30\n---\nText.\n', 2],
    ['---\ntitle:\n  nested: map\n---\nText.\n', 2],
    ['---\n# a list, not a mapping\n- a list\n---\nText.\n', 2],
  ])('invalid front matter is an InputError at the file line: %j', (content, line) => {
    const err = inputError(content);
    expect(err.file).toBe('sources/a.txt');
    expect(err.line).toBe(line);
    expect(err.message).toMatch(/front matter/);
  });
});
