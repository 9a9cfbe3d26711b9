// Fetching article and feed pages: robots.txt asked first, redirects followed one by one, at most `perHost`
// requests per host and `concurrency` overall, each URL within its deadline and size cap, the text decoded and
// copied under <cacheDir>/pages. One result per URL, in input order; a failure is a result, never a rejection.
import { readFile } from 'node:fs/promises';
import { acceptHeader, checkType, guessType, parseContentType } from './contentType.js';
import { decodeBody } from './charset.js';
import { copyPath, loadRecord, saveRecord, writeIfChanged, type PageRecord } from './copy.js';
import { freshUntil } from './freshness.js';
import { Deadline } from './deadline.js';
import { KeyedLimiter, Semaphore, type Limit } from './limiter.js';
import { describeFailure, httpReason, PageError, sizeLimitReason } from './reasons.js';
import { Robots } from './robots.js';
import { isUrl, type FetchedPage, type FetchSettings, type PageKind, type PageResult } from './settings.js';

interface Run {
  settings: FetchSettings;
  limit: Limit;
  robots: Robots;
}

/** The pages, in the order of `urls`, whatever order they complete in. */
export async function fetchPages(urls: readonly { url: string; kind: PageKind }[], settings: FetchSettings): Promise<PageResult[]> {
  const overall = new Semaphore(settings.concurrency);
  const perHost = new KeyedLimiter(settings.perHost);
  // Each request takes its host's place first and an overall one second, and only for the request itself: a page
  // waiting for a busy host holds no overall place, so other hosts' pages go ahead. Always in this order, and the
  // holder of an overall place waits for nothing more, so no two requests can wait on each other for ever.
  const limit: Limit = (host, work) => perHost.run(host, () => overall.run(work));
  const run: Run = { settings, limit, robots: new Robots(settings, limit) };
  // A URL named twice is fetched once.
  const started = new Map<string, Promise<PageResult>>();
  let done = 0;
  return Promise.all(
    urls.map(async ({ url, kind }) => {
      const key = `${kind} ${url}`;
      let result = started.get(key);
      if (!result) started.set(key, (result = fetchPage(url, kind, run)));
      const page = await result;
      settings.onProgress?.(++done, urls.length);
      return page;
    }),
  );
}

/** One URL, start to end, within its deadline. */
async function fetchPage(url: string, kind: PageKind, run: Run): Promise<PageResult> {
  const { settings } = run;
  if (!isUrl(url)) return { ok: false, url, reason: 'not an http: or https: address' };
  const deadline = new Deadline(settings.timeoutMs);
  try {
    const record = await loadRecord(settings.cacheDir, url, kind);
    // Offline, a page is what the last online run read (its copy, rewritten on every fetch): the HTTP cache may hold
    // an older entry, or none (no-store). Online, so is a page still fresh when last fetched.
    if (record && (settings.offline || (record.freshUntil !== undefined && record.freshUntil > Date.now()))) {
      const page = await fromRecord(record, settings);
      if (page) return page;
    }
    return await followRedirects(url, kind, run, deadline, record);
  } catch (error) {
    // The HTTP cache keeps neither a no-store page nor a 302 on the way; our own record of the last fetch does.
    const record = settings.offline && (error as { code?: unknown }).code === 'ENOTCACHED' ? await loadRecord(settings.cacheDir, url, kind) : undefined;
    const fallback = record && (await fromRecord(record, settings));
    return fallback ?? { ok: false, url, reason: describeFailure(error, settings.timeoutMs, deadline.expired) };
  } finally {
    deadline.stop();
  }
}

/**
 * Redirects are followed here rather than by make-fetch-happen, so that each hop is checked against its own host's
 * robots.txt and counted against its own host's limit, and so a loop is named as one.
 */
async function followRedirects(url: string, kind: PageKind, run: Run, deadline: Deadline, record: PageRecord | undefined): Promise<FetchedPage> {
  const { settings } = run;
  const chain = [url];
  for (;;) {
    const current = chain[chain.length - 1];
    if (!(await run.robots.allows(current))) {
      throw new PageError(chain.length > 1 ? `refused by robots.txt (redirected to ${current})` : 'refused by robots.txt');
    }
    const step = await run.limit(new URL(current).host, () => {
      deadline.start();
      return fetchStep(current, kind, settings, deadline.signal);
    });
    if (step.location === undefined) return finish(url, kind, step, settings, record);
    let next: string;
    try {
      next = new URL(step.location, current).href;
    } catch {
      throw new PageError(`redirected to an invalid address: ${step.location.slice(0, 100)}`);
    }
    if (!isUrl(next)) throw new PageError(`redirected to a non-web address: ${next.slice(0, 100)}`);
    if (chain.includes(next)) throw new PageError(`redirect loop: ${[...chain, next].map((u) => shortUrl(u, url)).join(' → ')}`);
    if (chain.length > settings.maxRedirects) throw new PageError(`more than ${settings.maxRedirects} redirects`);
    chain.push(next);
  }
}

