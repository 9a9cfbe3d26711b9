import type { Mention, Report } from '../../model/types.js';
import { shownQuote } from '../report-view.js';
import { escapeMarkdown } from './escape.js';

// Context kept either side of a quote: enough to read what the figure is said of, short enough for a table cell.
const CONTEXT_CHARS = 90;

/**
 * The quote in its sentence with the quote in bold: `…the missile travelled **around 1,100 km** during a flight…`.
 * Without a sentence for it (none read back), the quote alone, in bold. Every piece is escaped, so only our `**`
 * is markup; the bold sits on trimmed text, as emphasis next to a space would not render.
 */
export function markedSentence(report: Report, mention: Mention): string {
  const context = report.sentences?.get(mention.id);
  if (!context || mention.parts) {
    const quotes = (mention.parts ?? [mention]).map((part) => bold(shownQuote(report, part.span)));
    return quotes.join(' + ');
  }
  const before = clipStart(context.before);
  const after = clipEnd(context.after);
  return `${escapeMarkdown(before)}${bold(context.quote)}${escapeMarkdown(after)}`;
}

function bold(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return escapeMarkdown(text);
  const start = text.indexOf(trimmed);
  return `${escapeMarkdown(text.slice(0, start))}**${escapeMarkdown(trimmed)}**${escapeMarkdown(text.slice(start + trimmed.length))}`;
}

/** The last CONTEXT_CHARS characters of the text before a quote, cut after a space, with an ellipsis. */
function clipStart(text: string): string {
  const characters = [...text];
  if (characters.length <= CONTEXT_CHARS) return text;
  const tail = characters.slice(-CONTEXT_CHARS).join('');
  const space = tail.indexOf(' ');
  return `…${space >= 0 ? tail.slice(space + 1) : tail}`;
}

/** The first CONTEXT_CHARS characters of the text after a quote, cut before a space, with an ellipsis. */
function clipEnd(text: string): string {
  const characters = [...text];
  if (characters.length <= CONTEXT_CHARS) return text;
  const head = characters.slice(0, CONTEXT_CHARS).join('');
  const space = head.lastIndexOf(' ');
  return `${space > 0 ? head.slice(0, space) : head}…`;
}
