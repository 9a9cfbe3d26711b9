// The part of make-fetch-happen 15 we use. @types/make-fetch-happen describes version 10 through node-fetch 2's
// types, leaves out `signal`, and pulls the DOM library into the whole program; this is smaller and exact.
declare module 'make-fetch-happen' {
  namespace fetch {
    interface Headers {
      get(name: string): string | null;
      has(name: string): boolean;
      entries(): IterableIterator<[string, string]>;
    }
    /** A Minipass stream of Buffers. */
    interface Body extends AsyncIterable<Buffer> {
      on(event: 'error', listener: (error: Error) => void): unknown;
      resume(): unknown;
    }
    interface Response {
      readonly status: number;
      readonly statusText: string;
      readonly url: string;
      readonly headers: Headers;
      /** Null for a redirect served from the cache. */
      readonly body: Body | null;
    }
    interface Options {
      /** The cacache folder; without it nothing is cached. */
      cachePath?: string;
      cache?: 'default' | 'no-store' | 'reload' | 'no-cache' | 'force-cache' | 'only-if-cached';
      headers?: Record<string, string>;
      redirect?: 'follow' | 'manual' | 'error';
      /** Most redirects followed when redirect is 'follow'. */
      follow?: number;
      /** Milliseconds until the response starts and between body chunks; 0 for none. */
      timeout?: number;
      signal?: AbortSignal;
      retry?: false | number | { retries: number };
    }
  }
  function fetch(url: string, options?: fetch.Options): Promise<fetch.Response>;
  export = fetch;
}
