// The `units:` section: spellings of a unit and its factor to the base unit of its dimension.
import type { Unit } from '../model/types.js';
import type { Node } from '../util/yamlNode.js';
import type { Registry } from './registry.js';
import { identifier, phrase, phraseKey, SLUG, UNIT_ID } from './text.js';

const UNIT_FIELDS = ['id', 'dimension', 'factor', 'names', 'before', 'symbols', 'denominator', 'range', 'exact', 'hedge', 'bare'] as const;

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
  const unit: Unit = { id, dimension, factor, names };
  // Spellings that stand before the figure: "magnitude 7.1", "magnitude-6.8".
  const beforeNode = f.get('before');
  if (beforeNode) {
    unit.before = beforeNode.list('before').map((n) => {
      const name = phrase(n, 'unit name', 2, true);
      reg.names.add(`before:${phraseKey(name)}`, name, n);
      return name;
    });
  }
  // Currency signs before the figure, case kept ("TRY" is the lira, "try" a verb): "$3.2 billion", "Rs 40 crore".
  const symbolsNode = f.get('symbols');
  if (symbolsNode) {
    unit.symbols = symbolsNode.list('symbols').map((n) => {
      const symbol = phrase(n, 'unit symbol', 1, false);
      reg.names.add(`symbol:${symbol}`, symbol, n);
      return symbol;
    });
  }
  // A unit only a rate is counted per ("per capita", "a month"): no unit after a bare figure.
  const denominatorNode = f.get('denominator');
  if (denominatorNode) {
    if (typeof denominatorNode.value !== 'boolean') denominatorNode.fail('denominator must be true or false');
    if (denominatorNode.value) unit.denominator = true;
  }
  // The figures the unit can take ("magnitude" from 0 to 10): outside it a number is something else (a year).
  const rangeNode = f.get('range');
  if (rangeNode) {
    const bounds = rangeNode.list('range').map((n) => n.num('range bound'));
    if (bounds.length !== 2 || !(bounds[0] < bounds[1])) rangeNode.fail('range must be [lowest, highest] with lowest < highest');
    unit.range = [bounds[0], bounds[1]];
  }
  const exactNode = f.get('exact');
  if (exactNode) {
    if (typeof exactNode.value !== 'boolean') exactNode.fail('exact must be true or false');
    if (exactNode.value) unit.exact = true;
  }
  // How a hedge widens a figure: by a share of it (the default), or by a step of its stated precision.
  const hedgeNode = f.get('hedge');
  if (hedgeNode) {
    const hedge = hedgeNode.str('hedge');
    if (hedge !== 'step' && hedge !== 'share') hedgeNode.fail(`hedge must be 'share' or 'step', not '${hedge}'`);
    if (hedge === 'step') unit.hedge = 'step';
  }
  // Phrases around a figure written without its unit: "put it at #", "# on the ... scale".
  const bareNode = f.get('bare');
  if (bareNode) {
    unit.bare = bareNode.list('bare').map((n) => {
      const text = n.str('bare phrase').trim().replace(/\s+/g, ' ');
      const marks = text.split('#').length - 1;
      if (marks !== 1 || text === '#') n.fail(`a bare phrase holds the figure's place once as '#' beside words, as in 'put it at #', not '${text}'`);
      if (/[^\p{L}\p{N}#'’. -]/u.test(text.replace(/\.\.\./g, ''))) n.fail(`a bare phrase is words, '#' and '...', not '${text}'`);
      return text;
    });
  }
  return unit;
}
