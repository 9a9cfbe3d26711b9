// The `units:` section: spellings of a unit and its factor to the base unit of its dimension.
import type { Unit } from '../model/types.js';
import type { Node } from './node.js';
import type { Registry } from './registry.js';
import { identifier, phrase, phraseKey, SLUG, UNIT_ID } from './text.js';

const UNIT_FIELDS = ['id', 'dimension', 'factor', 'names'] as const;

export interface UnitRegistries {
  ids: Registry;
  /** Spellings are global: "m" cannot mean metres in one file and minutes in another. */
  names: Registry;
}

export function readUnits(section: Node, reg: UnitRegistries): Unit[] {
  return section.list('units').map((item) => readUnit(item, reg));
}

function readUnit(item: Node, reg: UnitRegistries): Unit {
  const f = item.fields(UNIT_FIELDS, 'a unit');
  const idNode = f.require('id', 'a unit');
  const id = identifier(idNode, 'id', UNIT_ID, 'a short symbol such as km or m/s');
  reg.ids.add(id, id, idNode);
  const what = `unit '${id}'`;
  const dimension = identifier(f.require('dimension', what), 'dimension', SLUG, 'a lower-case word such as length');
  const factorNode = f.require('factor', what);
  const factor = factorNode.num('factor');
  if (factor <= 0) factorNode.fail(`factor must be greater than 0 (it multiplies a value into the base unit), not ${factor}`);

  // A unit without spellings is fine: counts are named by their nouns, not by a unit word.
  const namesNode = f.get('names');
  const names: string[] = [];
  for (const n of namesNode ? namesNode.list('names') : []) {
    // Unit symbols may be one letter (m, s, h, t): they only count right after a number.
    const name = phrase(n, 'unit name', 1, true);
    reg.names.add(phraseKey(name), name, n);
    names.push(name);
  }
  return { id, dimension, factor, names };
}
