// Reading a news feed (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) into the articles it lists. The one module that imports
// feedsmith: it detects the format and parses; what an item keeps, and how its link, date and content are made
// uniform across formats, is decided here. Every failure is a FeedError with a one-line reason.
import {
  detectAtomFeed,
  detectJsonFeed,
  detectRdfFeed,
  detectRssFeed,
  MalformedError,
  ParseError,
  parseAtomFeed,
  parseJsonFeed,
  parseRdfFeed,
  parseRssFeed,
  type AtomFeed,
  type JsonFeed,
  type RdfFeed,
  type RssFeed,
} from 'feedsmith';
import { dayStart, feedDay, parseFeedDate } from './feedDates.js';
import { absoluteUrl, alternateLink, innermostBase, linkKey } from './feedLinks.js';
import { atomHtml, atomText, isFullText, textToHtml } from './feedText.js';
import { xmlProblem } from './xmlCheck.js';

export type FeedFormat = 'rss' | 'atom' | 'json' | 'rdf';
export interface FeedItem {
  /** Absolute URL of the article the item links to (resolved against the item's xml:base / the feed's link / the feed URL); undefined when it has none. */
  link?: string;
  title?: string;
  /**
   * Publication time as an ISO 8601 string (UTC, e.g. 2026-03-04T10:00:00.000Z) from pubDate / published / updated / date_published / dc:date;
   * undefined when absent or unparseable.
   */
  published?: string;
  /** The day of `published` as the feed wrote it, in its own zone (YYYY-MM-DD): the day the item's readers saw. */
  publishedDay?: string;
  /**
   * Full article content the feed carries (content:encoded, Atom content, JSON Feed content_html or content_text), as HTML (content_text
   * escaped and wrapped in <p>s per paragraph); undefined when the feed only has a short summary (an RSS description, Atom summary or JSON
   * summary under ~500 characters of text is a summary, not content).
   */
  content?: string;
  /** 1-based position of the item in the feed, for messages. */
  position: number;
}
export interface Feed {
  format: FeedFormat;
  title?: string;
  items: FeedItem[];
}

/** Why a text could not be read as a feed, in one line. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

const NOT_A_FEED = 'not a feed (RSS, Atom or JSON Feed)';
const SPACES = /\s+/g;
const XML_FORMATS = [
  { format: 'rss', label: 'RSS feed', detect: detectRssFeed },
  { format: 'atom', label: 'Atom feed', detect: detectAtomFeed },
  { format: 'rdf', label: 'RSS 1.0 (RDF) feed', detect: detectRdfFeed },
] as const;

/** An item as the formats give it, before links are resolved and content is chosen. */
interface Draft {
  link?: string;
  base?: string;
  title?: string;
  dates: (string | undefined)[];
  content?: string;
  /** HTML; taken as the content only when long enough to be the article. */
  summary?: string;
}
interface Drafted {
  title?: string;
  /** Base for the items' links: the feed's xml:base, else its link, else its own URL. */
  base?: string;
  drafts: Draft[];
}

/** The feed in `text` (fetched from `feedUrl`, which relative links resolve against). Throws FeedError. */
export function parseFeed(text: string, feedUrl?: string): Feed {
  try {
    const { format, drafted } = read(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, feedUrl);
    const title = drafted.title?.replace(SPACES, ' ').trim();
    return { format, ...(title ? { title } : {}), items: finish(drafted) };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    // What no format's own handling foresaw (a bug, or what a hostile input provokes): still one line, never a stack trace.
    throw new FeedError(`could not read the feed: ${oneLine(error)}`);
  }
}

function read(text: string, feedUrl: string | undefined): { format: FeedFormat; drafted: Drafted } {
  if (text.trimStart().startsWith('{')) return { format: 'json', drafted: fromJson(jsonFeed(text), feedUrl) };
  const xml = XML_FORMATS.find((f) => f.detect(text));
  if (!xml) throw new FeedError(NOT_A_FEED);
  const problem = xmlProblem(text);
  if (problem) throw new FeedError(`invalid ${xml.label}: broken XML at ${problem}`);
  try {
    if (xml.format === 'rss') return { format: 'rss', drafted: fromRss(parseRssFeed(text), feedUrl) };
    if (xml.format === 'atom') return { format: 'atom', drafted: fromAtom(parseAtomFeed(text), feedUrl) };
    return { format: 'rdf', drafted: fromRdf(parseRdfFeed(text), feedUrl) };
  } catch (error) {
    // feedsmith finds nothing it can read in a channel with no items and no title: an empty feed, not a broken one.
    if (error instanceof ParseError && (xml.format === 'atom' || text.includes('<channel'))) return { format: xml.format, drafted: { drafts: [] } };
    if (error instanceof ParseError) throw new FeedError(`invalid ${xml.label}: no <channel> element`);
    const cause = error instanceof MalformedError && error.cause !== undefined ? error.cause : error;
    throw new FeedError(`invalid ${xml.label}: the XML could not be read (${oneLine(cause)})`);
  }
}

