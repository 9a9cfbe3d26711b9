import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestAll } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/types.js';
import { InputError } from '../../src/util/errors.js';
import {
  expectLetterRunsRoundTrip,
  expectLettersMapToThemselves,
  expectMonotonicMap,
  expectWellFormedBlocks,
} from './helpers.js';

const HTML_MARKUP = /[<&]/;
const MARKDOWN_MARKUP = /[*_[\]()`\\!<>&]/;

/** Ingests, allowing only InputError (bad front matter); returns undefined then. */
function tryIngest(path: string, content: string, asOf?: string): Article | undefined {
  try {
    return ingestAll([{ path, content }], { asOf })[0];
  } catch (err) {
    if (err instanceof InputError) return undefined;
    throw err;
  }
}

const HTML_TOKENS = [
  '<p>', '</p>', '<div class="caption">', '<div id="related">', '</div>', '<br>', '<br/>', '<li>', '</li>', '<ul>',
  '<h2>', '</h2>', '<b>', '</b>', '<em>', '<script>', '</script>', '<style>', '</style>', '<svg>', '</svg>',
  '<template>', '<pre>', '</pre>', '<td>', '<tr>', '<!-- c -->', '<![CDATA[x]]>', '&amp;', '&#8217;', '&nbsp;',
  '&#x2014;', '&bogus;', '&', '<', '>', '"', '\n', '\r\n', ' ', '  ', '\t', 'rocket', 'flew', '900', 'km',
  'SEOUL, Jan. 14 (UPI) — ', 'Photo by X/AFP', 'Source: Y', 'By Ann Lee', '<title>', '</title>',
  '<meta property="article:published_time" content="2025-01-06">', '<time datetime="2025-02-30">', '---\n',
];
const MARKDOWN_TOKENS = [
  '# ', '## ', '- ', '* ', '1. ', '> ', '**', '*', '_', '__', '`', '```\n', '[', ']', '(', ')', '![', '](u)', '\\',
  '<b>', '<https://x.org>', '&amp;', '&#8217;', '---', '===', '\n', '\r\n', ' ', 'rocket', 'flew', '900', 'km',
  'Photo: Z', 'Q: why?', 'FAQ', 'Background', 'title: x\n',
];

const tokenString = (tokens: string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

const PARAMS = { numRuns: Number(process.env.FUZZ_RUNS ?? 400) };

describe('ingest never throws on any text and keeps its offset contract', () => {
  it('random strings as plain text: every letter run maps back verbatim', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (content) => {
        const a = tryIngest('a.txt', content);
        if (!a) return;
        expectWellFormedBlocks(a);
        expectMonotonicMap(a);
        expectLetterRunsRoundTrip(a);
      }),
      PARAMS,
    );
  });

  it('random strings and HTML-ish strings as HTML', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), tokenString(HTML_TOKENS)), (content) => {
        const a = tryIngest('a.html', content, '2025-03-01');
        if (!a) return;
        expectWellFormedBlocks(a);
        expectMonotonicMap(a);
        expectLetterRunsRoundTrip(a, HTML_MARKUP);
        expectLettersMapToThemselves(a);
      }),
      PARAMS,
    );
  });

  it('random strings and markdown-ish strings as markdown', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), tokenString(MARKDOWN_TOKENS)), (content) => {
        const a = tryIngest('a.md', content);
        if (!a) return;
        expectWellFormedBlocks(a);
        expectMonotonicMap(a);
        expectLetterRunsRoundTrip(a, MARKDOWN_MARKUP);
        expectLettersMapToThemselves(a);
      }),
      PARAMS,
    );
  });

  it('HTML-ish plain text keeps exact letter runs', () => {
    fc.assert(
      fc.property(tokenString([...HTML_TOKENS, ...MARKDOWN_TOKENS]), (content) => {
        const a = tryIngest('a.txt', content);
        if (!a) return;
        expectLetterRunsRoundTrip(a);
      }),
      PARAMS,
    );
  });
});

describe('hostile input stays fast', () => {
  const HOSTILE = [
    '['.repeat(50_000),
    '*'.repeat(50_000),
    '`'.repeat(20_000) + 'x' + '``'.repeat(20_000),
    '&'.repeat(50_000),
    '<'.repeat(50_000),
    ' '.repeat(100_000) + 'x',
    '_a '.repeat(30_000),
    '1. '.repeat(30_000) + 'x  Y',
    'By ' + 'A'.repeat(100_000),
    'SEOUL, '.repeat(20_000),
    'January 6, '.repeat(20_000),
    'has spent years '.repeat(20_000),
    '> '.repeat(50_000) + 'x',
    '\r'.repeat(50_000),
    '<div>'.repeat(20_000),
    'a wrapped line of prose without an end\n'.repeat(50_000),
    '<h2>' + 'Heading words '.repeat(50_000) + '</h2>',
    '---\n' + 'key: value\n'.repeat(20_000) + '---\nx',
  ];
  it.each(['a.txt', 'a.md', 'a.html'])('%s', (path) => {
    for (const content of HOSTILE) {
      const started = performance.now();
      tryIngest(path, content, '2025-01-01');
      expect(performance.now() - started, content.slice(0, 20)).toBeLessThan(2000);
    }
  });

  it('ingests a 20 MB plain text file into one segment', () => {
    const paragraph = 'The rocket flew 900 kilometers east before it fell into the sea, officials said.\n\n';
    const content = paragraph.repeat(Math.ceil(20_000_000 / paragraph.length));
    const started = performance.now();
    const a = tryIngest('big.txt', content)!;
    expect(a.origin.textStarts).toEqual([0]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