/** A URL of the same origin as the first one by its path alone, to keep a loop's reason short. */
function shortUrl(url: string, first: string): string {
  const parsed = new URL(url);
  return parsed.origin === new URL(first).origin ? `${parsed.pathname}${parsed.search}` : url;
}

interface Step {
  /** Set for a redirect: the Location header, unresolved. */
  location?: string;
  finalUrl: string;
  contentType: string;
  charset?: string;
  bytes: Buffer;
  cache: string;
  /** Until when the response is fresh (epoch ms), when it came from the network just now. */
  freshUntil?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One request: a redirect's Location, or a checked body. The request is aborted whenever its body is not wanted. */
async function fetchStep(url: string, kind: PageKind, settings: FetchSettings, deadline: AbortSignal): Promise<Step> {
  const request = new AbortController();
  const stop = () => request.abort(deadline.reason);
  deadline.addEventListener('abort', stop, { once: true });
  let complete = false;
  try {
    if (deadline.aborted) throw deadline.reason;
    const { cacheDir, offline, userAgent, maxBytes } = settings;
    const { httpGet, readBody } = await import('./http.js');
    const accept = acceptHeader(kind);
    const response = await httpGet({ url, cacheDir, offline, userAgent, accept, signal: request.signal, follow: 0 });
    const fromNetwork = ['miss', 'updated', 'revalidated', 'skip'].includes(response.cacheStatus);
    const fresh = fromNetwork ? freshUntil(url, { 'user-agent': userAgent, accept }, response.status, response.headers(), Date.now()) : undefined;
    const empty = { finalUrl: response.url, contentType: '', bytes: Buffer.alloc(0), cache: response.cacheStatus, ...(fresh === undefined ? {} : { freshUntil: fresh }) };
    const location = response.header('location');
    if (REDIRECTS.has(response.status) && location) return { ...empty, location };
    if (response.status < 200 || response.status >= 300) throw new PageError(httpReason(response.status, response.statusText));
    const media = parseContentType(response.header('content-type'));
    // Refused before the body is read: neither an image nor a declared 2 GB download costs more than its headers.
    if (media) checkType(kind, media.type);
    if (Number(response.header('content-length')) > maxBytes) throw new PageError(sizeLimitReason(maxBytes));
    const bytes = await readBody(response.body, maxBytes, request.signal);
    complete = true;
    return { ...empty, contentType: media?.type ?? guessType(kind, bytes), charset: media?.charset, bytes };
  } finally {
    deadline.removeEventListener('abort', stop);
    // Frees the connection of a body we do not read, and stops one we stopped reading.
    if (!complete) request.abort();
  }
}

/** The page from the last step: decoded, copied, recorded for offline runs and for reuse while fresh. */
async function finish(url: string, kind: PageKind, step: Step, settings: FetchSettings, previous: PageRecord | undefined): Promise<FetchedPage> {
  const text = decodeBody(step.bytes, step.charset);
  const copy = copyPath(settings.cacheDir, url, step.contentType);
  await writeIfChanged(copy, text);
  if (!settings.offline) {
    // A page served by the HTTP cache keeps the freshness its network response had.
    const fresh = step.freshUntil ?? (step.cache === 'hit' ? previous?.freshUntil : undefined);
    const record: PageRecord = { url, kind, finalUrl: step.finalUrl, contentType: step.contentType, uncached: step.cache === 'skip' };
    await saveRecord(settings.cacheDir, fresh === undefined ? record : { ...record, freshUntil: fresh });
  }
  const cache = settings.offline ? 'offline' : CACHE_STATUS[step.cache] ?? 'miss';
  return { ok: true, url, finalUrl: step.finalUrl, kind, contentType: step.contentType, text, copy, cache };
}

// make-fetch-happen's x-local-cache-status; 'skip' (a response the cache may not store) is a plain miss to us.
const CACHE_STATUS: Record<string, FetchedPage['cache']> = {
  miss: 'miss',
  hit: 'hit',
  stale: 'stale',
  revalidated: 'revalidated',
  updated: 'updated',
  skip: 'miss',
};

/**
 * The copy the last online run made: offline, where the HTTP cache has no entry for the URL or an outdated one;
 * online, while the page is fresh.
 */
async function fromRecord(record: PageRecord, settings: FetchSettings): Promise<FetchedPage | undefined> {
  const { url, kind } = record;
  const copy = copyPath(settings.cacheDir, url, record.contentType);
  const text = await readFile(copy, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  return { ok: true, url, finalUrl: record.finalUrl, kind, contentType: record.contentType, text, copy, cache: settings.offline ? 'offline' : 'hit' };
}
