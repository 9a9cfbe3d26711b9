import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../src/model/types.js';
import { toOriginal } from '../../src/util/offsets.js';
import { blockList, expectLetterRunsRoundTrip, expectLettersMapToThemselves, expectWellFormedBlocks, ingestOne, kindOf } from './helpers.js';

const PAGE = `<!doctype html>
<html><head><title>Rocket Test &amp; Protest | Harbor Daily</title>
<meta property="og:site_name" content="Harbor Daily">
<meta property="article:published_time" content="2025-03-03T08:00:00+09:00">
<script>var x = "<p>not article text</p>";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><header><h1>Rocket Test Over the Bay</h1><p class="byline">By Maria Okafor</p><time datetime="2025-03-03">March 3</time></header>
<p>The rocket&#8217;s first stage burned for 2&nbsp;minutes and the vehicle flew   900
   kilometers, officials said &mdash; farther than planned.</p>
<figure><img src="x.jpg" alt="A rocket"><figcaption>A rocket climbs over the bay. Photo: Harbor Press Agency</figcaption></figure>
<h2>Background</h2><p>The first flight in the series came in 2019.</p>
<h2>What Comes Next</h2><ul><li>More tests are planned.</li><li>Allies will <em>meet</em> soon.</li></ul>
<div class="related"><h3>Read more</h3><ul><li><a href="#">Navy tracks debris</a></li></ul></div>
<noscript>Enable scripting</noscript><template><p>template words</p></template><svg><text>drawing words</text></svg>
<p>Line one<br>Line two</p>
<table><tr><td>Stage</td><td>Burn</td></tr><tr><td>First</td><td>120 s</td></tr></table>
</article><footer><p>Harbor Daily, all day</p></footer></body></html>
`;

const MARKUP = /[<&]/;

describe('an HTML page', () => {
  const a = ingestOne('pages/rocket.html', PAGE);

  it('keeps the words, drops script, style and other non-text content', () => {
    for (const gone of ['not article text', 'color', 'Enable scripting', 'template words', 'drawing words', 'Protest']) {
      expect(a.text).not.toContain(gone);
    }
  });

  it('decodes entities and collapses whitespace', () => {
    expect(a.text).toContain('The rocket’s first stage burned for 2 minutes and the vehicle flew 900 kilometers, officials said — farther than planned.');
  });

  it('types its blocks from elements and classes', () => {
    expect(blockList(a)).toEqual([
      ['boilerplate', 'Home World'],
      ['heading', 'Rocket Test Over the Bay'],
      ['byline', 'By Maria Okafor'],
      ['boilerplate', 'March 3'],
      ['body', 'The rocket’s first stage burned for 2 minutes and the vehicle flew 900 kilometers, officials said — farther than planned.'],
      ['caption', 'A rocket climbs over the bay. Photo: Harbor Press Agency'],
      ['background', 'Background'],
      ['background', 'The first flight in the series came in 2019.'],
      ['heading', 'What Comes Next'],
      ['list', 'More tests are planned.'],
      ['list', 'Allies will meet soon.'],
      ['teaser', 'Read more'],
      ['teaser', 'Navy tracks debris'],
      ['body', 'Line one'],
      ['body', 'Line two'],
      ['body', 'Stage Burn'],
      ['body', 'First 120 s'],
      ['boilerplate', 'Harbor Daily, all day'],
    ]);
    expectWellFormedBlocks(a);
  });

  it('reads title, outlet and publication date from the head', () => {
    expect(a.title).toBe('Rocket Test & Protest | Harbor Daily');
    expect(a.outlet).toBe('Harbor Daily');
    expect(a.published).toEqual({ day: '2025-03-03', from: 'front-matter' });
  });

  it('maps every word back to the original', () => {
    expectLetterRunsRoundTrip(a, MARKUP);
    expectLettersMapToThemselves(a);
    for (const word of ['first stage burned for', 'farther than planned', 'kilometers, officials said', 'Harbor Press Agency']) {
      const at = a.text.indexOf(word);
      const start = toOriginal(a.origin, at);
      expect(a.original.slice(start, toOriginal(a.origin, at + word.length - 1) + 1)).toBe(word);
    }
  });

  it('maps a decoded entity to its start and resumes right after it', () => {
    const apostrophe = a.text.indexOf('’');
    expect(toOriginal(a.origin, apostrophe)).toBe(a.original.indexOf('&#8217;'));
    expect(toOriginal(a.origin, apostrophe + 1)).toBe(a.original.indexOf('&#8217;') + '&#8217;'.length);
    const dash = a.text.indexOf('—');
    expect(a.original.startsWith('&mdash;', toOriginal(a.origin, dash))).toBe(true);
  });
});

describe('class and id hints', () => {
  it.each<[string, BlockKind]>([
    ['class="caption"', 'caption'],
    ['class="wp-caption-text"', 'caption'],
    ['class="photo-credit"', 'caption'],
    ['class="article-byline"', 'byline'],
    ['class="author-name"', 'byline'],
    ['id="related-stories"', 'teaser'],
    ['class="teaser"', 'teaser'],
    ['class="recommended"', 'teaser'],
    ['id="comments"', 'boilerplate'],
    ['class="share-tools"', 'boilerplate'],
    ['class="newsletter-signup"', 'boilerplate'],
    ['class="faq"', 'faq'],
  ])('<div %s> -> %s', (attrs, kind) => {
    const a = ingestOne('a.html', `<p>The rocket flew 900 kilometers.</p><div ${attrs}>Words in the region</div>`);
    expect(kindOf(a, 'Words in the region')).toBe(kind);
    expect(kindOf(a, 'The rocket flew')).toBe('body');
  });

  it('ignores classes that describe the whole page', () => {
    const a = ingestOne('a.html', '<body class="single-author"><article class="post author"><p>The rocket flew.</p></article></body>');
    expect(kindOf(a, 'The rocket flew.')).toBe('body');
  });

  it('text patterns still apply to unmarked paragraphs', () => {
    const a = ingestOne('a.html', '<p>The rocket flew.</p><p>Advertisement</p><p>Reporting by Lena Park</p><p>Q: Was anyone hurt?</p>');
    expect(blockList(a).map(([k]) => k)).toEqual(['body', 'boilerplate', 'byline', 'faq']);
  });

  it('hidden elements carry no text', () => {
    const a = ingestOne('a.html', '<p>Seen.</p><div hidden>Unseen one.</div><p style="display: none">Unseen two.</p><span aria-hidden="true">Unseen three.</span>');
    expect(a.text.trim()).toBe('Seen.');
  });
});

