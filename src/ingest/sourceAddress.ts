// Where a saved article says it came from, and the publication day its address carries.
import type { IsoDay } from '../model/types.js';
import { isValidDay, toIsoDay } from '../util/dates/calendar.js';

/** How far into a file a "source:" line may stand: it heads the file, before the article. */
const HEAD_CHARS = 400;
// "# source: https://…", "Source: https://…", "URL: https://…" on a line of its own at the top of a saved page.
const SOURCE_LINE = /^[ \t]{0,3}(?:#{1,3}[ \t]{0,3})?(?:source|url|link)[ \t]{0,3}:[ \t]{0,3}(https?:\/\/[^\s<>"]{1,2000})[ \t]*\r?$/im;
// News sites file a story under its day: /2024/12/29/, /2024-10-09/, /20241229/.
const PATH_DAY = /\/((?:19|20)\d\d)([/-]?)(\d\d)\2(\d\d)(?=[/._-]|$)/;

/** The address a saved page names on a line of its own at its top, if any. */
export function sourceAddress(content: string): string | undefined {
  return SOURCE_LINE.exec(content.slice(0, HEAD_CHARS))?.[1];
}

/** The day a news address files its story under (a year, month and day in its path), if it has one. */
export function addressDay(url: string): IsoDay | undefined {
  const path = url.replace(/^https?:\/\/[^/]{1,300}/i, '').split(/[?#]/)[0];
  const m = PATH_DAY.exec(path);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  return isValidDay(year, month, day) ? toIsoDay({ year, month, day }) : undefined;
}
