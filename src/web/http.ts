// One HTTP GET through make-fetch-happen and its on-disk cache (cacache under <cacheDir>/http), and reading a body
// under a size cap. The only module that imports make-fetch-happen.
import { join } from 'node:path';
import fetch from 'make-fetch-happen';
import { PageError, sizeLimitReason } from './reasons.js';

export interface HttpRequest {
  url: string;
  cacheDir: string;
  offline: boolean;
  userAgent: string;
  accept: string;
  signal: AbortSignal;
  /** Redirects make-fetch-happen follows itself; 0: none, a 3xx comes back as it is (pages follow their own). */
  follow: number;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  /** The URL answered, after any redirects followed here. */
  url: string;
  header(name: string): string | undefined;
  /** Every response header, names in lower case. */
  headers(): Record<string, string>;
  /** How make-fetch-happen's cache answered: 'miss', 'hit', 'stale', 'revalidated', 'updated', or 'skip' (not storable). */
  cacheStatus: string;
  /** Null for a redirect make-fetch-happen stored (it keeps their headers only). */
  body: fetch.Body | null;
}

/** The HTTP cache's folder inside the cache folder. */
export const httpCacheDir = (cacheDir: string) => join(cacheDir, 'http');

/**
 * A GET honouring the HTTP cache: fresh entries are served from disk, stale ones revalidated with
 * If-None-Match / If-Modified-Since, and offline only what is stored is served, however stale.
 */
export async function httpGet(request: HttpRequest): Promise<HttpResponse> {
  const response = await fetch(request.url, {
    cachePath: httpCacheDir(request.cacheDir),
    cache: request.offline ? 'only-if-cached' : 'default',
    headers: { 'user-agent': request.userAgent, accept: request.accept },
    redirect: request.follow > 0 ? 'follow' : 'manual',
    follow: request.follow,
    signal: request.signal,
    // One attempt: a retry would multiply the time a dead site costs, and the user can simply run again.
    retry: false,
  });
  // A body we never read may still fail later (an abort, a broken cache write); with no listener that would crash.
  response.body?.on('error', () => undefined);
  return {
    status: response.status,
    statusText: response.statusText,
    url: response.url || request.url,
    header: (name) => response.headers.get(name) ?? undefined,
    headers: () => Object.fromEntries([...response.headers.entries()].map(([name, value]) => [name.toLowerCase(), value])),
    cacheStatus: response.headers.get('x-local-cache-status') ?? 'miss',
    body: response.body,
  };
}

/**
 * The whole body, failing with 'body over the … limit' as soon as it passes maxBytes (the caller then aborts the
 * request) and as soon as the signal aborts, even if the stream itself never notices (a body read from the cache).
 */
export async function readBody(body: fetch.Body | null, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  let onAbort = () => undefined as void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  const consume = async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += chunk.length;
      if (size > maxBytes) throw new PageError(sizeLimitReason(maxBytes));
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, size);
  };
  const reading = consume();
  // Whichever loses the race must not become an unhandled rejection.
  aborted.catch(() => undefined);
  reading.catch(() => undefined);
  try {
    return await Promise.race([reading, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
