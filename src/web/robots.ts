// robots.txt: fetched once per origin per run, through the same HTTP cache and with the same User-Agent as the
// pages, and read with robots-parser against our product token. The only module that imports robots-parser.
import robotsParserModule from 'robots-parser';
import { decodeBody } from './charset.js';
import type { Limit } from './limiter.js';
import { USER_AGENT_PRODUCT, type FetchSettings } from './settings.js';

// robots-parser is CommonJS, `module.exports = function`, which is what a default import gives at run time; its
// types declare an ES default export instead, which NodeNext would put one level deeper. Typed as it runs.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Rules = ReturnType<typeof robotsParser>;

/** RFC 9309 asks crawlers to read at least 500 KiB; a bigger file is not a real robots.txt. */
const MAX_ROBOTS_BYTES = 512 * 1024;

export class Robots {
  private readonly byOrigin = new Map<string, Promise<Rules | undefined>>();

  /** `limit` is the pages' own: a robots.txt request counts against its host and the overall limit like any other. */
  constructor(
    private readonly settings: FetchSettings,
    private readonly limit: Limit,
  ) {}

  /** Whether robots.txt lets `verify` fetch the URL. Never throws: an unreadable robots.txt allows everything. */
  async allows(url: string): Promise<boolean> {
    const { origin, host } = new URL(url);
    let rules = this.byOrigin.get(origin);
    // The promise is stored before it settles, so URLs of one origin asked at once share one request.
    if (!rules) this.byOrigin.set(origin, (rules = this.limit(host, () => this.load(`${origin}/robots.txt`))));
    // isAllowed is undefined for a URL of another origin, which cannot happen here; allowed then.
    return (await rules)?.isAllowed(url, USER_AGENT_PRODUCT) !== false;
  }

  /**
   * The parsed rules, or undefined for "everything allowed". A 4xx (no robots.txt) allows everything, as RFC 9309
   * says. So, by our choice, do a 5xx, an unreachable server, a timeout and, offline, an uncached robots.txt: RFC
   * 9309 has a crawler assume complete disallow there, but verify is no crawler. It fetches the few pages a person
   * named, as their browser would, and a broken robots.txt must not make a page the person can read unfetchable;
   * the page request itself then fails or succeeds on its own.
   */
  private async load(robotsUrl: string): Promise<Rules | undefined> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('robots.txt timed out')), this.settings.timeoutMs);
    try {
      // Loaded when first needed: a run whose pages are all fresh in the cache asks no server and loads no HTTP stack.
      const { httpGet, readBody } = await import('./http.js');
      const response = await httpGet({
        url: robotsUrl,
        cacheDir: this.settings.cacheDir,
        offline: this.settings.offline,
        userAgent: this.settings.userAgent,
        accept: 'text/plain',
        signal: controller.signal,
        // Redirects of robots.txt are followed, as RFC 9309 asks (at least five).
        follow: this.settings.maxRedirects,
      });
      if (response.status < 200 || response.status >= 300) {
        controller.abort();
        return undefined;
      }
      // RFC 9309: robots.txt is UTF-8.
      return robotsParser(robotsUrl, decodeBody(await readBody(response.body, MAX_ROBOTS_BYTES, controller.signal), 'utf-8'));
    } catch {
      controller.abort();
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
