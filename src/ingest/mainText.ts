import type { SourceBlock } from './convertedDoc.js';
import { compact, type ReaderView } from './readerView.js';

/**
 * Blocks outside the article Readability chose become boilerplate, unless markup already fixed their
 * kind (a caption stays a caption) or they are the page's headline: its first heading, or one its title
 * names (Readability drops the headline it takes for the title). A block is found by its text.
 */
export function keepMainText(text: string, blocks: SourceBlock[], view: ReaderView | undefined, title?: string): SourceBlock[] {
  if (!view) return blocks;
  const headline = title === undefined ? '' : compact(title);
  const first = blocks.find((b) => b.container === undefined && b.markup === 'heading');
  return blocks.map((b) => {
    if (b.container !== undefined || b === first) return b;
    const own = compact(text.slice(b.start, b.end));
    if (own === '' || view.compactText.includes(own) || (b.markup === 'heading' && headline.includes(own))) return b;
    return { ...b, container: 'boilerplate' };
  });
}
