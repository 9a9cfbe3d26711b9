// The extracted-claims file in-process: written and read back, it rebuilds the analysis it was written from,
// whatever the article holds (quotes with line breaks, quotation marks, YAML's own signs, any script).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, untouchedSinceWritten } from '../../src/cli/extracted/format.js';
import { readExtracted } from '../../src/cli/extracted/read.js';
import { toAnalysis } from '../../src/cli/extracted/toAnalysis.js';
import { ExtractedWriter } from '../../src/cli/extracted/write.js';
import { Analyzer } from '../../src/pipeline/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';
import { newsText, MARKUP_TOKENS } from '../robustness/arbitraries.js';
import { checkProperty } from '../robustness/helpers.js';

const knowledge = shippedKnowledge();
const analyzer = new Analyzer(knowledge);
const writer = new ExtractedWriter(knowledge, undefined);

// Files are text: an article decoded from bytes holds no lone surrogate (bad bytes become U+FFFD), so neither do these.
const hostile = fc.constantFrom('"', "'", ': ', ' #', '- ', '|', '>', '{', '}', '[', ']', '&a', '*b', '!t', '%', '@', '`', '\t', '\r\n', '\n\n', '\u00a0', '\u2028', 'é', '東京', '😀', '\ufeff');
const article = fc
  .array(fc.oneof({ weight: 4, arbitrary: newsText(12) }, { weight: 1, arbitrary: fc.constantFrom(...MARKUP_TOKENS) }, { weight: 2, arbitrary: hostile }), { maxLength: 10 })
  .map((parts) => parts.join(' '));
const path = fc.constantFrom('a.txt', 'news/b.md', 'c.html');

describe('an extracted-claims file', () => {
  it.each(['yaml', 'jsonl'] as const)('rebuilds the analysis it was written from (%s)', (format) => {
    checkProperty(
      fc.property(article, path, (content, file) => {
        const analysis = analyzer.analyze({ path: file, content }, 'src');
        const text = writer.text(analysis, contentHash(content), format);
        expect(untouchedSinceWritten(text)).toBe(true);
        const read = readExtracted(text, `out.${format}`);
        expect(read.reviewed).toBe(false);
        expect(read.sha256).toBe(contentHash(content));
        expect(toAnalysis(read, 'src', knowledge, content)).toEqual(analysis);
        // Without the article (another machine), the same.
        expect(toAnalysis(read, 'src', knowledge, undefined)).toEqual(analysis);
      }),
      150,
    );
  });

  it.each(['yaml', 'jsonl'] as const)('keeps any text in quotes, attributions and titles (%s)', (format) => {
    const content = 'North Korea fired a missile that flew about 600 km on Monday, officials said.';
    const base = analyzer.analyze({ path: 'a.txt', content }, 'a');
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    checkProperty(
      fc.property(text, text, text, (quote, who, title) => {
        const analysis = {
          source: { ...base.source, title },
          candidates: base.candidates.map((c) => ({ ...c, span: { ...c.span, text: quote }, attribution: who })),
        };
        const read = readExtracted(writer.text(analysis, contentHash(content), format), `out.${format}`);
        expect(toAnalysis(read, 'a', knowledge, undefined)).toEqual(analysis);
      }),
      300,
    );
  });

  it('is told from an edited one by its checksum', () => {
    const content = 'North Korea fired a missile that flew about 600 km on Monday, officials said.';
    const text = writer.text(analyzer.analyze({ path: 'a.txt', content }, 'a'), contentHash(content), 'yaml');
    expect(untouchedSinceWritten(text)).toBe(true);
    expect(untouchedSinceWritten(text.replace('value: 600', 'value: 650'))).toBe(false);
    expect(untouchedSinceWritten(text.replace('reviewed: false', 'reviewed: true'))).toBe(false);
    expect(untouchedSinceWritten(`${text}# a note\n`)).toBe(false);
  });
});
