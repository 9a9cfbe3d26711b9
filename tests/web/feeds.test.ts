import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError, itemsSince, parseFeed, type FeedItem } from '../../src/web/feeds.js';
import { parseFeedDate } from '../../src/web/feedDates.js';
import { xmlProblem } from '../../src/web/xmlCheck.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'feeds');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const FIXTURE_NAMES = ['harbour-gazette.rss.xml', 'newsroom.atom.xml', 'wire.feed.json', 'science-digest.rdf.xml', 'empty.rss.xml'];

/** The FeedError `parseFeed` throws on `text` (the test fails when it throws nothing or something else). */
function feedError(text: string): FeedError {
  try {
    parseFeed(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('parseFeed did not throw');
}

describe('an RSS 2.0 news feed', () => {
  const feed = parseFeed(fixture('harbour-gazette.rss.xml'), 'https://harbour-gazette.example/feeds/latest.rss');
  const byTitle = (start: string) => feed.items.find((i) => i.title?.startsWith(start));

  it('is read as RSS, its title out of CDATA', () => {
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('The Harbour Gazette – Latest');
  });

  it('keeps feed order and positions; the duplicate listings (same URL, or the same but for a #fragment) are dropped', () => {
    expect(feed.items.map((i) => [i.position, i.title])).toEqual([
      [1, 'Ferry terminal fire: 14 injured, 300 evacuated'],
      [2, 'Council approves €12m sea-wall budget'],
      [3, 'Live: storm updates'],
      [4, 'Tokyo partner desk: shipping talks resume'],
      [7, 'Opinion: why the bay needs a second bridge'],
      [8, 'Letters to the editor'],
      [9, 'Weather'],
    ]);
  });

  it('resolves a relative link against the channel link, takes a permalink guid as the link, and drops a javascript: link', () => {
    expect(byTitle('Council')?.link).toBe('https://harbour-gazette.example/news/2026/03/03/sea-wall-budget');
    expect(byTitle('Ferry')?.link).toBe('https://harbour-gazette.example/news/2026/03/04/ferry-terminal-fire?utm_source=rss&utm_medium=feed');
    expect(byTitle('Opinion')?.link).toBe('https://harbour-gazette.example/opinion/second-bridge');
    expect(byTitle('Weather')?.link).toBeUndefined();
    // A guid that is an id, not a URL, is no link, though it would resolve as a relative one.
    expect(byTitle('Letters')?.link).toBeUndefined();
  });

  it('gives dates in UTC: GMT, +0000, +0900 and EST; none for an item without pubDate or with an unreadable one', () => {
    expect(byTitle('Ferry')?.published).toBe('2026-03-04T10:00:00.000Z');
    expect(byTitle('Council')?.published).toBe('2026-03-03T18:30:00.000Z');
    expect(byTitle('Tokyo')?.published).toBe('2026-03-03T23:45:00.000Z');
    expect(byTitle('Opinion')?.published).toBe('2026-03-02T12:05:00.000Z');
    expect(byTitle('Live')?.published).toBeUndefined();
    expect(byTitle('Weather')?.published).toBeUndefined();
  });

  it('takes content:encoded as the content, a long description too, but not a short description', () => {
    expect(byTitle('Ferry')?.content).toMatch(/^<p>Fourteen people were taken to hospital/);
    expect(byTitle('Ferry')?.content).toContain('"no earlier than 16:00"');
    expect(byTitle('Tokyo')?.content).toMatch(/^<p>Talks between the shipping lines/);
    expect(byTitle('Council')?.content).toBeUndefined();
    expect(byTitle('Live')?.content).toBeUndefined();
    expect(byTitle('Opinion')?.content).toBeUndefined();
  });
});

describe('an Atom feed', () => {
  const feed = parseFeed(fixture('newsroom.atom.xml'));
  const [inquiry, closures, podcast, note] = feed.items;

  it('is read as Atom with every entry', () => {
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Valley Courier');
    expect(feed.items.map((i) => i.position)).toEqual([1, 2, 3, 4]);
  });

  it("resolves links against the feed's xml:base and an entry's own, relative xml:base; takes the alternate link, not an enclosure", () => {
    expect(inquiry.link).toBe('https://valley-courier.example/articles/2026/03/mine-inquiry');
    expect(closures.link).toBe('https://valley-courier.example/briefs/road-closures');
    expect(podcast.link).toBe('https://valley-courier.example/podcast/44');
    expect(note.link).toBeUndefined();
  });

  it('reads an HTML title as text', () => {
    expect(inquiry.title).toBe('Mine inquiry: three firms named');
  });

  it('dates an entry by published, else by updated; none when updated is unreadable', () => {
    expect(inquiry.published).toBe('2026-03-04T07:00:00.000Z');
    expect(closures.published).toBe('2026-03-03T16:20:00.000Z');
    expect(podcast.published).toBe('2026-02-27T17:00:00.500Z');
    expect(note.published).toBeUndefined();
  });

  it('takes <content type="html"> as HTML, text content escaped into paragraphs, XHTML unwrapped; a short <summary> is not content', () => {
    expect(inquiry.content).toBe(
      '<p>The public inquiry into the Kessel mine collapse named three contractors in its interim report on Wednesday.</p>\n' +
        '<p>The report, 212 pages long, found that inspections due in 2024 &amp; 2025 were <strong>not carried out</strong>.</p>',
    );
    expect(podcast.content).toBe(
      "<p>Host: Ana Ruiz.</p>\n<p>In this week's episode: the mine inquiry, the sea wall &amp; the school &lt;budget&gt; vote.\nRecorded on Thursday.</p>",
    );
    expect(note.content).toBe('<p>We have corrected the figure for the <b>budget</b>.</p>');
    expect(closures.content).toBeUndefined();
  });

  it('does not take content given by reference (src) as content', () => {
    const atom = fixture('newsroom.atom.xml').replace('<content type="text">', '<content type="text" src="https://valley-courier.example/pod/44.txt">');
    expect(parseFeed(atom).items[2].content).toBeUndefined();
  });
});

describe('a JSON Feed 1.1', () => {
  const feed = parseFeed(fixture('wire.feed.json'));
  const [dam, rail, linkPost, brief] = feed.items;

  it('is read as JSON Feed', () => {
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('Northern Wire');
    expect(feed.items).toHaveLength(4);
  });

  it('takes content_html as it is and content_text escaped, one <p> per paragraph', () => {
    expect(dam.content).toBe('<p>Reservoir levels across the region fell to 41% this week, the water board said.</p><p>Levels were 67% a year ago.</p>');
    expect(rail.content).toBe(
      "<p>The union called off Friday's strike late on Tuesday.</p>\n" +
        '<p>Talks will resume on Monday, a spokesperson said. "We are &lt;cautiously&gt; optimistic &amp; ready."</p>\n' +
        '<p>Trains will run as normal.</p>',
    );
    expect(brief.content).toBe('<p>Short note.</p>');
    expect(linkPost.content).toBeUndefined();
  });

  it('resolves a relative url against home_page_url and takes external_url for a link post', () => {
    expect(dam.link).toBe('https://northern-wire.example/2026/03/04/dam-levels');
    expect(rail.link).toBe('https://northern-wire.example/2026/03/03/rail-strike');
    expect(linkPost.link).toBe('https://other-site.example/report');
    expect(brief.link).toBeUndefined();
  });

  it('dates items by date_published (else date_modified), in UTC', () => {
    expect(dam.published).toBe('2026-03-04T04:30:00.000Z');
    expect(rail.published).toBe('2026-03-03T21:05:00.000Z');
    expect(linkPost.published).toBe('2026-03-02T00:00:00.000Z');
    expect(brief.published).toBeUndefined();
  });

  it('takes a summary as content only when it is long enough to be the article', () => {
    const long = 'The regional assembly published its budget report on Monday. '.repeat(10).trim();
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', url: 'https://x.example/a', summary: long }] });
    expect(parseFeed(json).items[0].content).toBe(`<p>${long}</p>`);
  });

  it('refuses JSON that is not valid and a JSON Feed without items, each in one line', () => {
    expect(feedError('{"version": "https://jsonfeed.org/version/1.1", "title": ').message).toMatch(/^invalid JSON Feed: not valid JSON \(.+\)$/);
    expect(feedError('{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": {}}').message).toBe('invalid JSON Feed: no "items" list');
    expect(feedError('{"name": "verify", "version": "0.1.0"}').message).toBe('not a feed (RSS, Atom or JSON Feed)');
  });
});

describe('an RSS 1.0 (RDF) feed', () => {
  const feed = parseFeed(fixture('science-digest.rdf.xml'));

  it('is read as RDF: links resolved against the channel link, dc:date as the date, content:encoded as the content', () => {
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('Science Digest');
    expect(feed.items).toEqual([
      { link: 'https://science-digest.example/a/comet', title: 'Comet brightens to magnitude 4', published: '2026-03-01T22:10:00.000Z', publishedDay: '2026-03-01', position: 1 },
      {
        link: 'https://science-digest.example/a/glacier',
        title: 'Glacier retreat measured at 38 metres',
        published: '2026-02-28T00:00:00.000Z',
        publishedDay: '2026-02-28',
        content: '<p>The glacier retreated 38 metres last year, the survey found.</p>',
        position: 2,
      },
    ]);
  });
});

describe('what is not a feed, or not a whole one', () => {
  it('refuses an HTML page, even one that links its feed', () => {
    expect(feedError(fixture('not-a-feed.html')).message).toBe('not a feed (RSS, Atom or JSON Feed)');
  });

  it('refuses empty and blank text, and plain prose', () => {
    for (const text of ['', '   \n', 'Breaking: nothing happened.', '[1, 2, 3]']) expect(feedError(text).message).toBe('not a feed (RSS, Atom or JSON Feed)');
  });

  it('refuses broken XML with the line, in one line', () => {
    const { message } = feedError(fixture('broken.rss.xml'));
    expect(message).toBe('invalid RSS feed: broken XML at line 6: </b> expected, found </title>');
  });

  it('refuses a feed cut short', () => {
    const text = fixture('harbour-gazette.rss.xml');
    expect(feedError(text.slice(0, text.indexOf('<item>', 3000))).message).toMatch(/^invalid RSS feed: broken XML at line \d+: <channel> is not closed/);
    const atom = fixture('newsroom.atom.xml');
    expect(feedError(atom.slice(0, atom.length - 30)).message).toMatch(/^invalid Atom feed: broken XML at line \d+: /);
  });

  it('reads an empty feed as no items, without error', () => {
    expect(parseFeed(fixture('empty.rss.xml'))).toEqual({ format: 'rss', title: 'Quiet Town Herald', items: [] });
    expect(parseFeed('{"version": "https://jsonfeed.org/version/1", "title": "Nothing", "items": []}').items).toEqual([]);
    // Nothing at all in the channel or feed: feedsmith reads nothing, which is still an empty feed.
    expect(parseFeed('<rss version="2.0"><channel></channel></rss>')).toEqual({ format: 'rss', items: [] });
    expect(parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toEqual({ format: 'atom', items: [] });
  });

  it('refuses an RSS document without a channel', () => {
    expect(feedError('<rss version="2.0"><item><title>x</title></item></rss>').message).toBe('invalid RSS feed: no <channel> element');
  });

  it('reads a feed that starts with a byte-order mark', () => {
    expect(parseFeed(`\ufeff${fixture('wire.feed.json')}`).items).toHaveLength(4);
  });
});

describe('the XML check', () => {
  it.each([
    ['<a><b/></a>', undefined],
    ['<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x "<y>">]>\n<!-- c -->\n<a t="1 > 0"><![CDATA[<b>]]></a>\n', undefined],
    ['<a>', 'line 1: <a> is not closed (the file may be cut short)'],
    ['<a></b>', 'line 1: </a> expected, found </b>'],
    ['<a/><b/>', 'line 1: a second root element <b>'],
    ['<a>1 < 2</a>', "line 1: a '<' that starts no tag (write it as &lt;)"],
    ['<a>\n<!-- open', 'line 2: a comment is not closed'],
    ['<a>\n\n<![CDATA[x', 'line 3: a CDATA section is not closed'],
    ['<a b="x></a>', 'line 1: the tag <a> is not closed'],
    ['</a>', 'line 1: </a> closes no open element'],
    ['just text', 'line 1: no element'],
  ])('%j: %s', (xml, problem) => {
    expect(xmlProblem(xml)).toBe(problem);
  });
});

describe('feed dates', () => {
  it.each([
    ['Wed, 04 Mar 2026 10:00:00 GMT', '2026-03-04T10:00:00.000Z'],
    ['Wed, 04 Mar 2026 08:45:00 +0900', '2026-03-03T23:45:00.000Z'],
    ['4 Mar 26 10:00 EDT', '2026-03-04T14:00:00.000Z'],
    ['Wed, 4 March 2026 10:00:00', '2026-03-04T10:00:00.000Z'],
    ['2026-03-04T10:00:00+01:00', '2026-03-04T09:00:00.000Z'],
    ['2026-03-04T10:00:00.123456Z', '2026-03-04T10:00:00.123Z'],
    ['2026-03-04 10:00:00 +0000', '2026-03-04T10:00:00.000Z'],
    ['2026-03-04T10:00:00', '2026-03-04T10:00:00.000Z'],
    ['2026-03-04', '2026-03-04T00:00:00.000Z'],
    ['2026-02-30', undefined],
    ['Wed, 04 Mar 2026 25:00:00 GMT', undefined],
    ['Wed, 04 Mar 2026 10:00:00 XYZ', undefined],
    ['04/03/2026', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ])('%j is %s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });
});

describe('itemsSince', () => {
  const item = (position: number, publishedDay?: string): FeedItem => ({ position, ...(publishedDay ? { publishedDay } : {}) });
  const items = [item(1, '2026-03-04'), item(2, '2026-03-03'), item(3), item(4, '2026-03-05'), item(5, '2026-02-01')];

  it('keeps the day itself and later days, drops the day before, returns the undated apart, in feed order', () => {
    const { kept, undated } = itemsSince(items, '2026-03-04');
    expect(kept.map((i) => i.position)).toEqual([1, 4]);
    expect(undated.map((i) => i.position)).toEqual([3]);
  });

  it('works on a parsed feed by the day each item was published where it is dated: 4 March, 08:45 in Tokyo, is 4 March', () => {
    const feed = parseFeed(fixture('harbour-gazette.rss.xml'));
    const tokyo = feed.items.find((i) => i.title === 'Tokyo partner desk: shipping talks resume')!;
    expect(tokyo).toMatchObject({ published: '2026-03-03T23:45:00.000Z', publishedDay: '2026-03-04' });
    const { kept, undated } = itemsSince(feed.items, '2026-03-04');
    expect(kept.map((i) => i.title)).toContain('Tokyo partner desk: shipping talks resume');
    expect(kept.map((i) => i.title)).not.toContain('Council approves €12m sea-wall budget');
    expect(undated.map((i) => i.title)).toEqual(['Live: storm updates', 'Weather']);
  });

  it('refuses a since that is not a calendar day', () => {
    expect(() => itemsSince(items, '2026-02-30')).toThrow(RangeError);
    expect(() => itemsSince(items, '4 March')).toThrow(RangeError);
  });
});

describe('parseFeed on anything', () => {
  const onlyFeedErrors = (text: string) => {
    try {
      parseFeed(text, 'https://feeds.example/a/feed.xml');
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      expect(error.message).not.toMatch(/[\r\n]/);
    }
  };
  const texts = FIXTURE_NAMES.map(fixture);
  const INSERTS = ['', '<', '>', '</item>', '<item>', '&', '"', ']]>', '<![CDATA[', '{', '}', '"items":', '\u0000', '\ufeff', 'x'];
  const PIECES = ['<rss version="2.0">', '<channel>', '<item>', '</item>', '<feed>', '<entry>', '{', '"items":[', 'x'];
  // Cuts, insertions and repeats: what truncated downloads and sloppy generators do to a feed.
  const mutated = fc
    .tuple(fc.constantFrom(...texts), fc.nat(), fc.nat(), fc.constantFrom(...INSERTS))
    .map(([text, a, b, insert]) => {
      const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
      return text.slice(0, from) + insert + text.slice(to);
    });

  it('throws nothing but a one-line FeedError on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), onlyFeedErrors), { numRuns: 500 });
    const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(pieced, onlyFeedErrors), { numRuns: 500 });
  });

  it('throws nothing but a one-line FeedError on mutated fixtures', () => {
    fc.assert(fc.property(mutated, onlyFeedErrors), { numRuns: 500 });
  });

  it('gives every item it reads a position, and only absolute http(s) links and ISO dates', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        let items: FeedItem[];
        try {
          items = parseFeed(text, 'https://feeds.example/a/feed.xml').items;
        } catch {
          return;
        }
        for (const i of items) {
          expect(i.position).toBeGreaterThan(0);
          if (i.link !== undefined) expect(i.link).toMatch(/^https?:\/\//);
          if (i.published !== undefined) expect(new Date(i.published).toISOString()).toBe(i.published);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('measures a description of unclosed "<" in linear time', () => {
    const description = `<description><![CDATA[${'<a'.repeat(100_000)}]]></description>`;
    const text = `<rss version="2.0"><channel><item><link>https://a.example/x</link>${description}</item></channel></rss>`;
    const start = performance.now();
    expect(parseFeed(text).items).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('refuses a deeply nested document with a FeedError, not a stack overflow', () => {
    const deep = `<rss version="2.0"><channel>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</channel></rss>`;
    expect(feedError(deep).message).toMatch(/^invalid RSS feed: the XML could not be read \(.+\)$/);
  });
});
