import { InputError } from '../util/errors.js';
import { parseYaml } from '../util/yaml.js';
import type { DocMeta } from './convertedDoc.js';
import { findFullDate } from '../util/dates/inMetadata.js';
import { toIsoDay } from '../util/dates/calendar.js';

export interface FrontMatter {
  meta: DocMeta;
  /** Offset in the content where the article proper starts (0 without front matter). */
  bodyStart: number;
}

const OPENING_FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*\r?$/;
/**
 * The first line inside the fences must look like YAML (a key, a comment or nothing); otherwise the
 * `---` is a markdown rule opening the article, not front matter.
 */
const YAML_FIRST_LINE = /^(?:[\w-]{1,100}[ \t]*:|#|[ \t]*\r?$)/;
const TEXT_KEYS = ['title', 'outlet', 'url'] as const;
const DATE_KEYS = ['published', 'date'] as const;
/** Front matter starts on the file's second line. */
const YAML_LINE_OFFSET = 1;

/** Splits off YAML front matter; invalid YAML or a bad known key is an InputError at the file's line. */
export function splitFrontMatter(content: string, file: string): FrontMatter {
  const opening = OPENING_FENCE.exec(content);
  if (!opening) return { meta: {}, bodyStart: 0 };
  const yamlStart = opening[0].length;
  const firstLine = content.slice(yamlStart, yamlStart + 120);
  if (!YAML_FIRST_LINE.test(firstLine) && !CLOSING_FENCE.test(firstLine.split('\n')[0])) {
    return { meta: {}, bodyStart: 0 };
  }
  const closing = findClosingFence(content, yamlStart);
  if (closing === undefined) return { meta: {}, bodyStart: 0 };
  const yamlText = content.slice(yamlStart, closing.lineStart);
  return { meta: readMeta(parseFrontMatter(yamlText, file), yamlText, file), bodyStart: closing.bodyStart };
}

function findClosingFence(content: string, from: number): { lineStart: number; bodyStart: number } | undefined {
  for (let lineStart = from; lineStart < content.length; ) {
    const newline = content.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? content.length : newline;
    if (CLOSING_FENCE.test(content.slice(lineStart, lineEnd))) {
      return { lineStart, bodyStart: newline === -1 ? content.length : newline + 1 };
    }
    if (newline === -1) return undefined;
    lineStart = newline + 1;
  }
  return undefined;
}

function parseFrontMatter(yamlText: string, file: string): unknown {
  try {
    return parseYaml(yamlText, file);
  } catch (err) {
    if (err instanceof InputError) {
      const line = err.line === undefined ? undefined : err.line + YAML_LINE_OFFSET;
      throw new InputError(`front matter: ${err.message}`, file, line);
    }
    // js-yaml can fail in other ways on hostile input (deep nesting); still the user's file, not our bug.
    throw new InputError(`front matter: invalid YAML (${String(err)})`, file, 1 + YAML_LINE_OFFSET);
  }
}

function readMeta(data: unknown, yamlText: string, file: string): DocMeta {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('front matter: expected key: value pairs', file, 1 + YAML_LINE_OFFSET);
  }
  const record = data as Record<string, unknown>;
  const meta: DocMeta = {};
  for (const key of TEXT_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') {
      throw new InputError(`front matter: "${key}" must be text`, file, keyLine(yamlText, key));
    }
    const text = String(value).trim();
    if (text) meta[key] = text;
  }
  const dateKey = DATE_KEYS.find((key) => record[key] !== undefined && record[key] !== null);
  if (dateKey) {
    const found = findFullDate(String(record[dateKey]));
    if (!found || typeof record[dateKey] === 'object') {
      const hint = 'expected a date like 2025-03-03 or March 3, 2025';
      throw new InputError(`front matter: "${dateKey}" is not a date (${hint})`, file, keyLine(yamlText, dateKey));
    }
    meta.published = toIsoDay(found.date);
  }
  return meta;
}

/** The file line of a top-level key, for error messages. */
function keyLine(yamlText: string, key: string): number {
  const index = yamlText.split('\n').findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}"`));
  return (index === -1 ? 0 : index) + 1 + YAML_LINE_OFFSET;
}
