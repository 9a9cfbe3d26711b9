// Articles from the web: addresses on the command line, lists of them (--urls), and feeds (--feed). Each page is
// fetched into the cache folder and checked from its copy there, under its address; a page that cannot be read is
// reported on its own line and the rest are still checked. The HTTP stack is loaded only when a run has a URL.
import { extname } from 'node:path';
import type { IsoDay } from '../model/types.js';
import { InputError } from '../util/errors.js';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_REDIRECTS, DEFAULT_PER_HOST, isUrl, type FetchSettings, type PageResult } from '../web/settings.js';
import type { FeedItem } from '../web/feeds.js';
import type { WebCopy } from './analyzeFiles.js';
import { displayPath, readText } from './readInputs.js';
import type { Progress } from './progress.js';
import { printable, type Warn } from './warnings.js';

export const DEFAULT_CACHE_DIR = '.verify-cache';
export const DEFAULT_TIMEOUT_SECONDS = 20;

export interface WebOptions {
  /** Files listing one address a line (--urls). */
  urlLists: string[];
  /** Feed files or addresses (--feed). */
  feeds: string[];
  /** Feed items published before this day are left out (--since). */
  since?: IsoDay;
  cacheDir: string;
  offline: boolean;
  timeoutSeconds: number;
  maxBytes: number;
  userAgent: string;
  warn: Warn;
  /** Says a source could not be read: its address and why. */
  unread: (source: string, reason: string) => void;
  progress?: (total: number) => Progress | undefined;
}

export interface WebInputs {
  /** The paths to check: the local ones as given, then each page's copy, in the order named. */
  paths: string[];
  /** The copies among `paths`, read under their address. */
  copies: Map<string, WebCopy>;
}

/** Whether a run names anything on the web, so that the HTTP stack is loaded only then. */
export function namesWeb(paths: readonly string[], options: Pick<WebOptions, 'urlLists' | 'feeds'>): boolean {
  return options.urlLists.length > 0 || options.feeds.length > 0 || paths.some(isUrl);
}

/** Fetches what the run names on the web; local paths pass through untouched, in their place first. */
export async function readWebInputs(paths: readonly string[], options: WebOptions): Promise<WebInputs> {
  const local = paths.filter((p) => !isUrl(p));
  const addresses = unique([...paths.filter(isUrl), ...options.urlLists.flatMap(readUrlList)]);
  const settings = fetchSettings(options);
  const copies = new Map<string, WebCopy>();
  const carried: string[] = [];
  const listedOn = new Map<string, string>();
  for (const feed of options.feeds) {
    const items = await readFeed(feed, settings, options);
    for (const item of items) {
      if (item.content !== undefined) carried.push(await saveCarried(item, feed, options, copies));
      else if (item.link !== undefined) {
        addresses.push(item.link);
        if (item.publishedDay !== undefined && !listedOn.has(item.link)) listedOn.set(item.link, item.publishedDay);
      }
      else options.warn(feed, `item ${item.position} has neither a link nor its text: left out`);
    }
  }
  // A page a feed carries whole is read from the feed, not fetched again.
  const carriedUrls = new Set([...copies.values()].map((copy) => copy.url));
  const pages = unique(addresses).filter((url) => !carriedUrls.has(url));
  const progress = options.progress?.(pages.length);
  let results: PageResult[];
  try {
    const { fetchPages } = await import('../web/fetchPages.js');
    results = await fetchPages(pages.map((url) => ({ url, kind: 'article' })), { ...settings, onProgress: (done) => progress?.update(done) });
  } finally {
    progress?.stop();
  }
  const fetched: string[] = [];
  for (const result of results) {
    if (!result.ok) {
      options.unread(result.url, result.reason);
      continue;
    }
    const day = listedOn.get(result.url);
    copies.set(result.copy, { url: result.url, readAs: extname(result.copy).slice(1), ...(day && { listedOn: day }) });
    fetched.push(result.copy);
  }
  return { paths: [...local, ...fetched, ...carried], copies };
}

