// Checks that need every file read first: names one file uses may be defined in another.
import type { Unit } from '../model/types.js';
import type { SetRef } from './categories.js';
import type { KindRef } from './kinds.js';
import type { Node } from '../util/yamlNode.js';
import type { PlaceRef } from './places.js';
import { phraseKey, unique } from './text.js';

/** Every kind's dimension is one some unit has, and its category set exists. */
export function checkKinds(kinds: KindRef[], units: Unit[], sets: SetRef[]): void {
  const dimensions = new Set(units.map((u) => u.dimension));
  const setNames = new Set(sets.map((s) => s.set.name));
  const byKey = new Map(kinds.map((k) => [k.kind.key, k.kind]));
  for (const { kind, dimension, categories, parts, units: unitsNode } of kinds) {
    for (const id of kind.units ?? []) {
      const unit = units.find((u) => u.id === id);
      if (!unit || unit.dimension !== kind.dimension) {
        const allowed = units.filter((u) => u.dimension === kind.dimension).map((u) => u.id);
        unitsNode?.fail(`unknown unit '${id}' for kind '${kind.key}'; units of dimension '${kind.dimension}': ${listing(new Set(allowed))}`);
      }
    }
    for (const key of kind.parts ?? []) {
      const part = byKey.get(key);
      if (!part) parts?.fail(`unknown part '${key}' of kind '${kind.key}'; parts are kind keys`);
      else if (part.key === kind.key || part.type !== 'quantity' || part.dimension !== kind.dimension) {
        parts?.fail(`part '${key}' of kind '${kind.key}' must be another quantity kind of dimension '${kind.dimension}'`);
      }
    }
    if (dimension && kind.dimension !== undefined && !dimensions.has(kind.dimension)) {
      dimension.fail(`unknown dimension '${kind.dimension}'; dimensions with units: ${listing(dimensions)}`);
    }
    if (categories && kind.categories !== undefined && !setNames.has(kind.categories)) {
      categories.fail(`unknown category set '${kind.categories}'; defined sets: ${listing(setNames)}`);
    }
  }
}

/** `within` and `adjoins` name canonical places; `within` never leads back to the place itself, nothing adjoins itself. */
export function checkPlaces(places: PlaceRef[]): void {
  const byName = new Map(places.map((p) => [p.place.name, p]));
  const edges = new Map<string, { target: string; node: Node }[]>();
  const named = (node: Node, field: 'within' | 'adjoins') => {
    const target = node.str(field);
    if (!byName.has(target)) node.fail(unknownPlace(target, field, places));
    return target;
  };
  for (const ref of places) {
    const out = ref.within.map((node) => ({ target: named(node, 'within'), node }));
    if (out.length) ref.place.within = unique(out.map((e) => e.target));
    edges.set(ref.place.name, out);
    const adjoins = ref.adjoins.map((node) => {
      const target = named(node, 'adjoins');
      if (target === ref.place.name) node.fail(`'${target}' adjoins itself; adjoins names the places it borders`);
      return target;
    });
    if (adjoins.length) ref.place.adjoins = unique(adjoins);
  }
  findCycle(places.map((p) => p.place.name), edges);
}

/** Parents exist in their own set and no category is its own ancestor. */
export function checkParents(sets: SetRef[]): void {
  for (const { set, parents } of sets) {
    const ids = new Set(set.entries.map((e) => e.id));
    const edges = new Map<string, { target: string; node: Node }[]>();
    for (const e of set.entries) {
      const node = parents.get(e.id);
      if (e.parent === undefined || !node) {
        edges.set(e.id, []);
        continue;
      }
      if (!ids.has(e.parent)) node.fail(`parent '${e.parent}' is not a category in set '${set.name}'; categories: ${listing(ids)}`);
      edges.set(e.id, [{ target: e.parent, node }]);
    }
    findCycle(set.entries.map((e) => e.id), edges, 'parent cycle');
  }
}

// Iterative depth-first search, so a long chain of places cannot overflow the stack.
function findCycle(nodes: string[], edges: Map<string, { target: string; node: Node }[]>, what = 'within cycle'): void {
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: fully explored
  for (const startName of nodes) {
    if (state.has(startName)) continue;
    const stack: { name: string; next: number }[] = [{ name: startName, next: 0 }];
    state.set(startName, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const out = edges.get(top.name) ?? [];
      if (top.next >= out.length) {
        state.set(top.name, 2);
        stack.pop();
        continue;
      }
      const edge = out[top.next++];
      const seen = state.get(edge.target);
      if (seen === 1) {
        const path = stack.slice(stack.findIndex((s) => s.name === edge.target)).map((s) => s.name);
        edge.node.fail(`${what}: ${[...path, edge.target].join(' -> ')}`);
      }
      if (seen === undefined) {
        state.set(edge.target, 1);
        stack.push({ name: edge.target, next: 0 });
      }
    }
  }
}

function unknownPlace(target: string, field: string, places: PlaceRef[]): string {
  const key = phraseKey(target);
  const match = places.find((p) => phraseKey(p.place.name) === key || p.place.aliases.some((a) => phraseKey(a) === key));
  const hint = match ? `; did you mean its canonical name '${match.place.name}'?` : '';
  return `${field} names '${target}', which is not a place defined in any claims file${hint}`;
}

/** A readable list of allowed names, cut short when long. */
function listing(names: Iterable<string>, max = 25): string {
  const all = [...names];
  if (all.length === 0) return '(none)';
  return all.length > max ? `${all.slice(0, max).join(', ')}, ... (${all.length} in all)` : all.join(', ');
}