function jsonFeed(text: string): JsonFeed.Feed<string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError(`invalid JSON Feed: not valid JSON (${oneLine(error)})`);
  }
  if (!detectJsonFeed(json)) throw new FeedError(NOT_A_FEED);
  // The spec requires the list; feedsmith reads keys in any case, and so does this check.
  const items = Object.entries(json as object).find(([key]) => key.toLowerCase() === 'items')?.[1];
  if (!Array.isArray(items)) throw new FeedError('invalid JSON Feed: no "items" list');
  try {
    return parseJsonFeed(json);
  } catch (error) {
    throw new FeedError(`invalid JSON Feed: ${oneLine(error)}`);
  }
}

function fromRss(feed: RssFeed.Feed<string>, feedUrl: string | undefined): Drafted {
  return {
    title: feed.title,
    base: innermostBase(feedUrl, feed.link, feed.xml?.base),
    drafts: (feed.items ?? []).map((item) => ({
      // A guid is the article's address unless it says isPermaLink="false"; an id like "hg-88213" is no relative link.
      link: item.link ?? (item.guid?.isPermaLink === false ? undefined : absoluteUrl(item.guid?.value)),
      base: item.xml?.base,
      title: item.title,
      dates: [item.pubDate, ...(item.dc?.dates ?? []), item.atom?.published, item.atom?.updated],
      content: item.content?.encoded,
      summary: item.description,
    })),
  };
}

function fromRdf(feed: RdfFeed.Feed<string>, feedUrl: string | undefined): Drafted {
  return {
    title: feed.title,
    base: innermostBase(feedUrl, feed.link, feed.xml?.base),
    drafts: (feed.items ?? []).map((item) => ({
      link: item.link ?? absoluteUrl(item.rdf?.about),
      base: item.xml?.base,
      title: item.title,
      dates: item.dc?.dates ?? [],
      content: item.content?.encoded,
      summary: item.description,
    })),
  };
}

function fromAtom(feed: AtomFeed.Feed<string>, feedUrl: string | undefined): Drafted {
  const feedBase = innermostBase(feedUrl, feed.xml?.base);
  return {
    title: atomText(feed.title),
    base: feed.xml?.base ? feedBase : innermostBase(feedBase, alternateLink(feed.links)),
    drafts: (feed.entries ?? []).map((entry) => ({
      link: alternateLink(entry.links),
      base: entry.xml?.base,
      title: atomText(entry.title),
      dates: [entry.published, entry.updated, ...(entry.dc?.dates ?? [])],
      // Content given by reference (src) is not in the feed.
      content: entry.content?.src ? undefined : atomHtml(entry.content),
      summary: atomHtml(entry.summary),
    })),
  };
}

function fromJson(feed: JsonFeed.Feed<string>, feedUrl: string | undefined): Drafted {
  return {
    title: feed.title,
    base: innermostBase(feed.feed_url, feedUrl, feed.home_page_url),
    drafts: (feed.items ?? []).map((item) => ({
      // external_url: a link post's article lives elsewhere.
      link: item.url ?? item.external_url,
      title: item.title,
      dates: [item.date_published, item.date_modified],
      content: item.content_html ?? textToHtml(item.content_text),
      summary: textToHtml(item.summary),
    })),
  };
}

/** Drafts to items: links made absolute, the first readable date, content only when the feed has the article. */
function finish({ base, drafts }: Drafted): FeedItem[] {
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  drafts.forEach((draft, i) => {
    const link = absoluteUrl(draft.link, innermostBase(base, draft.base));
    if (link !== undefined) {
      // A CMS republishing an edited story lists it twice; the first listing is the one a reader saw.
      if (seen.has(linkKey(link))) return;
      seen.add(linkKey(link));
    }
    const written = draft.dates.find((d) => parseFeedDate(d) !== undefined);
    const published = parseFeedDate(written);
    const publishedDay = feedDay(written);
    const content = draft.content?.trim() ? draft.content : isFullText(draft.summary) ? draft.summary : undefined;
    // Titles are for messages: one line.
    const title = draft.title?.replace(SPACES, ' ').trim();
    // Absent fields are left out rather than set to undefined, so items compare and serialise cleanly.
    const item: FeedItem = { position: i + 1 };
    if (link) item.link = link;
    if (title) item.title = title;
    if (published) item.published = published;
    if (publishedDay) item.publishedDay = publishedDay;
    if (content) item.content = content;
    items.push(item);
  });
  return items;
}

/**
 * The items published on or after `since` (YYYY-MM-DD), by the day each was published where the feed dates it (an
 * item of 9 June in Tokyo is of 9 June, though 8 June in UTC), in feed order; the undated apart, so the caller can
 * say they were left out. Throws RangeError when `since` is not a calendar day.
 */
export function itemsSince(items: readonly FeedItem[], since: string): { kept: FeedItem[]; undated: FeedItem[] } {
  if (dayStart(since) === undefined) throw new RangeError(`not a date (YYYY-MM-DD): ${since}`);
  const kept: FeedItem[] = [];
  const undated: FeedItem[] = [];
  // Days as YYYY-MM-DD order as their text does.
  for (const item of items) {
    if (item.publishedDay === undefined) undated.push(item);
    else if (item.publishedDay >= since) kept.push(item);
  }
  return { kept, undated };
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim().slice(0, 200) || 'unknown error';
}
