import type { Mention, Value, ValueType as TypeName } from '../model/types.js';
import { dimensionOf } from './dimensions.js';
import { VALUE_TYPES } from './registry.js';
import type { AgreementContext, IdentityEvidence, JsonValueParts, Relation, ValueType } from './valueType.js';

// What the stages use: each call looks the value's type up in the registry.

export type { AgreementContext, IdentityEvidence, JsonValueParts, Lookups, NormaliseContext, Relation, StatementStates, ValueType } from './valueType.js';
export { resolveDate, isoDateText, type RawDate } from './date.js';
export { clockTime, resolveTime } from './time.js';
export { inUnit, quantityLabel, referenceKey, referenceText, relateQuantities, resolveQuantity } from './quantity.js';
export { VALUE_TYPES } from './registry.js';

/** The module of a value's type. */
export function valueType<V extends Value>(v: V): ValueType<V> {
  return VALUE_TYPES[v.type] as unknown as ValueType<V>;
}

/** How two values relate; values of different types never meet. */
export function relate(a: Value, b: Value, tolerance = 0): Relation {
  return a.type === b.type ? valueType(a).relate(a, b, tolerance) : 'apart';
}

/** As relate(), for a verdict: where a type is stricter there (two stated days a day apart conflict). */
export function relateStated(a: Value, b: Value, tolerance = 0): Relation {
  const relation = relate(a, b, tolerance);
  const strict = a.type === b.type ? valueType(a).verdict : undefined;
  return strict ? strict(a, b, relation) : relation;
}

/** A value in a short human form for tables and terminal lines: "≈1,100 km", "6 Jan 2025", "09:30 KST", "IRBM". */
export function displayValue(v: Value): string {
  return valueType(v).display(v);
}

/** `v` in a reason beside `other`, with a conversion where a type gives one: "155 mi (= 249 km)". */
export function displayAgainst(v: Value, other: Value, ctx: Pick<AgreementContext, 'units'>): string {
  const own = v.type === other.type ? valueType(v).displayAgainst?.(v, other, ctx.units) : undefined;
  return own ?? displayValue(v);
}

export function jsonValueParts(v: Value): JsonValueParts {
  return valueType(v).json(v);
}

/** The reason text of an agreement among mentions of one type (the first's). */
export function agreementText(mentions: Mention[], ctx: AgreementContext): string {
  return valueType(mentions[0].value).agreement(mentions, ctx);
}

/** What a kind's values weigh as identity evidence: its type's rule, and its dimension's where that has one. */
export function identityEvidence(type: TypeName, dimension: string | undefined): IdentityEvidence {
  const own = VALUE_TYPES[type].evidence;
  const special = dimension === undefined ? undefined : dimensionOf(dimension)?.evidence;
  return special ? { ...own, ...special } : own;
}
