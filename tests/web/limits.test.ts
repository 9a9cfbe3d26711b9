// How many requests run at once, and the order of the results.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fetchPages } from '../../src/web/index.js';
import { removeTemp, settings, startServer, tempCache, type Route, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(removeTemp);

/** A page answered after `ms` milliseconds, so requests overlap if they are allowed to. */
const slow =
  (ms: number, text: string): Route =>
  (_req, res) =>
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(text), ms);

const articles = (urls: string[]) => urls.map((url) => ({ url, kind: 'article' as const }));

describe('fetchPages limits and order', () => {
  it('sends at most perHost requests to one host at once', async () => {
    const paths = Array.from({ length: 6 }, (_, i) => `/p${i}`);
    server = await startServer(Object.fromEntries(paths.map((p) => [p, slow(40, p)])));
    const results = await fetchPages(articles(paths.map(server.url)), settings(tempCache(), { perHost: 2 }));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(server.maxActive).toBe(2);
  });

  it('sends at most concurrency requests at once overall', async () => {
    const paths = Array.from({ length: 6 }, (_, i) => `/p${i}`);
    server = await startServer(Object.fromEntries(paths.map((p) => [p, slow(40, p)])));
    // Two hosts of one server (127.0.0.1 and localhost) so the per-host limit alone would allow 2 × 3.
    const urls = paths.map((p, i) => (i % 2 ? server!.url(p) : server!.url(p).replace('127.0.0.1', 'localhost')));
    const results = await fetchPages(articles(urls), settings(tempCache(), { perHost: 3, concurrency: 1 }));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(server.maxActive).toBe(1);
  });

  it('starts a page\'s time limit when its request goes out, not while it waits for its host', async () => {
    const paths = Array.from({ length: 6 }, (_, i) => `/q${i}`);
    server = await startServer(Object.fromEntries(paths.map((p) => [p, slow(150, p)])));
    // One at a time, six pages take 900 ms in all, longer than the 600 ms each may take.
    const results = await fetchPages(articles(paths.map(server.url)), settings(tempCache(), { perHost: 1, timeoutMs: 600 }));
    expect(results.map((r) => (r.ok ? r.text : r.reason))).toEqual(paths);
    expect(server.maxActive).toBe(1);
  });

  it('gives the results in input order, whatever order they complete in', async () => {
    server = await startServer({ '/slow': slow(120, 'slow'), '/medium': slow(60, 'medium'), '/fast': slow(0, 'fast') });
    const progress: number[] = [];
    const urls = ['/slow', '/missing', '/medium', '/fast'].map(server.url);
    const results = await fetchPages(articles(urls), settings(tempCache(), { perHost: 4, onProgress: (done, total) => progress.push(done * 10 + total) }));
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(results.map((r) => (r.ok ? r.text : r.reason))).toEqual(['slow', 'HTTP 404 Not Found', 'medium', 'fast']);
    expect(progress).toEqual([14, 24, 34, 44]);
  });
});
