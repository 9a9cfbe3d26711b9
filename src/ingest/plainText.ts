import type { ConvertedDoc } from './convertedDoc.js';
import { lineBlocks } from './textBounds.js';
import { TextBuilder } from './textBuilder.js';

/**
 * Plain text is kept verbatim except that CRLF becomes LF (and a lone CR a LF), so downstream line
 * logic sees one kind of break; an LF-only file maps back through a single segment.
 */
export function convertPlainText(content: string, bodyStart: number): Omit<ConvertedDoc, 'meta'> {
  const builder = new TextBuilder();
  let pos = bodyStart;
  for (let cr = content.indexOf('\r', pos); cr !== -1; cr = content.indexOf('\r', pos)) {
    builder.copy(content, pos, cr);
    if (content[cr + 1] === '\n') {
      pos = cr + 1; // the LF itself is copied next, so it maps to its own place
    } else {
      builder.insert('\n', cr);
      pos = cr + 1;
    }
  }
  builder.copy(content, pos, content.length);
  const { text, origin } = builder.finish(bodyStart);
  return { text, origin, blocks: lineBlocks(text) };
}
