import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestAll } from '../../src/ingest/index.js';
import type { IsoDay } from '../../src/model/types.js';
import { decodedForDisplay } from '../../src/util/entities.js';
import { ROOT } from '../helpers/knowledge.js';
import { runJson } from '../helpers/run.js';

const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const read = (file: string) => readFileSync(join(PAGES, file), 'utf8');

/** Each saved page, the day it says it was published, and figures only its boilerplate carries. */
const LAYOUTS: Array<{ page: string; twin: string; published: IsoDay; outlet: string; boilerplate: string[]; captions: string[] }> = [
  {
    page: 'wire-story.html',
    twin: 'wire-story.txt',
    published: '2027-03-16',
    outlet: 'Northline News',
    captions: ['A woman is carried from the mud by rescuers in Kesra on Tuesday.'],
    boilerplate: ['842', '7 skiers', '$1', '89', '299', '1,204', '40 countries', '50,000', '12 dead', '300', '6.1', '30 years', '20 homes', '38'],
  },
  {
    page: 'live-blog.html',
    twin: 'live-blog.txt',
    published: '2027-10-21',
    outlet: 'Coastline Daily',
    captions: ['Waves break over the harbour wall at Port Varn.'],
    boilerplate: ['214', '3 new', '2.3k', '£1', '9.99', '12 dead', '7%', '4.2m', '48 Quay'],
  },
  {
    page: 'amp-page.html',
    twin: 'amp-page.txt',
    published: '2027-05-09',
    outlet: 'Railwire',
    captions: ['Carriages lie beside the track east of Ostrava.'],
    boilerplate: ['17 kinds', '€5', '€49', '640', '15 years', '200 railways', '12 dead', '40 wagons', '6 hours', '1,500'],
  },
  {
    // A blog-engine page: inline "Related:" link and advertisement inside the story, a newsletter box, tags, share
    // counts, related posts of other accidents, comments and a most-read widget.
    page: 'cms-story.html',
    twin: 'cms-story.txt',
    published: '2027-06-02',
    outlet: 'The Danube Ledger',
    boilerplate: ['212', '199', '45,000', '1.2K', '14 hurt', '9 villages', '17 thoughts', '40 years', '38', '8 new', '12 Sea', '1921', '31', '4 min'],
    captions: ['Rescue crews at the collapsed span over the Provadiya river. Photo: 2 June 2027'],
  },
  {
    // A news site's own template: a dek under the headline outside the article body, a caption in a span, an
    // inline "READ MORE", an app promotion inside the story, an author card, recirculation and most-popular rails.
    page: 'news-site.html',
    twin: 'news-site.txt',
    published: '2027-09-16',
    outlet: 'Aegean Post',
    boilerplate: ['27°', '€1', '1.2%', '200 tremors', '4.8', '12,000', '9 major', '1,500', '60 sailings', 'kills 3', '44.1', '22 Ermou', '412'],
    captions: ['Boats in Heraklion harbour after the quake on Thursday. (Photo: Aegean Post)'],
  },
  {
    page: 'json-ld-body.html',
    twin: 'json-ld-body.txt',
    published: '2027-04-14',
    outlet: 'Valley Courier',
    // The article is read from the JSON-LD, which has no pictures.
    captions: [],
    boilerplate: ['96 partners', '4.99', '99 cents', '30 days', '12 dead', '45 jobs', '18 Mill'],
  },
];

/** The claims of one article read alone, without offsets: event, claim, value and what a verdict weighs. */
function claimsOf(path: string, content: string, asOf?: IsoDay): string[] {
  const report = runJson([{ path, content }], asOf ? { asOf } : {});
  return report.findings
    .flatMap((f) => f.values.map((v) => `${f.event} ${f.claim} ${JSON.stringify(v.value)} ${v.unit ?? ''} ${v.display}`))
    .sort();
}

function quotesOf(path: string, content: string): Array<{ text: string; line: number; column: number }> {
  return runJson([{ path, content }]).findings.flatMap((f) => f.values);
}

/** The original file's text at 1-based line and column, `length` chars long. */
function sliceAt(content: string, line: number, column: number, length: number): string {
  const lines = content.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return content.slice(start, start + length);
}

describe.each(LAYOUTS)('saved page $page', ({ page, twin, published, outlet, boilerplate, captions }) => {
  const html = read(page);

  it('gives the same claims as the article as plain text', () => {
    const fromPage = claimsOf(page, html);
    expect(fromPage.length).toBeGreaterThan(2);
    expect(fromPage).toEqual(claimsOf(twin, read(twin), published));
  });

  it('takes no claim from navigation, ads, banners, bios, related stories, comments or scripts', () => {
    const quoted = quotesOf(page, html).map((q) => decodedForDisplay(q.text)).join(' | ');
    for (const figure of boilerplate) expect(quoted).not.toContain(figure);
  });

  it('points every quote at its text in the original file', () => {
    for (const q of quotesOf(page, html)) expect(sliceAt(html, q.line, q.column, q.text.length)).toBe(q.text);
  });

  it('reads its publication day and outlet from the metadata, and the reports show them', () => {
    const [article] = ingestAll([{ path: page, content: html }]);
    expect(article.published?.day).toBe(published);
    expect(article.outlet).toBe(outlet);
    expect(runJson([{ path: page, content: html }]).sources[0]).toMatchObject({ outlet, published });
  });

  it('keeps image captions apart, marked as captions', () => {
    const [article] = ingestAll([{ path: page, content: html }]);
    const found = article.blocks.filter((b) => b.kind === 'caption').map((b) => article.text.slice(b.start, b.end));
    expect(found).toEqual(captions);
  });
});

describe('pages past what Readability is given', () => {
  it('still uses Readability on a page saved "complete", megabytes of inline scripts and styles included', () => {
    const html = read('wire-story.html');
    const script = `<script>window.__STATE__ = ${JSON.stringify({ blob: 'x'.repeat(2_500_000) })};</script><style>${'.a{color:red}'.repeat(50_000)}</style>`;
    // An inlined picture, as "Save page as… complete" writes one: 20 MB of base64 in an attribute.
    const picture = `<img alt="" src="data:image/jpeg;base64,${'QUJD'.repeat(5_000_000)}">`;
    const complete = html.replace('</head>', `${script}</head>`).replace('<figure>', `<figure>${picture}`);
    expect(complete.length).toBeGreaterThan(20_000_000);
    expect(claimsOf('wire-story.html', complete)).toEqual(claimsOf('wire-story.txt', read('wire-story.txt'), '2027-03-16'));
    expect(ingestAll([{ path: 'wire-story.html', content: complete }])[0].notes).toBeUndefined();
  });

  it('says when a long page is read as a whole because it has too many elements for Readability', () => {
    const paragraph = (i: number) => `<p>${'<span>word</span> '.repeat(30)}Paragraph ${i} of the long page.</p>`;
    const html = `<html><body><article>${Array.from({ length: 800 }, (_, i) => paragraph(i)).join('\n')}</article></body></html>`;
    const [article] = ingestAll([{ path: 'long.html', content: html }]);
    expect(article.notes).toEqual(['read as a whole page (too many elements for Readability): teasers and lists of other stories may be read as this one']);
    // A short page read as a whole is not worth a warning.
    expect(ingestAll([{ path: 'short.html', content: '<html><body><p>The river rose 2 m on Monday.</p></body></html>' }])[0].notes).toBeUndefined();
  });
});
