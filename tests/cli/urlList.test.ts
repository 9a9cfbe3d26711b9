import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlList } from '../../src/cli/webInputs.js';
import { InputError } from '../../src/util/errors.js';
import { isUrl } from '../../src/web/settings.js';

// A --urls file is text the user wrote, or a tool did: every line is an address, a comment or blank, and anything
// else is one error naming the file and the line.
describe('a --urls file', () => {
  it('lists its addresses in order, comments and blank lines skipped, CRLF and spaces around an address tolerated', () => {
    const text = '# launch coverage\r\nhttps://a.example/news/1\r\n\r\n  http://b.example/x?id=2  \n   # indented comment\nhttps://a.example/news/1\n';
    expect(parseUrlList(text, 'urls.txt')).toEqual(['https://a.example/news/1', 'http://b.example/x?id=2', 'https://a.example/news/1']);
  });

  it('names the file and line of the first line that is not an address', () => {
    expect(() => parseUrlList('https://a.example/1\nftp://b.example/2\nnot one\n', 'urls.txt')).toThrow(
      expect.objectContaining({ file: 'urls.txt', line: 2, message: 'not a web address (http:// or https://): ftp://b.example/2' }),
    );
  });

  it('gives back exactly the addresses written between any comments and blank lines', () => {
    const address = fc.webUrl({ validSchemes: ['http', 'https'] }).filter(isUrl);
    const noise = fc.oneof(fc.constant(''), fc.constant('   '), fc.string({ maxLength: 20 }).map((s) => `# ${s.replace(/[\r\n]/g, ' ')}`));
    const lines = fc.array(fc.oneof(address.map((url) => ({ url })), noise.map((text) => ({ text }))), { maxLength: 30 });
    fc.assert(
      fc.property(lines, (list) => {
        const text = list.map((l) => ('url' in l ? l.url : l.text)).join('\n');
        expect(parseUrlList(text, 'u.txt')).toEqual(list.flatMap((l) => ('url' in l ? [l.url] : [])));
      }),
      { numRuns: 300 },
    );
  });

  it('on any text, either gives addresses only or fails with one InputError at a line it has', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        try {
          for (const url of parseUrlList(text, 'u.txt')) expect(isUrl(url)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          const { line } = error as InputError;
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(text.split('\n').length);
          expect((error as InputError).format()).not.toMatch(/[\r\n]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
