// A local HTTP server for the web tests: routes by path, every request recorded, the most requests in flight at
// once counted. Listens on 127.0.0.1, port 0 (any free port).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_PER_HOST, type FetchSettings, userAgent } from '../../src/web/index.js';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Every request, in arrival order. */
  requests: IncomingMessage[];
  /** How many requests to a path were made. */
  count(path: string): number;
  /** The most requests in flight at once (arrived, response not yet finished). */
  maxActive: number;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  let active = 0;
  const server = createServer((req, res) => {
    state.requests.push(req);
    active++;
    state.maxActive = Math.max(state.maxActive, active);
    res.on('close', () => active--);
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state: TestServer = {
    origin,
    url: (path) => `${origin}${path}`,
    requests: [],
    count: (path) => state.requests.filter((r) => r.url === path).length,
    maxActive: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return state;
}

/** A page answered with status 200. */
export const page =
  (body: string | Buffer, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}): Route =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': type, ...headers }).end(body);

const made: string[] = [];

/** A fresh cache folder under the system's temporary folder, removed by removeTemp. */
export function tempCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-web-'));
  made.push(dir);
  return dir;
}

export function removeTemp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function settings(cacheDir: string, overrides: Partial<FetchSettings> = {}): FetchSettings {
  return {
    cacheDir,
    offline: false,
    timeoutMs: 5000,
    maxBytes: DEFAULT_MAX_BYTES,
    maxRedirects: DEFAULT_MAX_REDIRECTS,
    perHost: DEFAULT_PER_HOST,
    concurrency: DEFAULT_CONCURRENCY,
    userAgent: userAgent('0.0.0-test'),
    ...overrides,
  };
}
