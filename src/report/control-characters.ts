// Article text is untrusted: an escape sequence in a news page must not recolor, retitle or clear a terminal.

/**
 * CSI (ESC [ … final), terminated OSC (ESC ] … BEL or ST), two-byte ESC sequences and C1 CSI. An unterminated
 * OSC loses only its ESC ], so a stray sequence cannot swallow the rest of a quote. Classes are disjoint: linear.
 */
const CSI = String.raw`\x1b\[[0-?]*[ -/]*[@-~]`;
const OSC = String.raw`\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)`;
const TWO_BYTE_ESCAPE = String.raw`\x1b[@-Z\\-_]`;
const C1_CSI = String.raw`\x9b[0-?]*[ -/]*[@-~]`;
const ESCAPE_SEQUENCE = new RegExp([CSI, OSC, TWO_BYTE_ESCAPE, C1_CSI].join('|'), 'g');
/** C0 controls except tab and newline, DEL, and C1 controls. */
const CONTROL_CHARACTER = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/** Removes escape sequences first (so their parameters go too), then any stray control character. */
export function stripControlCharacters(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARACTER, '');
}

/** Article text for a one-line slot: controls removed, line breaks and tabs turned into spaces. */
export function oneLine(text: string): string {
  // Breaks become spaces before stripping, else a lone CR (a control character) would glue two words together.
  return stripControlCharacters(text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' '));
}
