import { oneLine } from '../control-characters.js';

// Lone surrogate halves: not characters, and not allowed in an XML document.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Untrusted text (quotes, labels, paths) as XML character data or an attribute value: one line, no control
 * character or lone surrogate (neither may stand in XML), markup characters as entities. Safe in both places.
 */
export function xmlText(text: string): string {
  return oneLine(text).replace(LONE_SURROGATE, '\uFFFD').replace(XML_SPECIAL, (character) => ENTITIES[character]);
}

/** At most `max` characters (code points, so no surrogate pair is split), an ellipsis marking a cut. */
export function clip(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}
