// Checks a claim's `as-extracted` record (the candidate as extracted) against the shapes the pipeline takes, so a record
// damaged by hand fails with the file and line instead of deep in the comparison.
import type { RawClaim } from './claimFields.js';
import type { Node } from '../../util/yamlNode.js';

/** A field's shape: a scalar type, one of listed strings, a nested record, or a list of strings. */
type Shape = 'number' | 'int' | 'string' | 'boolean' | 'strings' | readonly string[] | Record;
/** Field name -> shape; a name ending in `?` may be absent. */
interface Record {
  [field: string]: Shape;
}

const HEDGES = ['approximately', 'more-than', 'at-least', 'less-than', 'at-most', 'nearly', 'exact'] as const;
const RELATIVE_DAYS = ['today', 'yesterday', 'days-ago', 'last-week', 'this-week', 'last-month', 'this-month', 'last-year', 'weekday', 'day-of-month'] as const;
const STATED: Record = { value: 'number', rounding: 'number' };
const DATE: Record = {
  type: ['date'], 'year?': 'int', 'month?': 'int', 'day?': 'int', 'weekday?': 'int', 'relative?': RELATIVE_DAYS, 'daysAgo?': 'int', 'local?': 'boolean', 'westernZone?': 'boolean',
};

/** Each raw value type's fields, as src/model/types.ts RawValue declares them. */
const VALUES: { [type: string]: Record } = {
  quantity: {
    type: ['quantity'], number: STATED, 'high?': STATED, unit: 'string', hedge: HEDGES,
    'alternate?': { number: STATED, unit: 'string', hedge: HEDGES }, 'qualifier?': 'string',
    'reference?': { place: 'string', 'bearing?': 'string', 'unlisted?': 'boolean' },
  },
  date: DATE,
  time: { type: ['time'], minutes: 'number', hedge: ['exact', 'approximately', 'shortly-before', 'shortly-after'], precision: 'number', 'zone?': 'string' },
  place: { type: ['place'], name: 'string', 'unlisted?': 'boolean', 'relative?': 'string' },
  category: { type: ['category'], set: 'string', id: 'string', 'designation?': 'boolean' },
  statement: { type: ['statement'], state: 'string', 'hedged?': 'boolean', 'qualifier?': 'string' },
};

const RECOGNIZERS = [
  'quantity', 'count', 'open-count', 'figure', 'money', 'share', 'age', 'date', 'time', 'place', 'place-near-spelling', 'place-unlisted', 'category', 'designation', 'statement', 'sum',
] as const;

const CLAIM: Record = {
  kind: 'string',
  span: { start: 'int', end: 'int', line: 'int', column: 'int', text: 'string' },
  raw: {}, // checked by its type below
  tag: RECOGNIZERS,
  sentence: 'int',
  role: ['main', 'other', 'background'],
  'attribution?': 'string',
  'context?': 'strings',
  'anchor?': { raw: DATE, reference: 'boolean', 'names?': 'boolean' },
};

/** The record (the `as-extracted` node), checked; fails at its line naming the first field that is wrong. */
export function checkRawClaim(node: Node): RawClaim {
  check(node, node.value, CLAIM, '');
  const value = (node.value as { raw: unknown }).raw;
  const type = value !== null && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
  check(node, type, Object.keys(VALUES), 'raw.type');
  check(node, value, VALUES[type as string], 'raw');
  return node.value as RawClaim;
}

function check(node: Node, value: unknown, shape: Shape, at: string): void {
  const bad = (what: string) => node.fail(`${at || 'it'} must be ${what}; leave it as verify wrote it, or delete it to give the claim anew`);
  if (shape === 'number' || shape === 'int') {
    if (typeof value !== 'number' || !Number.isFinite(value) || (shape === 'int' && !Number.isInteger(value))) bad(shape === 'int' ? 'a whole number' : 'a number');
  } else if (shape === 'string' || shape === 'boolean') {
    if (typeof value !== shape) bad(`a ${shape}`);
  } else if (shape === 'strings') {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) bad('a list of strings');
  } else if (Array.isArray(shape)) {
    if (typeof value !== 'string' || !shape.includes(value)) bad(`one of ${shape.join(', ')}`);
  } else {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) bad('a mapping');
    const record = value as { [key: string]: unknown };
    const fields = new Map(Object.entries(shape as Record).map(([name, s]) => [name.replace(/\?$/, ''), { shape: s, optional: name.endsWith('?') }]));
    for (const key of Object.keys(record)) if (!fields.has(key)) bad(`without '${key}'`);
    for (const [name, field] of fields) {
      if (record[name] === undefined) {
        if (!field.optional) bad(`given '${name}'`);
      } else if (!(typeof field.shape === 'object' && !Array.isArray(field.shape) && Object.keys(field.shape).length === 0)) {
        check(node, record[name], field.shape, at ? `${at}.${name}` : name);
      }
    }
  }
}
