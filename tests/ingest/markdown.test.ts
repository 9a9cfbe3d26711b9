import { describe, expect, it } from 'vitest';
import { blockList, expectLetterRunsRoundTrip, expectLettersMapToThemselves, expectWellFormedBlocks, ingestOne, originalOf } from './helpers.js';

const DOC = `---
title: Front Title
outlet: Harbor Daily
url: https://example.org/x
published: March 3, 2025
---
# Rocket Test Over the Bay

By Maria Okafor

The rocket **flew** 900 _kilometers_, according to [the navy](https://example.org/navy "Navy"), and fell into the sea.

![A rocket climbs over the bay](rocket.jpg)

Officials said the \`stage two\` burn ran \\*long\\* and the flight used a new *trajectory*.

- First item with **bold** text
- Second item

## Background

The first flight came in 2019.

Setext Heading
--------------

snake_case_name stays and 2 * 3 stays.

> Quoted line of text.

Inline image ![alt words](x.png) in a paragraph.

---

[ref]: https://example.org
`;

const MARKUP = /[*_[\]()`\\!<&]/;

describe('a markdown article', () => {
  const a = ingestOne('notes/rocket.md', DOC);

  it('reads the front matter', () => {
    expect([a.title, a.outlet, a.url, a.published]).toEqual([
      'Front Title',
      'Harbor Daily',
      'https://example.org/x',
      { day: '2025-03-03', from: 'front-matter' },
    ]);
  });

  it('strips the syntax and keeps the words', () => {
    expect(blockList(a)).toEqual([
      ['heading', 'Rocket Test Over the Bay'],
      ['byline', 'By Maria Okafor'],
      ['body', 'The rocket flew 900 kilometers, according to the navy, and fell into the sea.'],
      ['caption', 'A rocket climbs over the bay'],
      ['body', 'Officials said the stage two burn ran *long* and the flight used a new trajectory.'],
      ['list', '- First item with bold text'],
      ['list', '- Second item'],
      ['background', 'Background'],
      ['background', 'The first flight came in 2019.'],
      ['heading', 'Setext Heading'],
      ['body', 'snake_case_name stays and 2 * 3 stays.'],
      ['body', 'Quoted line of text.'],
      ['body', 'Inline image'],
      ['caption', 'alt words'],
      ['body', 'in a paragraph.'],
    ]);
    expectWellFormedBlocks(a);
  });

  it('maps every word back to the original', () => {
    expectLetterRunsRoundTrip(a, MARKUP);
    expectLettersMapToThemselves(a);
    for (const phrase of ['The rocket ', 'fell into the sea.', 'according to ', 'Second item', 'Rocket Test Over the Bay']) {
      const at = a.text.indexOf(phrase);
      expect(originalOf(a, at, at + phrase.length)).toBe(phrase);
    }
  });

  it('maps text after removed markup to its own place', () => {
    for (const word of ['flew', 'kilometers', 'navy', 'trajectory', 'bold', 'Background', 'Quoted']) {
      const at = a.text.indexOf(word);
      expect(originalOf(a, at, at + word.length)).toBe(word);
    }
  });
});

describe('markdown inline syntax', () => {
  it.each([
    ['**bold** and __strong__', 'bold and strong'],
    ['*em* and _em_', 'em and em'],
    ['***both***', 'both'],
    ['a [link](http://x.org) here', 'a link here'],
    ['a [reference][1] link', 'a reference link'],
    ['an <https://example.org> autolink', 'an https://example.org autolink'],
    ['inline <span class="x">html</span> tags', 'inline html tags'],
    ['entities &amp; &#8217; &nbsp;done', 'entities & ’  done'],
    ['unpaired * star and _ underscore', 'unpaired * star and _ underscore'],
    ['a [bracket without link', 'a [bracket without link'],
    ['code `a *b* c` here', 'code a *b* c here'],
    ['escaped \\_under\\_', 'escaped _under_'],
  ])('%s -> %s', (source, text) => {
    const a = ingestOne('a.md', `${source}\n`);
    expect(a.text.trim()).toBe(text);
    expectLetterRunsRoundTrip(a, MARKUP);
    expectLettersMapToThemselves(a);
  });

  it('keeps CRLF files mapped', () => {
    const a = ingestOne('a.md', '# Title\r\n\r\nThe **rocket** flew.\r\n- item one\r\n');
    expect(blockList(a)).toEqual([
      ['heading', 'Title'],
      ['body', 'The rocket flew.'],
      ['list', '- item one'],
    ]);
    expect(a.text).not.toContain('\r');
    expectLetterRunsRoundTrip(a, MARKUP);
  });
});
