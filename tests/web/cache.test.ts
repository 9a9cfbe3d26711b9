// The HTTP cache and the decoded copies: revalidation with ETag and Last-Modified, offline re-runs giving the same
// text, and a copy path that stays the same and holds exactly the text.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fetchPages, type FetchedPage, type PageKind } from '../../src/web/index.js';
import { page, removeTemp, settings, startServer, tempCache, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(removeTemp);

const ARTICLE = '<html><head><title>Flood</title></head><body><p>The river rose 2.4 m overnight.</p></body></html>';

const fetchOne = async (cacheDir: string, url: string, offline = false, kind: PageKind = 'article') =>
  (await fetchPages([{ url, kind }], settings(cacheDir, { offline })))[0];

describe('fetchPages cache', () => {
  it('revalidates with If-None-Match and serves the cached body on a 304', async () => {
    let notModified = 0;
    server = await startServer({
      '/etag': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          notModified++;
          res.writeHead(304, { etag: '"v1"', 'cache-control': 'no-cache' }).end();
        } else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'cache-control': 'no-cache' }).end(ARTICLE);
      },
    });
    const cacheDir = tempCache();
    const first = await fetchOne(cacheDir, server.url('/etag'));
    expect(first).toMatchObject({ ok: true, text: ARTICLE, cache: 'miss' });
    const second = await fetchOne(cacheDir, server.url('/etag'));
    expect(notModified).toBe(1);
    expect(second).toMatchObject({ ok: true, text: ARTICLE, cache: 'revalidated' });
  });

  it('reuses a page still fresh by its Cache-Control without asking the server, and asks again once the server says no-cache', async () => {
    let served = 0;
    let header = 'max-age=3600';
    server = await startServer({
      '/fresh': (_req, res) => {
        served++;
        res.writeHead(200, { 'content-type': 'text/html', 'cache-control': header }).end(ARTICLE);
      },
    });
    const cacheDir = tempCache();
    expect(await fetchOne(cacheDir, server.url('/fresh'))).toMatchObject({ ok: true, cache: 'miss' });
    const before = server.requests.length; // the page and robots.txt
    expect(await fetchOne(cacheDir, server.url('/fresh'))).toMatchObject({ ok: true, text: ARTICLE, cache: 'hit' });
    expect(server.requests.length).toBe(before);
    expect(served).toBe(1);
    // A page that must be revalidated each time is asked for each time.
    header = 'no-cache';
    const other = tempCache();
    await fetchOne(other, server.url('/fresh'));
    await fetchOne(other, server.url('/fresh'));
    expect(served).toBe(3);
  });

  it('revalidates with If-Modified-Since', async () => {
    const modified = 'Mon, 07 Dec 2026 08:00:00 GMT';
    let notModified = 0;
    server = await startServer({
      '/dated': (req, res) => {
        if (req.headers['if-modified-since'] === modified) {
          notModified++;
          res.writeHead(304, { 'last-modified': modified, 'cache-control': 'no-cache' }).end();
        } else res.writeHead(200, { 'content-type': 'text/html', 'last-modified': modified, 'cache-control': 'no-cache' }).end(ARTICLE);
      },
    });
    const cacheDir = tempCache();
    expect(await fetchOne(cacheDir, server.url('/dated'))).toMatchObject({ ok: true, text: ARTICLE });
    expect(await fetchOne(cacheDir, server.url('/dated'))).toMatchObject({ ok: true, text: ARTICLE, cache: 'revalidated' });
    expect(notModified).toBe(1);
  });

  it('serves a fresh page from the cache without asking the server', async () => {
    server = await startServer({ '/fresh': page(ARTICLE, 'text/html', { 'cache-control': 'max-age=3600' }) });
    const cacheDir = tempCache();
    await fetchOne(cacheDir, server.url('/fresh'));
    expect(await fetchOne(cacheDir, server.url('/fresh'))).toMatchObject({ ok: true, text: ARTICLE, cache: 'hit' });
    expect(server.count('/fresh')).toBe(1);
  });

  it('gives the same text offline, with the server gone, as online', async () => {
    server = await startServer({
      '/story': page(ARTICLE, 'text/html; charset=utf-8', { etag: '"s"', 'cache-control': 'no-cache' }),
      '/feed.xml': page('<rss version="2.0"><channel><title>News</title></channel></rss>', 'application/rss+xml', { 'cache-control': 'max-age=60' }),
    });
    const cacheDir = tempCache();
    const urls = [
      { url: server.url('/story'), kind: 'article' as const },
      { url: server.url('/feed.xml'), kind: 'feed' as const },
    ];
    const online = await fetchPages(urls, settings(cacheDir));
    await server.close();
    server = undefined;
    const offline = await fetchPages(urls, settings(cacheDir, { offline: true }));
    expect(online.every((r) => r.ok)).toBe(true);
    expect(offline.map((r) => r.ok && r.cache)).toEqual(['offline', 'offline']);
    expect(offline.map((r) => r.ok && r.text)).toEqual(online.map((r) => r.ok && r.text));
    expect(offline.map((r) => r.ok && r.copy)).toEqual(online.map((r) => r.ok && r.copy));
  });

  it('gives the same text offline for a page the HTTP cache may not keep (no-store, behind a 302)', async () => {
    server = await startServer({
      '/go': (_req, res) => res.writeHead(302, { location: '/private' }).end(),
      '/private': page(ARTICLE, 'text/html', { 'cache-control': 'no-store' }),
    });
    const cacheDir = tempCache();
    const online = await fetchOne(cacheDir, server.url('/go'));
    await server.close();
    server = undefined;
    const offline = await fetchOne(cacheDir, online.url, true);
    expect(online).toMatchObject({ ok: true, text: ARTICLE, finalUrl: expect.stringMatching(/\/private$/) });
    expect(offline).toEqual({ ...online, cache: 'offline' });
  });

  it('gives offline the text of the last online run, when the HTTP cache kept an older version', async () => {
    let version = 1;
    server = await startServer({
      '/changing': (_req, res) => {
        const cacheControl = version === 1 ? 'max-age=0' : 'no-store';
        res.writeHead(200, { 'content-type': 'text/html', 'cache-control': cacheControl }).end(`<p>version ${version}</p>`);
      },
    });
    const cacheDir = tempCache();
    expect(await fetchOne(cacheDir, server.url('/changing'))).toMatchObject({ ok: true, text: '<p>version 1</p>' });
    version = 2;
    const online = await fetchOne(cacheDir, server.url('/changing'));
    expect(online).toMatchObject({ ok: true, text: '<p>version 2</p>' });
    expect(await fetchOne(cacheDir, server.url('/changing'), true)).toEqual({ ...online, cache: 'offline' });
  });

  it('fails offline for a URL never fetched', async () => {
    server = await startServer({ '/never': page(ARTICLE) });
    expect(await fetchOne(tempCache(), server.url('/never'), true)).toEqual({ ok: false, url: server.url('/never'), reason: 'not in the cache (--offline)' });
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the decoded copy at one path, holding exactly the text, rewritten only when it changes', async () => {
    let body = ARTICLE;
    server = await startServer({
      '/World/Flood-in-Z%C3%BCrich.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-cache' }).end(body),
    });
    const cacheDir = tempCache();
    const url = server.url('/World/Flood-in-Z%C3%BCrich.html');
    const first = (await fetchOne(cacheDir, url)) as FetchedPage;
    expect(first.ok).toBe(true);
    expect(relative(cacheDir, first.copy).split('\\').join('/')).toMatch(
      new RegExp(`^pages/127\\.0\\.0\\.1-${new URL(url).port}/world-flood-in-zurich-html-[0-9a-f]{10}\\.html$`),
    );
    expect(readFileSync(first.copy, 'utf8')).toBe(first.text);
    const written = statSync(first.copy).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = (await fetchOne(cacheDir, url)) as FetchedPage;
    expect(second.copy).toBe(first.copy);
    expect(statSync(second.copy).mtimeMs).toBe(written);
    body = `${ARTICLE}\n<!-- updated -->`;
    const third = (await fetchOne(cacheDir, url)) as FetchedPage;
    expect(third.copy).toBe(first.copy);
    expect(readFileSync(third.copy, 'utf8')).toBe(body);
  });
});
