// Fetching article and feed pages over HTTP, with an on-disk cache: the web's part of verify, used by the CLI.
export { fetchPages } from './fetchPages.js';
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_PER_HOST,
  DEFAULT_TIMEOUT_MS,
  isUrl,
  USER_AGENT_PRODUCT,
  userAgent,
  type FailedPage,
  type FetchedPage,
  type FetchSettings,
  type PageKind,
  type PageResult,
} from './settings.js';
