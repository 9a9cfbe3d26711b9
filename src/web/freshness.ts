// How long a response stays fresh under HTTP caching rules (RFC 9111: max-age, Expires, no-cache, no-store, Age,
// and the heuristic from Last-Modified). The only module that imports http-cache-semantics.
import CachePolicy from 'http-cache-semantics';

/**
 * Until when (epoch ms) a response fetched `now` may be reused without asking the server, or undefined when it
 * must be revalidated every time. Computed once, when the response came from the network.
 */
export function freshUntil(url: string, requestHeaders: Record<string, string>, status: number, responseHeaders: Record<string, string>, now: number): number | undefined {
  const policy = new CachePolicy({ url, method: 'GET', headers: requestHeaders }, { status, headers: responseHeaders }, { shared: false });
  if (!policy.storable()) return undefined;
  const ttl = policy.timeToLive();
  return ttl > 0 ? now + ttl : undefined;
}
