// Bytes to text: the charset a byte order mark, the Content-Type header, or the page itself declares, else UTF-8.
// TextDecoder does the decoding; Node is built with full ICU, so every WHATWG encoding label is known.

/** How far into a page a <meta charset> or an XML encoding is looked for (HTML requires it in the first 1024 bytes). */
const PRESCAN_BYTES = 2048;

/** The text of a body, without a byte order mark. `headerCharset` is the charset parameter of Content-Type. */
export function decodeBody(bytes: Uint8Array, headerCharset?: string): string {
  const label = bomCharset(bytes) ?? usable(headerCharset) ?? declaredCharset(bytes) ?? 'utf-8';
  const text = new TextDecoder(label).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The label if TextDecoder knows it (it throws a RangeError for one it does not), else undefined. */
function usable(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

const CHARSET = /charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/;
const XML_ENCODING = /encoding\s*=\s*["']\s*([a-z0-9_.:-]+)/;

/**
 * The charset a page declares near its start: `<meta charset="…">`, `<meta http-equiv="Content-Type"
 * content="…; charset=…">`, or `<?xml … encoding="…"?>`. Each tag is cut out first and searched alone, which keeps
 * every regular expression linear.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps each byte to one character, so ASCII markup reads right whatever the real encoding.
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1').toLowerCase();
  if (head.startsWith('<?xml')) {
    const end = head.indexOf('?>');
    const found = usable(XML_ENCODING.exec(head.slice(0, end < 0 ? undefined : end))?.[1]);
    if (found) return found;
  }
  for (let at = head.indexOf('<meta'); at >= 0; at = head.indexOf('<meta', at + 5)) {
    const end = head.indexOf('>', at);
    const found = usable(CHARSET.exec(head.slice(at, end < 0 ? undefined : end))?.[1]);
    // A page whose declaration could be read as ASCII is not UTF-16, whatever it says (the HTML standard's rule).
    if (found) return found.startsWith('utf-16') ? 'utf-8' : found;
  }
  return undefined;
}
