import type { CategoryEntry, IsoDay, Mention, RawValue, Unit, Value } from '../model/types.js';

// The one interface every value type implements: how a mention becomes a value, how two values relate, how a
// value is shown, and what it weighs as evidence of which happening an account tells. The stages look a value's
// type up in the registry (registry.ts) instead of switching on it.

/** How two stated values relate: the same fact, the same fact told differently, or incompatible. */
export type Relation = 'same' | 'close' | 'apart';

/** The machine-readable part of a value in the JSON contract; `unit`, `valueHigh` and `zone` only when they apply. */
export interface JsonValueParts {
  value: string | number;
  unit?: string;
  valueHigh?: number;
  zone?: string;
}

/** A statement kind's states by id, each with its label and the states it implies; whether they may hold together. */
export interface StatementStates {
  together: boolean;
  states: Map<string, { label: string; lineage: string[] }>;
}

/** The tables built once per run from the claim definitions that normalising a mention reads. */
export interface Lookups {
  units: Map<string, Unit>;
  dimensionOf: Map<string, string>; // claim key -> dimension
  placeWithin: Map<string, string[]>;
  placeZone: Map<string, string>;
  /** Each bordering place's borders, both ways, with the places those lie within. */
  placeAdjoins: Map<string, string[]>;
  categories: Map<string, Map<string, CategoryEntry>>;
  /** Statement kinds' states by kind key. */
  statements: Map<string, StatementStates>;
}

/** What normalising one mention needs: its claim kind, its article's publication day, the run's tables. */
export interface NormaliseContext {
  kind: string;
  published: IsoDay | undefined;
  lookups: Lookups;
}

/**
 * What a kind's values weigh as evidence that two accounts are one happening (events stage). A value that says
 * what the happening is (`identity`: a place, a kind of thing) counts for and against; one that is tested (a
 * figure, a clock time) only for: a differing figure is what the report must show, never a reason to split.
 */
export interface IdentityEvidence {
  /** Whether it is weighed at all: dates are weighed on their own, statements and counts never. */
  weighed: boolean;
  /** Whether its claim pack says what the account is about (counts are told of every kind of happening). */
  tellsSubject: boolean;
  /** What an agreeing value adds (half of it for a close one). */
  weight: number;
  /** What a differing value subtracts when its kind says what the happening is. */
  against: number;
  /** Whether its kinds say what the happening is unless a kind says otherwise (`evidence:` in the claims). */
  identityByDefault: boolean;
}

/** What the agreement text needs: the claim kind's label, the run's units by id and short source names. */
export interface AgreementContext {
  label: string;
  units: Map<string, Unit>;
  names: Map<string, string>;
}

export type RawOf<V extends Value> = Extract<RawValue, { type: V['type'] }>;

export interface ValueType<V extends Value = Value> {
  name: V['type'];
  /** A mention's raw value as an interval or a set of what it may mean, with its stated precision; undefined if it resolves to nothing. */
  normalise(raw: RawOf<V>, ctx: NormaliseContext): V | undefined;
  /** How two values relate; `tolerance` is a kind's relative tolerance (quantities only). */
  relate(a: V, b: V, tolerance: number): Relation;
  /** For a verdict, where it is stricter than relate() (dates: two stated days are never a variance). */
  verdict?(a: V, b: V, relation: Relation): Relation;
  /** In short for tables, terminal lines and reasons: "≈1,100 km", "6 Jan 2025", "09:30 KST", "IRBM". */
  display(v: V): string;
  /** The value's fields in the JSON report. */
  json(v: V): JsonValueParts;
  /** `v` beside `other` in a reason, where it needs more than display(): "155 mi (= 249 km)". */
  displayAgainst?(v: V, other: V, units: Map<string, Unit>): string | undefined;
  /** The reason text of an agreement among `mentions` (all of this type). */
  agreement(mentions: Mention[], ctx: AgreementContext): string;
  evidence: IdentityEvidence;
}