describe('HTML metadata', () => {
  it('prefers og:title to <title>', () => {
    const a = ingestOne('a.html', '<title>Site | Story</title><meta property="og:title" content="Story"><p>x</p>');
    expect(a.title).toBe('Story');
  });

  it('takes a <time datetime> from the article header', () => {
    const a = ingestOne('a.html', '<header><h1>Story</h1><time datetime="2025-03-03T10:00">Monday</time></header><p>The rocket flew.</p>');
    expect(a.published).toEqual({ day: '2025-03-03', from: 'front-matter' });
  });

  it('ignores a <time> deep in the story', () => {
    const a = ingestOne('a.html', '<p>The rocket flew.</p><p>A test on <time datetime="2019-05-01">May 1</time> failed.</p>');
    expect(a.published).toBeUndefined();
  });

  it('reads datePublished from JSON-LD', () => {
    const a = ingestOne('a.html', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-06T03:00:00Z"}</script><p>x</p>');
    expect(a.published).toEqual({ day: '2025-01-06', from: 'front-matter' });
  });

  it('falls back on the time the page was last changed when it states no publication date', () => {
    const ld = (fields: string) => `<script type="application/ld+json">{"@type":"NewsArticle",${fields}}</script><p>x</p>`;
    expect(ingestOne('a.html', ld('"dateModified":"2025-01-07T09:00:00Z"')).published?.day).toBe('2025-01-07');
    expect(ingestOne('a.html', ld('"dateModified":"2025-01-07T09:00:00Z","datePublished":"2025-01-06T03:00:00Z"')).published?.day).toBe('2025-01-06');
    expect(ingestOne('a.html', '<meta property="article:modified_time" content="2025-02-02T10:00:00Z"><p>x</p>').published?.day).toBe('2025-02-02');
    const both = '<meta property="article:modified_time" content="2025-02-02T10:00:00Z"><header><time datetime="2025-02-01">1 Feb</time></header><p>x</p>';
    expect(ingestOne('a.html', both).published?.day).toBe('2025-02-01');
  });

  it('ignores malformed metadata dates', () => {
    const a = ingestOne('a.html', '<meta property="article:published_time" content="soon"><p>x</p>');
    expect(a.published).toBeUndefined();
  });

  it('takes the canonical link as url', () => {
    const a = ingestOne('a.html', '<link rel="canonical" href="https://example.org/story"><p>x</p>');
    expect(a.url).toBe('https://example.org/story');
  });
});

describe('HTML text and offsets', () => {
  it('keeps <pre> whitespace', () => {
    const a = ingestOne('a.html', '<pre>Stage   Burn\nFirst   120 s</pre>');
    expect(a.text).toContain('Stage   Burn\nFirst   120 s');
  });

  it('handles CRLF line endings and front matter', () => {
    const content = '---\r\ntitle: Given Title\r\n---\r\n<p>The rocket\r\n  flew 900\r\nkilometers.</p>\r\n<p>Second paragraph.</p>\r\n';
    const a = ingestOne('a.html', content);
    expect(a.title).toBe('Given Title');
    expect(blockList(a)).toEqual([
      ['body', 'The rocket flew 900 kilometers.'],
      ['body', 'Second paragraph.'],
    ]);
    expectLetterRunsRoundTrip(a);
    expectLettersMapToThemselves(a);
  });

  it('survives broken markup', () => {
    const a = ingestOne('a.html', '<p>unclosed <b>bold <i>italic</p> tail</b> <div><p>x<td>y</tr></table></li>&amp &#99999999; &#0; &bogus; <');
    expect(a.text).toContain('unclosed bold italic');
    expectWellFormedBlocks(a);
    expectLettersMapToThemselves(a);
  });

  it('keeps the text of elements nested past the depth limit', () => {
    // 100,000 levels: before the limit, htmlparser2's front-grown stack made this take minutes.
    const depth = 100_000;
    const a = ingestOne('a.html', `<p>Top words.</p>${'<div><b>w '.repeat(depth)}end of the page.`);
    expect(a.text.startsWith('Top words.\n')).toBe(true);
    expect(a.text.match(/\bw\b/g)?.length).toBe(depth);
    expect(a.text.trimEnd().endsWith('end of the page.')).toBe(true);
    expectWellFormedBlocks(a);
  });

  it('maps an empty page to the body start', () => {
    const a = ingestOne('a.html', '---\ntitle: T\n---\n<script>x</script>');
    expect(a.text).toBe('');
    expect(a.blocks).toEqual([]);
  });
});

describe('pages with an unclosed head', () => {
  it('still yields the body text', () => {
    const a = ingestOne('a.html', '<head><title>T</title><meta charset="utf-8"><p>The rocket flew 900 kilometers.</p>');
    expect(a.text.trim()).toBe('The rocket flew 900 kilometers.');
    expect(a.title).toBe('T');
  });
});
