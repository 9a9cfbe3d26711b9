// An extracted-claims file as the ArticleAnalysis the comparison takes. A claim whose readable fields are as
// verify wrote them is rebuilt exactly from its as-extracted record; where an editor changed them, they win.
import type { ArticleAnalysis, Candidate, Knowledge, RawValue, Recognizer, Span } from '../../model/types.js';
import { LineIndex } from '../../util/lines.js';
import type { Fields } from '../../util/yamlNode.js';
import { editableFields, SPAN_FIELDS, VALUE_FIELDS, type EditableFields, type RawClaim } from './claimFields.js';
import { editedValue, keyInfo } from './editedValue.js';
import { checkRawClaim } from './rawShape.js';
import type { ExtractedFile } from './read.js';

/** How a claim without a quote is shown where a quote would be: the report's quote column says where it came from. */
export const NO_QUOTE = '[added in review]';
const ROLES = ['main', 'other', 'background'] as const;

/**
 * The analysis the file states, under the run's id for its source. `sourceText`, when the article could be read,
 * places quotes an editor added or changed; without it they keep the line and column given (else 1:1).
 */
export function toAnalysis(file: ExtractedFile, id: string, knowledge: Knowledge, sourceText: string | undefined): ArticleAnalysis {
  const read = file.claims.map(({ fields }) => ({ fields, given: givenFields(fields), extracted: asExtracted(fields) }));
  const lines = sourceText === undefined ? undefined : new Lines(sourceText);
  // A claim given anew takes the sentence (and so the event) of an extracted claim on its line, else one of its own.
  const sentenceOnLine = new Map<number, RawClaim>();
  for (const { extracted } of read) if (extracted && !sentenceOnLine.has(extracted.span.line)) sentenceOnLine.set(extracted.span.line, extracted);
  let nextSentence = Math.max(-1, ...read.map((r) => r.extracted?.sentence ?? -1)) + 1;

  const candidates = read.map(({ fields, given, extracted }): Candidate => {
    const info = keyInfo(fields.require('key', 'a claim'), knowledge);
    const derived = extracted && editableFields(extracted);
    const edited = (names: readonly (keyof EditableFields)[]) => !derived || names.some((name) => given[name] !== derived[name]);
    let raw: RawValue;
    if (extracted && !edited(VALUE_FIELDS)) {
      raw = extracted.raw;
      if (raw.type !== info.type) fields.get('key')!.fail(`${info.key} takes ${info.type} values, and this value is a ${raw.type}; give a value of its kind`);
    } else raw = editedValue(fields, info, knowledge, extracted?.raw);
    const span = extracted && !edited(SPAN_FIELDS) ? extracted.span : placeQuote(fields, given, lines, file.source.path);
    const peer = extracted ?? sentenceOnLine.get(span.line);
    return {
      kind: info.key,
      source: id,
      span: { source: id, ...span },
      raw,
      tag: extracted?.tag ?? tagOf(raw, info.kind?.dimension),
      sentence: peer?.sentence ?? nextSentence++,
      role: given.role,
      ...(given.attribution === undefined ? {} : { attribution: given.attribution }),
      ...(extracted?.context ? { context: extracted.context } : {}),
      ...(peer?.anchor ? { anchor: peer.anchor } : {}),
    };
  });
  return { source: { ...file.source, id }, candidates };
}

/** The readable fields as the file gives them, checked for type; absent ones undefined. */
function givenFields(f: Fields): EditableFields {
  const str = (key: string) => f.get(key)?.str(key);
  const whole = (key: string) => {
    const node = f.get(key);
    if (node && (!Number.isInteger(node.num(key)) || (node.value as number) < 1)) node.fail('must be a whole number from 1');
    return node?.value as number | undefined;
  };
  const value = f.get('value');
  if (value && typeof value.value !== 'number') value.str('value (a figure, a date, a place or a category)');
  const role = f.get('role');
  if (role && !(ROLES as readonly unknown[]).includes(role.value)) role.fail(`must be one of ${ROLES.join(', ')}`);
  const high = f.get('high');
  if (high && typeof high.value !== 'number') high.num('high');
  return {
    key: str('key') ?? '',
    value: value?.value as number | string,
    high: high?.value as number | undefined,
    unit: str('unit'),
    hedge: str('hedge'),
    quote: str('quote'),
    line: whole('line'),
    column: whole('column'),
    role: (role?.value as EditableFields['role'] | undefined) ?? 'main',
    attribution: str('attribution'),
  };
}

function asExtracted(f: Fields): RawClaim | undefined {
  const node = f.get('as-extracted');
  return node ? checkRawClaim(node) : undefined;
}

/** Where an edited or added quote stands: at its line and column if it is there, else on its line, else anywhere. */
function placeQuote(f: Fields, given: EditableFields, lines: Lines | undefined, sourcePath: string): Omit<Span, 'source'> {
  const line = given.line ?? 1;
  const column = given.column ?? 1;
  if (given.quote === undefined || given.quote === '') {
    const start = lines?.offsetOf(line, column) ?? 0;
    return { start, end: start, line, column, text: NO_QUOTE };
  }
  if (!lines) return { start: 0, end: 0, line, column, text: given.quote };
  const start = lines.find(given.quote, given.line, given.column);
  if (start === undefined) return f.get('quote')!.fail(`'${given.quote}' is not in ${sourcePath}; quote the article verbatim, or leave quote out`);
  return { start, end: start + given.quote.length, ...lines.locate(start), text: given.quote };
}

class Lines {
  private readonly index: LineIndex;
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    this.index = new LineIndex(text);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  offsetOf(line: number, column: number): number | undefined {
    const start = this.starts[line - 1];
    return start === undefined ? undefined : Math.min(start + column - 1, this.text.length);
  }

  locate(offset: number): { line: number; column: number } {
    return this.index.locate(offset);
  }

  find(quote: string, line: number | undefined, column: number | undefined): number | undefined {
    const at = line === undefined ? undefined : this.offsetOf(line, column ?? 1);
    if (at !== undefined && column !== undefined && this.text.startsWith(quote, at)) return at;
    if (line !== undefined && this.starts[line - 1] !== undefined) {
      const onLine = this.text.indexOf(quote, this.starts[line - 1]);
      if (onLine !== -1 && onLine < (this.starts[line] ?? this.text.length + 1)) return onLine;
    }
    const anywhere = this.text.indexOf(quote);
    return anywhere === -1 ? undefined : anywhere;
  }
}

/** The recogniser a claim given by hand is filed under: the one that reads values of its type. */
function tagOf(raw: RawValue, dimension: string | undefined): Recognizer {
  if (raw.type === 'quantity') return dimension === 'count' || raw.unit === 'count' ? 'count' : 'quantity';
  if (raw.type === 'place') return raw.unlisted ? 'place-unlisted' : 'place';
  return raw.type;
}
