// Bytes to text: what is read, what is repaired (with a note), what is refused as not text.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/decode.js';
import { parseMaxFileSize } from '../../src/cli/limits.js';

const b = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodeText', () => {
  it.each<[string, Buffer, string]>([
    ['plain UTF-8', b('héllo\n'), 'héllo\n'],
    ['a UTF-8 BOM, dropped', b([0xef, 0xbb, 0xbf], 'x\r\ny'), 'x\r\ny'],
    ['a second BOM, kept as text', b([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x'), '\ufeffx'],
    ['UTF-16 LE', b([0xff, 0xfe], [0x41, 0, 0xe9, 0, 0x3d, 0xd8, 0x00, 0xde]), 'Aé😀'],
    ['UTF-16 BE', b([0xfe, 0xff], [0, 0x41, 0, 0xe9]), 'Aé'],
    ['an escape sequence in text', b('red \u001b[31m text\n'), 'red \u001b[31m text\n'],
    ['a real U+FFFD, not counted as a repair', b('a \ufffd b'), 'a \ufffd b'],
  ])('%s', (_name, bytes, text) => {
    expect(decodeText(bytes)).toEqual({ text, notes: [], blank: false });
  });

  it.each<[string, Buffer, RegExp]>([
    ['invalid UTF-8, with line and byte', b('a\nb\n', [0xff], 'c'), /^invalid UTF-8 at line 3 \(byte 4\): 1 undecodable byte sequence replaced with U\+FFFD$/],
    ['a truncated sequence at the end', b('abc', [0xe2, 0x82]), /^invalid UTF-8 at line 1 \(byte 3\)/],
    ['byte counted past a BOM', b([0xef, 0xbb, 0xbf], 'ab', [0xc0]), /\(byte 5\)/],
    ['a lone surrogate in UTF-16', b([0xff, 0xfe], [0x41, 0, 0x00, 0xd8, 0x42, 0]), /^invalid UTF-16LE: 1 undecodable unit replaced/],
    ['NUL characters', b('a\0b\0c text text text'), /^2 NUL characters in the text/],
  ])('%s is read with a note', (_name, bytes, note) => {
    const d = decodeText(bytes);
    expect(d.notText).toBeUndefined();
    if (d.notText === undefined) expect(d.notes.some((n) => note.test(n)), d.notes.join('\n')).toBe(true);
  });

  it.each<[string, Buffer, RegExp]>([
    ['NUL bytes', Buffer.alloc(100), /^not a text file$/],
    ['random high bytes', Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + (i % 64))), /^not a text file$/],
    ['control characters', Buffer.from(Array.from({ length: 300 }, (_, i) => i % 32)), /^not a text file$/],
    ['UTF-16 LE without a BOM', Buffer.from('hello world', 'utf16le'), /UTF-16LE without a byte-order mark/],
    ['UTF-16 BE without a BOM', Buffer.from('hello world', 'utf16le').swap16(), /UTF-16BE without a byte-order mark/],
    ['UTF-32 LE', b([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0]), /UTF-32/],
    ['UTF-32 BE', b([0, 0, 0xfe, 0xff], [0, 0, 0, 0x41]), /UTF-32/],
  ])('%s is not text', (_name, bytes, reason) => {
    const d = decodeText(bytes);
    expect(d.notText).toMatch(reason);
  });

  it.each([[b('')], [b(' \n\t\r\n')], [b([0xef, 0xbb, 0xbf])], [b([0xff, 0xfe])]])('blank: %j', (bytes) => {
    const d = decodeText(bytes);
    expect(d.notText).toBeUndefined();
    if (d.notText === undefined) expect(d.blank).toBe(true);
  });
});

describe('--max-file-size', () => {
  it.each([['1', 1], ['16', 16], ['0.5', 0.5], ['500', 500], [' 64 ', 64]])('accepts %j', (value, mb) => {
    expect(parseMaxFileSize(value)).toBe(mb);
  });

  it.each([['0'], ['-1'], ['abc'], ['1e3'], ['501'], [''], ['Infinity'], ['NaN'], ['0x10']])('refuses %j', (value) => {
    expect(() => parseMaxFileSize(value)).toThrow(/expected a size in MB between 0 and 500/);
  });
});
