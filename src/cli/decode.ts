// Bytes to text for articles and claims files: UTF-8, or UTF-16 with a byte-order mark. Repairs are reported, never
// silent; a file that is not text at all is refused, so a PDF or image saved as .txt is not "checked" as gibberish.
import { isUtf8 } from 'node:buffer';

export type Decoded =
  /**
   * `notes` are warnings: what was repaired or is odd. `text` keeps line endings (quotes point into it); `blank`
   * says it holds nothing but white space, which an article reader skips and a claims reader accepts.
   */
  | { text: string; notes: string[]; blank: boolean; notText?: undefined }
  /** Why the file is not text: binary, or in an encoding we do not read. */
  | { notText: string };

/**
 * Share of characters that may be controls or undecodable before a file counts as binary. Real text has none,
 * or a stray few (a NUL from a broken export, an escape sequence); binary formats have far more.
 */
const BINARY_SHARE = 0.1;
/** The share is taken of at least this many characters, so one bad byte in a tiny file does not make it binary. */
const MIN_SAMPLE = 64;
/** Bytes looked at for the UTF-16-without-BOM hint. */
const SNIFF_BYTES = 65536;

export function decodeText(bytes: Uint8Array): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-32') return { notText: 'UTF-32 text is not supported; save it as UTF-8' };
  const notes: string[] = [];
  const body = bytes.subarray(bom === 'utf-8' ? 3 : bom ? 2 : 0);
  let text: string;
  let replaced = 0;
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    ({ text, replaced } = decodeUtf16(body, bom));
    if (replaced) notes.push(`invalid ${bom.toUpperCase()}: ${plural(replaced, 'undecodable unit')} replaced with U+FFFD`);
  } else {
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8(body, text);
      replaced = Math.max(1, count(text, 0xfffd) - countReplacementEncodings(body));
      notes.push(`invalid UTF-8 at line ${lineAt(body, at)} (byte ${at + (bom ? 3 : 0)}): ${plural(replaced, 'undecodable byte sequence')} replaced with U+FFFD`);
    }
  }
  const { nul, controls } = countControls(text);
  if ((nul + controls + replaced) / Math.max(MIN_SAMPLE, text.length) > BINARY_SHARE) return { notText: `not a text file${utf16Hint(bytes, bom)}` };
  if (nul) notes.push(`${plural(nul, 'NUL character')} in the text (kept; reports do not show them)`);
  return { text, notes, blank: !/\S/.test(text) };
}

type Bom = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32' | undefined;

function byteOrderMark(b: Uint8Array): Bom {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 && b.length >= 4 ? 'utf-32' : 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32';
  return undefined;
}

function decodeUtf16(body: Uint8Array, bom: 'utf-16le' | 'utf-16be'): { text: string; replaced: number } {
  try {
    return { text: new TextDecoder(bom, { fatal: true, ignoreBOM: true }).decode(body), replaced: 0 };
  } catch {
    // An odd trailing byte or a lone surrogate: decode what can be decoded and say how much could not.
    const text = new TextDecoder(bom, { ignoreBOM: true }).decode(body);
    return { text, replaced: Math.max(1, count(text, 0xfffd) - countUtf16Replacements(body, bom)) };
  }
}

/** U+FFFD characters the file really contains (encoded as such), so repairs are not over-counted. */
function countReplacementEncodings(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0xef); i !== -1 && i + 2 < b.length; i = b.indexOf(0xef, i + 1)) if (b[i + 1] === 0xbf && b[i + 2] === 0xbd) n++;
  return n;
}

function countUtf16Replacements(b: Uint8Array, bom: 'utf-16le' | 'utf-16be'): number {
  let n = 0;
  const [lo, hi] = bom === 'utf-16le' ? [0, 1] : [1, 0];
  for (let i = 0; i + 1 < b.length; i += 2) if (b[i + lo] === 0xfd && b[i + hi] === 0xff) n++;
  return n;
}

/** The first byte the lenient decoder replaced: where re-encoding the decoded text stops matching the file. */
function firstInvalidUtf8(body: Uint8Array, text: string): number {
  const again = Buffer.from(text, 'utf8');
  let i = 0;
  while (i < body.length && body[i] === again[i]) i++;
  return i;
}

function lineAt(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = b.indexOf(0x0a); i !== -1 && i < offset; i = b.indexOf(0x0a, i + 1)) line++;
  return line;
}

/** NULs, and other C0 controls that text does not use (tab, line breaks, form feed and ESC are allowed). */
function countControls(text: string): { nul: number; controls: number } {
  let nul = 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d || c === 0x1b) continue;
    if (c === 0) nul++;
    else controls++;
  }
  return { nul, controls };
}

/** UTF-16 text saved without a byte-order mark is mostly NULs in every other byte. */
function utf16Hint(bytes: Uint8Array, bom: Bom): string {
  if (bom) return '';
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs && odd > 0.6 * pairs && even < 0.1 * pairs) return ' (UTF-16LE without a byte-order mark? save it as UTF-8)';
  if (pairs && even > 0.6 * pairs && odd < 0.1 * pairs) return ' (UTF-16BE without a byte-order mark? save it as UTF-8)';
  return '';
}

function count(text: string, code: number): number {
  let n = 0;
  for (let i = text.indexOf(String.fromCharCode(code)); i !== -1; i = text.indexOf(String.fromCharCode(code), i + 1)) n++;
  return n;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
