// The decoded copy of each page, <cacheDir>/pages/<host>/<slug>-<hash><ext>: a file a person can open, cite and
// diff, and what an offline run falls back to where the HTTP cache may not keep a page (no-store, a 302 on the way).
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { extensionFor } from './contentType.js';
import type { PageKind } from './settings.js';

const SLUG_LENGTH = 60;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Where the copy of a URL goes. The same URL always gives the same path: the host, a readable slug of the path,
 * and a hash of the whole URL (query included) so that two URLs never share a file.
 */
export function copyPath(cacheDir: string, url: string, contentType: string, folder = 'pages'): string {
  const parsed = new URL(url);
  const host = parsed.host.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');
  return join(cacheDir, folder, host, `${slug(parsed.pathname)}-${hash(url).slice(0, 10)}${extensionFor(contentType)}`);
}

/** '/world/2024/05/07/Flood-in-Zürich.html' → 'world-2024-05-07-flood-in-zurich-html'; the end kept when too long. */
function slug(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: slug the path as it came.
  }
  // Letters with accents lose them (NFKD splits off the marks, then they go) rather than becoming dashes.
  const words = path.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  // News paths end in the headline and the id, the most telling part: keep the end.
  const tail = words.length > SLUG_LENGTH ? words.slice(-SLUG_LENGTH) : words;
  return tail.replace(/^-+/, '').replace(/-+$/, '') || 'index';
}

/**
 * Writes text as UTF-8 unless the file already holds exactly it (so a re-run does not touch the file's time), and
 * atomically (a temporary file renamed over it), so a reader or an interrupted run never sees half a page.
 */
export async function writeIfChanged(path: string, text: string): Promise<void> {
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing === text) return;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** What an online fetch found for a URL; enough to serve it offline from its copy. */
export interface PageRecord {
  url: string;
  kind: PageKind;
  finalUrl: string;
  contentType: string;
  /**
   * The HTTP cache was not allowed to store the page (no-store, Vary: *). Offline, the copy is then the page: an
   * entry the HTTP cache kept from an earlier fetch would be older than what the last online run saw.
   */
  uncached: boolean;
  /**
   * Until when (epoch ms) the page is fresh by its HTTP caching headers: until then a run reads the copy and asks
   * neither the server nor the HTTP cache, as a browser reuses a fresh page.
   */
  freshUntil?: number;
}

const recordPath = (cacheDir: string, url: string, kind: PageKind) => join(cacheDir, 'records', `${kind}-${hash(url).slice(0, 16)}.json`);

export async function saveRecord(cacheDir: string, record: PageRecord): Promise<void> {
  await writeIfChanged(recordPath(cacheDir, record.url, record.kind), `${JSON.stringify(record, null, 2)}\n`);
}

/** The record of an earlier online fetch of this URL as this kind, or undefined (none, or unreadable). */
export async function loadRecord(cacheDir: string, url: string, kind: PageKind): Promise<PageRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(recordPath(cacheDir, url, kind), 'utf8')) as PageRecord;
    const valid = record.url === url && record.kind === kind && typeof record.finalUrl === 'string' && typeof record.contentType === 'string';
    return valid ? { ...record, uncached: record.uncached === true } : undefined;
  } catch {
    return undefined;
  }
}
