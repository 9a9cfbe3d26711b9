import { once } from 'node:events';

// Pieces are gathered into writes of about this many characters: one write per JSON member would be slow.
export const BATCH_CHARS = 1 << 16;

/**
 * Writes the pieces of a text to `stream` as they come, waiting whenever the stream asks to, so a large report
 * is never held whole; the text ends with a line break, added if its last piece has none. An empty text writes nothing.
 */
export async function writePieces(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  let batch = '';
  let last = '';
  for (const piece of pieces) {
    if (!piece) continue;
    batch += piece;
    last = piece;
    if (batch.length >= BATCH_CHARS) {
      if (!stream.write(batch)) await once(stream, 'drain');
      batch = '';
    }
  }
  if (!last) return;
  if (!last.endsWith('\n')) batch += '\n';
  if (!stream.write(batch)) await once(stream, 'drain');
}
