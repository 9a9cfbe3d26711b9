// What fetchPages takes and gives back, and the defaults. Kept apart from the fetching so the CLI can build
// settings (and print them in --help) without loading the HTTP stack.

/** What a URL is expected to hold: the page of one article, or a news feed listing articles. */
export type PageKind = 'article' | 'feed';

export interface FetchSettings {
  /** Folder of the HTTP cache (`http/`) and of the decoded copies (`pages/`), e.g. '.verify-cache'. */
  cacheDir: string;
  /** The cache alone, no network: an uncached URL fails with 'not in the cache (--offline)'. */
  offline: boolean;
  /** The whole request of one URL, redirects and body included. */
  timeoutMs: number;
  /** Largest body, in bytes, after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** At most this many requests to one host at once: we are a guest on news sites. */
  perHost: number;
  /** At most this many requests at once overall. */
  concurrency: number;
  userAgent: string;
  onProgress?: (done: number, total: number) => void;
}

export interface FetchedPage {
  ok: true;
  /** The URL as asked for. */
  url: string;
  /** Where the page was found, after redirects. */
  finalUrl: string;
  kind: PageKind;
  /** The media type alone, lower case, without parameters ('text/html'); guessed from the body when the server sent none. */
  contentType: string;
  /** The body decoded to text, byte order mark removed. */
  text: string;
  /** The path of the decoded copy under `<cacheDir>/pages/`. */
  copy: string;
  /** How the HTTP cache answered ('offline': from the cache alone, as --offline asked). */
  cache: 'miss' | 'hit' | 'revalidated' | 'updated' | 'stale' | 'offline';
}

export interface FailedPage {
  ok: false;
  url: string;
  /** One short line for a person: 'HTTP 404 Not Found', 'timed out after 20 s'. */
  reason: string;
}

export type PageResult = FetchedPage | FailedPage;

/** A slow news site answers within seconds; 20 s leaves room for a large page on a poor line. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** News pages are at most a few MB of HTML; beyond 10 MB it is not an article page. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** As browsers and crawlers: enough for http→https→www→canonical chains, short enough to stop loops early. */
export const DEFAULT_MAX_REDIRECTS = 5;
/** Two at once per host, as polite crawlers do: a list of one site's articles must not look like an attack. */
export const DEFAULT_PER_HOST = 2;
export const DEFAULT_CONCURRENCY = 8;

/** The product token robots.txt rules are matched against (`User-agent: verify`). */
export const USER_AGENT_PRODUCT = 'verify';

/** The User-Agent header: the product token (what robots.txt rules name), the version, and what the tool is. */
export function userAgent(version: string): string {
  return `${USER_AGENT_PRODUCT}/${version} (fact-consistency checker for news coverage)`;
}

/** Whether a command-line argument is a web address we fetch (http: or https:) rather than a file path. */
export function isUrl(arg: string): boolean {
  if (!/^https?:\/\//i.test(arg)) return false;
  try {
    const url = new URL(arg);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
