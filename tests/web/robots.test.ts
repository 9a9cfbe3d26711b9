// robots.txt: our product token's rules are obeyed, fetched once per host, and a missing or broken one allows all.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fetchPages } from '../../src/web/index.js';
import { page, removeTemp, settings, startServer, tempCache, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(removeTemp);

const ROBOTS = 'User-agent: *\nAllow: /\n\nUser-agent: verify\nDisallow: /private/\n';
const articles = (urls: string[]) => urls.map((url) => ({ url, kind: 'article' as const }));

describe('fetchPages robots.txt', () => {
  it('refuses what robots.txt disallows for verify, and fetches robots.txt once for several URLs of a host', async () => {
    server = await startServer({
      '/robots.txt': page(ROBOTS, 'text/plain'),
      '/private/a': page('<p>secret</p>'),
      '/news/1': page('<p>one</p>'),
      '/news/2': page('<p>two</p>'),
      '/news/3': page('<p>three</p>'),
    });
    const urls = ['/news/1', '/private/a', '/news/2', '/news/3'].map(server.url);
    const results = await fetchPages(articles(urls), settings(tempCache()));
    expect(results.map((r) => (r.ok ? r.text : r.reason))).toEqual(['<p>one</p>', 'refused by robots.txt', '<p>two</p>', '<p>three</p>']);
    expect(server.count('/robots.txt')).toBe(1);
    expect(server.count('/private/a')).toBe(0);
    expect(server.requests.every((r) => r.headers['user-agent']?.startsWith('verify/0.0.0-test (fact-consistency checker'))).toBe(true);
  });

  it('checks a redirect target against robots.txt too', async () => {
    server = await startServer({
      '/robots.txt': page(ROBOTS, 'text/plain'),
      '/short': (_req, res) => res.writeHead(302, { location: '/private/b' }).end(),
      '/private/b': page('<p>secret</p>'),
    });
    const [result] = await fetchPages(articles([server.url('/short')]), settings(tempCache()));
    expect(result).toMatchObject({ ok: false, reason: `refused by robots.txt (redirected to ${server.url('/private/b')})` });
    expect(server.count('/private/b')).toBe(0);
  });

  it('allows everything when robots.txt is missing (404) or failing (500)', async () => {
    for (const status of [404, 500]) {
      server = await startServer({
        '/robots.txt': (_req, res) => res.writeHead(status, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /\n'),
        '/private/a': page('<p>open</p>'),
      });
      const [result] = await fetchPages(articles([server.url('/private/a')]), settings(tempCache()));
      expect(result).toMatchObject({ ok: true, text: '<p>open</p>' });
      await server.close();
      server = undefined;
    }
  });

  it('uses the cached robots.txt offline', async () => {
    server = await startServer({
      '/robots.txt': page(ROBOTS, 'text/plain', { 'cache-control': 'max-age=60' }),
      '/private/a': page('<p>secret</p>'),
    });
    const cacheDir = tempCache();
    await fetchPages(articles([server.url('/news/none')]), settings(cacheDir));
    const url = server.url('/private/a');
    await server.close();
    server = undefined;
    const [result] = await fetchPages(articles([url]), settings(cacheDir, { offline: true }));
    expect(result).toMatchObject({ ok: false, reason: 'refused by robots.txt' });
  });
});
