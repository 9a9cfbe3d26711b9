// A claim an editor changed or added: its key checked against the claim definitions, its value read from the
// readable fields (value, high, unit, hedge) as the extractor would have read it from the text.
import type { ClaimKind, Hedge, Knowledge, RawValue, ValueType } from '../../model/types.js';
import { parseStatedNumber } from '../../pipeline/index.js';
import { isoDay } from '../../util/days.js';
import { isAttributeKind, isOpenKind, OPEN_DATE } from '../../util/unlistedKinds.js';
import type { Fields, Node } from '../../util/yamlNode.js';
import { SUSPECTED } from './claimFields.js';

const HEDGES: readonly Hedge[] = ['exact', 'approximately', 'nearly', 'more-than', 'at-least', 'less-than', 'at-most'];
const TIME_HEDGES = ['exact', 'approximately', 'shortly-before', 'shortly-after'] as const;
// Keys no pack defines, as extraction names them: "open.length", "open.count.homes", "attribute.dam.length".
const OPEN_KEY = /^open\.[a-z][a-z0-9-]*(?:\.[^.\s]+)?$/;
const ATTRIBUTE_KEY = /^attribute\.[^.\s]+\.[^.\s]+$/;
const LISTED = 12;

/** What a key stands for: a pack's kind, or a kind no pack defines (open claims, a thing's measures). */
export interface KeyInfo {
  key: string;
  type: ValueType;
  kind?: ClaimKind;
}

/** The key's kind; an unknown key fails naming the keys the claim definitions allow. */
export function keyInfo(node: Node, knowledge: Knowledge): KeyInfo {
  const key = node.str('key');
  const kind = knowledge.kinds.find((k) => k.key === key);
  if (kind) return { key, type: kind.type, kind };
  if (key === OPEN_DATE) return { key, type: 'date' };
  if ((isOpenKind(key) && OPEN_KEY.test(key)) || (isAttributeKind(key) && ATTRIBUTE_KEY.test(key))) return { key, type: 'quantity' };
  const keys = knowledge.kinds.map((k) => k.key).sort();
  const family = key.split('.')[0];
  const near = keys.filter((k) => k.split('.')[0] === family);
  return node.fail(`unknown claim key '${key}'; allowed: ${(near.length ? near : keys).join(', ')}${near.length ? ', and the other keys of the claim definitions' : ''}, open.DIMENSION, attribute.THING.MEASURE`);
}

/** The raw value the readable fields state; `extracted` lends what they cannot say (a conversion, a qualifier). */
export function editedValue(f: Fields, info: KeyInfo, knowledge: Knowledge, extracted: RawValue | undefined): RawValue {
  const valueNode = f.require('value', 'a claim');
  const same = extracted?.type === info.type ? extracted : undefined;
  switch (info.type) {
    case 'quantity':
      return quantityValue(f, valueNode, info, knowledge, same?.type === 'quantity' ? same : undefined);
    case 'date':
      return dateValue(valueNode);
    case 'time': {
      const minutes = clockMinutes(valueNode);
      const hedge = oneOf(f.get('hedge'), TIME_HEDGES, 'exact', 'hedge of a time');
      const zone = f.get('unit')?.str('unit (the time zone)');
      return { type: 'time', minutes, hedge, precision: same?.type === 'time' ? same.precision : 1, ...(zone ? { zone } : {}) };
    }
    case 'place':
      return placeValue(valueNode.str('value'), knowledge, same?.type === 'place' ? same.relative : undefined);
    case 'category':
      return categoryValue(valueNode, info, knowledge);
    case 'statement':
      return statementValue(f, valueNode, info, same?.type === 'statement' ? same.qualifier : undefined);
  }
}

function quantityValue(f: Fields, valueNode: Node, info: KeyInfo, knowledge: Knowledge, extracted: Extract<RawValue, { type: 'quantity' }> | undefined): RawValue {
  const unit = unitOf(f, info, knowledge);
  const exact = knowledge.units.find((u) => u.id === unit)?.exact === true;
  const figure = (node: Node) => {
    const text = typeof node.value === 'number' ? String(node.value) : node.str('value');
    const stated = parseStatedNumber(text.trim());
    if (!stated) node.fail(`'${text}' is not a figure; write it as 600, 1,100, 3.5 or twelve`);
    // Identifiers (flight numbers) are never rounded, as in extraction.
    return exact ? { value: stated.value, rounding: 0.5 } : stated;
  };
  const highNode = f.get('high');
  const { alternate, qualifier, reference } = extracted ?? {};
  return {
    type: 'quantity',
    number: figure(valueNode),
    ...(highNode ? { high: figure(highNode) } : {}),
    unit,
    hedge: oneOf(f.get('hedge'), HEDGES, 'exact', 'hedge'),
    ...(alternate ? { alternate } : {}),
    ...(qualifier === undefined ? {} : { qualifier }),
    ...(reference ? { reference } : {}),
  };
}

