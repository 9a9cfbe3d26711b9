// Why a URL failed, as one short line for a person: 'HTTP 404 Not Found', 'timed out after 20 s'. Every failure
// becomes a reason here, so fetchPages never rejects and never shows a stack trace for one bad URL.
import { STATUS_CODES } from 'node:http';

/** A failure whose message is already the reason to show. */
export class PageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PageError';
  }
}

export const OFFLINE_REASON = 'not in the cache (--offline)';

/** '10 MB', '512 KB', '300 bytes'. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export const sizeLimitReason = (maxBytes: number) => `body over the ${formatBytes(maxBytes)} limit`;

export const timeoutReason = (timeoutMs: number) => `timed out after ${Number((timeoutMs / 1000).toFixed(1))} s`;

/** 'HTTP 404 Not Found': the server's status text, or the standard one when it sent none. */
export function httpReason(status: number, statusText: string): string {
  const text = statusText.trim() || STATUS_CODES[status] || '';
  return `HTTP ${status}${text ? ` ${text}` : ''}`;
}

// Error codes of a connection that never got going (DNS, TCP, TLS), and of one that broke off.
const CANNOT_CONNECT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNECTIONTIMEOUT']);
const CONNECTION_LOST = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'EIDLETIMEOUT', 'ERESPONSETIMEOUT', 'ETRANSFERTIMEOUT']);

/**
 * The reason for anything thrown while fetching one URL. `timedOut` says our own deadline fired, which make-fetch-happen
 * reports only as an abort.
 */
export function describeFailure(error: unknown, timeoutMs: number, timedOut: boolean): string {
  if (error instanceof PageError) return error.message;
  if (timedOut) return timeoutReason(timeoutMs);
  const { code, type, message } = (error ?? {}) as { code?: unknown; type?: unknown; message?: unknown };
  if (code === 'ENOTCACHED') return OFFLINE_REASON;
  if (type === 'request-timeout') return timeoutReason(timeoutMs);
  if (typeof code === 'string') {
    if (CANNOT_CONNECT.has(code) || code.includes('CERT') || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL')) return `cannot connect: ${code}`;
    if (CONNECTION_LOST.has(code)) return `connection lost: ${code}`;
    if (code === 'EINTEGRITY') return 'the cached copy is damaged; run again online to fetch it anew';
  }
  const text = typeof message === 'string' ? message : String(error);
  const line = text.split('\n', 1)[0].trim();
  return `failed: ${line.length > 160 ? `${line.slice(0, 157)}...` : line}`;
}
