// Item links made absolute. RSS forbids relative links but news CMSs emit them; Atom and RSS allow xml:base. Only
// http(s) links are kept: an item linking to javascript: or a data: URL is no article the caller can fetch.

/** `ref` resolved against `base` as an absolute http(s) URL, or undefined when it cannot be made one. */
export function absoluteUrl(ref: string | undefined, base?: string): string | undefined {
  const text = ref?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** The first of `refs` that resolves, each against the one before it: xml:base inside xml:base inside the feed's URL. */
export function innermostBase(...refs: (string | undefined)[]): string | undefined {
  let base: string | undefined;
  for (const ref of refs) base = absoluteUrl(ref, base) ?? base;
  return base;
}

/** What makes two links the same article: the URL without its '#fragment' (a jump within the page). */
export function linkKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The link to the entry's page: rel="alternate" or no rel, an HTML one first. */
export function alternateLink(links: readonly { href?: string; rel?: string; type?: string }[] | undefined): string | undefined {
  const pages = (links ?? []).filter((l) => l.href && (l.rel === undefined || l.rel === 'alternate'));
  return (pages.find((l) => l.type === undefined || l.type.includes('html')) ?? pages[0])?.href;
}