function fetchSettings(options: WebOptions): FetchSettings {
  return {
    cacheDir: options.cacheDir,
    offline: options.offline,
    timeoutMs: options.timeoutSeconds * 1000,
    maxBytes: options.maxBytes,
    maxRedirects: DEFAULT_MAX_REDIRECTS,
    perHost: DEFAULT_PER_HOST,
    concurrency: DEFAULT_CONCURRENCY,
    userAgent: options.userAgent,
  };
}

const COMMENT = /^\s*(?:#|$)/;

/** A --urls file: one address a line; blank lines and lines starting with # are skipped. */
function readUrlList(file: string): string[] {
  return parseUrlList(readText(file), displayPath(file));
}

/** The addresses a --urls file lists, in order; InputError naming `file` and the line of the first that is none. */
export function parseUrlList(text: string, file: string): string[] {
  const urls: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (COMMENT.test(line)) return;
    const url = line.trim();
    if (!isUrl(url)) throw new InputError(`not a web address (http:// or https://): ${printable(url.slice(0, 80))}`, file, i + 1);
    urls.push(url);
  });
  return urls;
}

/** A feed's items, those before --since left out (and those without a date, with a warning). */
async function readFeed(feed: string, settings: FetchSettings, options: WebOptions): Promise<FeedItem[]> {
  const { parseFeed, itemsSince, FeedError } = await import('../web/feeds.js');
  let text: string;
  if (isUrl(feed)) {
    const { fetchPages } = await import('../web/fetchPages.js');
    const [result] = await fetchPages([{ url: feed, kind: 'feed' }], settings);
    if (!result.ok) {
      options.unread(feed, result.reason);
      return [];
    }
    text = result.text;
  } else {
    text = readText(feed);
  }
  let items: FeedItem[];
  try {
    items = parseFeed(text, isUrl(feed) ? feed : undefined).items;
  } catch (err) {
    if (!(err instanceof FeedError)) throw err;
    // A feed file is the user's own input: it stops the run. A feed on the web is a source that could not be read.
    if (!isUrl(feed)) throw new InputError(err.message, displayPath(feed));
    options.unread(feed, err.message);
    return [];
  }
  if (options.since === undefined) return items;
  const { kept, undated } = itemsSince(items, options.since);
  if (undated.length) options.warn(feed, `${undated.length === 1 ? '1 item has' : `${undated.length} items have`} no date: left out by --since`);
  return kept;
}

/**
 * An item whose feed carries the whole article: written as a page into the cache folder, with its title and date in
 * the page's metadata, and checked from there under its link (or the feed's address and the item's place in it).
 */
async function saveCarried(item: FeedItem, feed: string, options: WebOptions, copies: Map<string, WebCopy>): Promise<string> {
  const { copyPath, writeIfChanged } = await import('../web/copy.js');
  const name = item.link ?? `${isUrl(feed) ? feed : `file:${displayPath(feed)}`}#item-${item.position}`;
  const file = copyPath(options.cacheDir, item.link ?? `https://feed.invalid/${encodeURIComponent(name)}`, 'text/html', 'feed-items');
  await writeIfChanged(file, itemPage(item));
  copies.set(file, { url: name, readAs: 'html' });
  return file;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page an item's content makes: its title as the headline, its date as the publication time. */
function itemPage(item: FeedItem): string {
  const title = item.title === undefined ? '' : escapeHtml(item.title);
  // The day as the feed wrote it: 08:00 on 9 June in Tokyo is published on 9 June, though 8 June in UTC.
  const published = item.publishedDay === undefined ? '' : `<meta property="article:published_time" content="${item.publishedDay}">\n`;
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n<title>${title}</title>\n${published}</head>\n<body><article>\n<h1>${title}</h1>\n${item.content}\n</article></body></html>\n`;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
