// `-` as a path: one article read from standard input (`curl … | verify -`), shown in reports as `stdin`.
import { InputError } from '../util/errors.js';
import { formatSize } from './limits.js';

export const STDIN_ARG = '-';
export const STDIN_SHOWN = 'stdin';
/**
 * Standard input is read as Markdown: plain text reads the same (every plain-text article of the sources and test
 * cases gives a byte-identical report either way), and Markdown's own syntax is not taken for article text.
 */
export const STDIN_READ_AS = 'md';

/** What standard input held, once read: a process has one, and the Markdown report reads its quotes again. */
let held: Buffer | undefined;

/** The part of a readable stream readStdin uses: a test passes a fake one. */
export interface StdinStream extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

/**
 * All of stdin, at most `maxBytes`. A terminal is refused at once: nothing was piped in, and reading would wait
 * for someone to type an article. Read as a stream, not with readFileSync(0), which fails with EAGAIN on a pipe
 * another program left non-blocking.
 */
export async function readStdin(maxBytes: number, stream: StdinStream = process.stdin): Promise<Buffer> {
  if (stream.isTTY) {
    throw new InputError('nothing piped in (standard input is a terminal); pipe an article, as in `cat article.md | verify -`, or name files', STDIN_SHOWN);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    // Leaving the loop ends the stream, so a producer that goes on writing gets EPIPE rather than a hung run.
    if (size > maxBytes) throw new InputError(`more than the ${formatSize(maxBytes)} limit for one article (raise it with --max-file-size)`, STDIN_SHOWN);
    chunks.push(bytes);
  }
  held = Buffer.concat(chunks);
  return held;
}

/** The bytes readStdin read in this process, if it ran. */
export function stdinHeld(): Buffer | undefined {
  return held;
}
