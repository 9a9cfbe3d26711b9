// Each way fetching one URL can fail gives one short reason, and the others still come back.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fetchPages } from '../../src/web/index.js';
import { page, removeTemp, settings, startServer, tempCache, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(removeTemp);

const one = async (url: string, overrides = {}, kind: 'article' | 'feed' = 'article') => {
  const [result] = await fetchPages([{ url, kind }], settings(tempCache(), overrides));
  return result;
};

describe('fetchPages failures', () => {
  it('times out when the server never answers', async () => {
    server = await startServer({ '/hang': () => undefined });
    expect(await one(server.url('/hang'), { timeoutMs: 300 })).toEqual({ ok: false, url: server.url('/hang'), reason: 'timed out after 0.3 s' });
  });

  it('times out when the body stalls after the headers', async () => {
    server = await startServer({ '/stall': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).write('<p>start') });
    expect(await one(server.url('/stall'), { timeoutMs: 300 })).toMatchObject({ ok: false, reason: 'timed out after 0.3 s' });
  });

  it('names a redirect loop', async () => {
    server = await startServer({
      '/a': (_req, res) => res.writeHead(302, { location: '/b' }).end(),
      '/b': (_req, res) => res.writeHead(301, { location: '/a' }).end(),
    });
    expect(await one(server.url('/a'))).toMatchObject({ ok: false, reason: 'redirect loop: /a → /b → /a' });
  });

  it('stops after maxRedirects redirects', async () => {
    server = await startServer(
      Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`/r${i}`, (_req, res) => res.writeHead(307, { location: `/r${i + 1}` }).end()])),
    );
    expect(await one(server.url('/r0'), { maxRedirects: 3 })).toMatchObject({ ok: false, reason: 'more than 3 redirects' });
    expect(server.count('/r3')).toBe(1);
    expect(server.count('/r4')).toBe(0);
  });

  it('follows redirects and gives the final URL', async () => {
    server = await startServer({ '/old': (_req, res) => res.writeHead(301, { location: '/new' }).end(), '/new': page('<p>moved</p>') });
    expect(await one(server.url('/old'))).toMatchObject({ ok: true, url: server.url('/old'), finalUrl: server.url('/new'), text: '<p>moved</p>' });
  });

  it('refuses a body whose Content-Length is over the limit', async () => {
    server = await startServer({ '/big': page('x'.repeat(5000), 'text/html', { 'content-length': '5000' }) });
    expect(await one(server.url('/big'), { maxBytes: 1000 })).toMatchObject({ ok: false, reason: 'body over the 1000 bytes limit' });
  });

  it('stops reading a body without Content-Length once it passes the limit, and does not cache the part read', async () => {
    let sent = 0;
    server = await startServer({
      '/stream': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'max-age=3600' });
        const timer = setInterval(() => {
          if (res.destroyed || sent >= 100) {
            clearInterval(timer);
            res.end();
            return;
          }
          sent++;
          res.write('y'.repeat(512));
        }, 2);
      },
    });
    const cacheDir = tempCache();
    const run = () => fetchPages([{ url: server!.url('/stream'), kind: 'article' }], settings(cacheDir, { maxBytes: 2048 }));
    expect((await run())[0]).toMatchObject({ ok: false, reason: 'body over the 2 KB limit' });
    expect(sent).toBeLessThan(100);
    expect((await run())[0]).toMatchObject({ ok: false, reason: 'body over the 2 KB limit' });
    expect(server.count('/stream')).toBe(2);
  });

  it('refuses a content type an article cannot have', async () => {
    server = await startServer({ '/img': page(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png') });
    expect(await one(server.url('/img'))).toMatchObject({ ok: false, reason: 'not an article: content type image/png' });
  });

  it('refuses HTML where a feed was expected', async () => {
    server = await startServer({ '/feed': page('<html></html>') });
    expect(await one(server.url('/feed'), {}, 'feed')).toMatchObject({ ok: false, reason: 'not a feed: content type text/html' });
  });

  it('guesses a missing content type from the body', async () => {
    server = await startServer({
      '/bare': (_req, res) => {
        res.removeHeader('content-type');
        res.writeHead(200).end('  <rss version="2.0"></rss>');
      },
    });
    expect(await one(server.url('/bare'))).toMatchObject({ ok: true, contentType: 'text/html' });
    expect(await one(server.url('/bare'), {}, 'feed')).toMatchObject({ ok: true, contentType: 'application/xml' });
  });

  it('reports an HTTP error status', async () => {
    server = await startServer({});
    expect(await one(server.url('/missing'))).toEqual({ ok: false, url: server.url('/missing'), reason: 'HTTP 404 Not Found' });
  });

  it('reports a refused connection', async () => {
    server = await startServer({});
    const url = server.url('/gone');
    await server.close();
    server = undefined;
    expect(await one(url)).toMatchObject({ ok: false, reason: 'cannot connect: ECONNREFUSED' });
  });

  it('refuses what is not an http: or https: address', async () => {
    expect(await one('ftp://example.com/a')).toMatchObject({ ok: false, reason: 'not an http: or https: address' });
  });
});
