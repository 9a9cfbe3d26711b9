import { toIsoDay } from '../util/dates/calendar.js';
import type { DocMeta } from './convertedDoc.js';
import { findFullDate } from '../util/dates/inMetadata.js';
import { JSON_LD_MODIFIED, JSON_LD_PUBLISHED, META_FIELDS, MODIFIED_META } from './htmlTables.js';

// Lower rank wins; meta tags rank by their place in META_FIELDS, ahead of everything below.
const RANK_JSON_LD = 50;
const RANK_CANONICAL = 50;
const RANK_TIME_ELEMENT = 60;
const RANK_READER_VIEW = 90;
// A live page is changed all day; the day it was last changed stands in only when it gives no other.
const RANK_MODIFIED = 95;
const RANK_TITLE_ELEMENT = 100;
const WHITESPACE_RUN = /\s+/g;

/** Collects what an HTML page says about itself, keeping the most specific source for each field. */
export class HtmlMeta {
  private readonly ranks = new Map<keyof DocMeta, number>();
  private readonly meta: DocMeta = {};

  fromMetaTag(attribs: Record<string, string>): void {
    const name = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
    const rank = META_FIELDS.findIndex(([key]) => key === name);
    if (attribs.content === undefined) return;
    if (rank !== -1) this.offer(META_FIELDS[rank][1], attribs.content, rank);
    else if (MODIFIED_META.has(name)) this.offer('published', attribs.content, RANK_MODIFIED);
  }

  fromLink(attribs: Record<string, string>): void {
    if ((attribs.rel ?? '').toLowerCase() === 'canonical' && attribs.href) this.offer('url', attribs.href, RANK_CANONICAL);
  }

  fromTimeElement(datetime: string): void {
    this.offer('published', datetime, RANK_TIME_ELEMENT);
  }

  fromJsonLd(json: string): void {
    const m = JSON_LD_PUBLISHED.exec(json);
    if (m) this.offer('published', m[1], RANK_JSON_LD);
    const modified = JSON_LD_MODIFIED.exec(json);
    if (modified) this.offer('published', modified[1], RANK_MODIFIED);
  }

  /** Readability's reading of the page: below anything the markup states outright. */
  fromReaderView(siteName: string | undefined, publishedTime: string | undefined): void {
    if (siteName) this.offer('outlet', siteName, RANK_READER_VIEW);
    if (publishedTime) this.offer('published', publishedTime, RANK_READER_VIEW);
  }

  fromTitleElement(title: string): void {
    this.offer('title', title, RANK_TITLE_ELEMENT);
  }

  result(): DocMeta {
    return { ...this.meta };
  }

  private offer(field: keyof DocMeta, raw: string, rank: number): void {
    if ((this.ranks.get(field) ?? Infinity) <= rank) return;
    const value = field === 'published' ? publishedDay(raw) : raw.replace(WHITESPACE_RUN, ' ').trim();
    if (!value) return; // a malformed date on a web page is the page's problem: ignore it
    this.meta[field] = value;
    this.ranks.set(field, rank);
  }
}

function publishedDay(raw: string): string | undefined {
  const found = findFullDate(raw);
  return found ? toIsoDay(found.date) : undefined;
}
