import type { ConvertedDoc } from './convertedDoc.js';
import { convertHtml } from './html.js';
import { convertMarkdown } from './markdown.js';
import { convertPlainText } from './plainText.js';

type Converter = (content: string, bodyStart: number) => Omit<ConvertedDoc, 'meta'> & { meta?: ConvertedDoc['meta'] };

/** Converters by file extension (lower case, no dot); anything else is read as plain text. */
const CONVERTERS = new Map<string, Converter>([
  ['md', convertMarkdown],
  ['markdown', convertMarkdown],
  ['html', convertHtml],
  ['htm', convertHtml],
  ['xhtml', convertHtml],
]);

const EXTENSION = /\.([A-Za-z0-9]{1,10})$/;

/** The converter for `readAs` when given (an extension, no dot), else for the path's extension. */
export function converterFor(path: string, readAs?: string): Converter {
  const ext = readAs ?? EXTENSION.exec(path)?.[1].toLowerCase();
  return (ext && CONVERTERS.get(ext)) || convertPlainText;
}
