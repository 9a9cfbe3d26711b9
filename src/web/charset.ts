// Bytes to text: the charset a byte order mark, the Content-Type header, or the page itself declares, else UTF-8.
// TextDecoder does the decoding; Node is built with full ICU, so every WHATWG encoding label is known.

/** How far into a page a <meta charset> or an XML encoding is looked for (HTML requires it in the first 1024 bytes). */
const PRESCAN_BYTES = 2048;

/** The text of a body, without a byte order mark. `headerCharset` is the charset parameter of Content-Type. */
export function decodeBody(bytes: Uint8Array, headerCharset?: string): string {
  const label = bomCharset(bytes) ?? usable(headerCharset) ?? declaredCharset(bytes) ?? 'utf-8';
  const decoder = new TextDecoder(label);
  let text = decoder.decode(bytes);
  if (decoder.encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80]);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes 0x80–0x9F in windows-1252, which is also what the labels iso-8859-1, latin1 and us-ascii mean on the web.
 * Node 20's TextDecoder decodes them as the C1 controls U+0080–U+009F (Latin-1 proper), losing the curly quotes,
 * dashes and euro signs common in such pages; this maps them as the Encoding Standard does. Already-right output
 * (a Node that decodes them itself) passes through unchanged, since the five undefined bytes map to themselves.
 */
const WINDOWS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((code) => String.fromCharCode(code));

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
