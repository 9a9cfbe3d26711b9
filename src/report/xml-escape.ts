// Text for XML 1.0 documents. Article text may hold anything: markup characters are escaped, and characters XML 1.0
// forbids outright (C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF) are dropped, since no
// escape can carry them and a strict parser rejects the whole file over one.

const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// In an attribute a raw tab or line break would be read back as a space: written as references, they survive.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML_CHARACTER, '');
}

/** Element content. `>` is escaped too, so `]]>` cannot appear. */
export function xmlText(text: string): string {
  return xmlCharacters(text).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]);
}

/** A double-quoted attribute value. */
export function xmlAttribute(text: string): string {
  return xmlCharacters(text).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}