/** The unit's id: by id or by any of its names ("kilometres"), and of the kind's dimension. */
function unitOf(f: Fields, info: KeyInfo, knowledge: Knowledge): string {
  const dimension = info.kind?.dimension ?? (isOpenKind(info.key) ? info.key.split('.')[1] : undefined);
  const node = f.get('unit');
  if (!node) {
    if (dimension === 'count' || dimension === undefined) return 'count';
    return f.node.fail(`a claim of ${info.key} needs a unit (${dimension})`);
  }
  const written = node.str('unit');
  if (written === 'count' && (dimension === 'count' || dimension === undefined)) return 'count';
  const unit = knowledge.units.find((u) => u.id === written) ?? knowledge.units.find((u) => u.names.includes(written.toLowerCase()));
  const allowed = knowledge.units.filter((u) => (dimension === undefined || u.dimension === dimension) && (!info.kind?.units || info.kind.units.includes(u.id)));
  if (unit && allowed.includes(unit)) return unit.id;
  const of = dimension ? `${info.key} (${dimension})` : info.key;
  return node.fail(`'${written}' is not a unit of ${of}; allowed: ${allowed.map((u) => u.id).join(', ') || 'count'}`);
}

function dateValue(node: Node): RawValue {
  const text = typeof node.value === 'number' ? String(node.value) : node.str('value');
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  const [year, month, day] = (m ?? []).slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const valid = m && (month === undefined || (month >= 1 && month <= 12)) && (day === undefined || isoDay(year!, month!, day) !== undefined);
  if (!valid) node.fail(`'${text}' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY`);
  return { type: 'date', year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

function clockMinutes(node: Node): number {
  const text = node.str('value (a time as HH:MM)');
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) node.fail(`'${text}' is not a time; write it as HH:MM, 24-hour`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** A listed place by its name or an alias (any case), else a place the list does not know. */
function placeValue(name: string, knowledge: Knowledge, relative: string | undefined): RawValue {
  const lower = name.trim().toLowerCase();
  const listed = knowledge.places.find((p) => p.name.toLowerCase() === lower || p.aliases.some((a) => a.toLowerCase() === lower));
  const extra = relative === undefined ? {} : { relative };
  return listed ? { type: 'place', name: listed.name, ...extra } : { type: 'place', name: name.trim(), unlisted: true, ...extra };
}

function categoryValue(node: Node, info: KeyInfo, knowledge: Knowledge): RawValue {
  const text = node.str('value');
  const set = knowledge.categories.find((s) => s.name === info.kind?.categories);
  if (!set) return node.fail(`${info.key} names no category set`);
  const lower = text.trim().toLowerCase();
  const entry = set.entries.find((e) => e.id === text.trim() || e.label.toLowerCase() === lower || e.names.includes(lower));
  if (entry) return { type: 'category', set: set.name, id: entry.id };
  if (set.designations) return { type: 'category', set: set.name, id: text.trim(), designation: true };
  return node.fail(`'${text}' is not a category of ${info.key}; allowed: ${listed(set.entries.map((e) => e.id))}`);
}

function statementValue(f: Fields, node: Node, info: KeyInfo, qualifier: string | undefined): RawValue {
  const text = node.str('value');
  const states = info.kind?.states ?? [];
  const state = states.find((s) => s.id === text.trim() || s.label.toLowerCase() === text.trim().toLowerCase());
  if (!state) return node.fail(`'${text}' is not a state of ${info.key}; allowed: ${listed(states.map((s) => s.id))}`);
  const hedged = oneOf(f.get('hedge'), ['exact', SUSPECTED] as const, 'exact', 'hedge of a statement') === SUSPECTED;
  return { type: 'statement', state: state.id, ...(hedged ? { hedged } : {}), ...(qualifier === undefined ? {} : { qualifier }) };
}

function oneOf<T extends string>(node: Node | undefined, allowed: readonly T[], absent: T, what: string): T {
  if (!node) return absent;
  const text = node.str(what);
  if (!(allowed as readonly string[]).includes(text)) node.fail(`'${text}' is not a ${what}; allowed: ${allowed.join(', ')}`);
  return text as T;
}

const listed = (ids: string[]) => (ids.length > LISTED ? `${ids.slice(0, LISTED).join(', ')} and ${ids.length - LISTED} more` : ids.join(', '));
