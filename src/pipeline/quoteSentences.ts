import { splitSentences } from '../extract/index.js';
import { ingestOne } from '../ingest/index.js';
import type { Mention, QuoteInSentence, RawSource } from '../model/types.js';
import { toOriginal } from '../util/offsets.js';

/**
 * The sentence around each of one source's mentions, read again from its file: the pipeline drops article text once
 * claims are out, so a report that shows a quote in its sentence asks for the few it shows. Ingest and sentence
 * splitting are the ones extraction ran, so a mention's sentence index names the same sentence. A mention whose
 * span no longer lies in that sentence (the file changed since) gets none, never a wrong one.
 */
export function quoteSentences(raw: RawSource, id: string, mentions: readonly Mention[]): Map<string, QuoteInSentence> {
  const article = ingestOne(raw, id, undefined);
  const sentences = splitSentences(article);
  const found = new Map<string, QuoteInSentence>();
  for (const mention of mentions) {
    const sentence = sentences[mention.sentence];
    if (mention.source !== id || !sentence) continue;
    // The first and last text offsets of the sentence whose original offsets fall inside the span.
    let from = -1;
    let to = -1;
    for (let t = sentence.start; t < sentence.end; t++) {
      const at = toOriginal(article.origin, t);
      if (at < mention.span.start) continue;
      if (at >= mention.span.end) break;
      if (from < 0) from = t;
      to = t + 1;
    }
    if (from < 0 || article.original.slice(mention.span.start, mention.span.end) !== mention.span.text) continue;
    found.set(mention.id, {
      before: article.text.slice(sentence.start, from),
      quote: article.text.slice(from, to),
      after: article.text.slice(to, sentence.end),
    });
  }
  return found;
}
