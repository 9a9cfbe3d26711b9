import type { StatementValue } from '../model/types.js';
import type { Relation, ValueType } from './valueType.js';

// Statements: which of a statement kind's states a sentence reports ("landing gear: not deployed"), hedged or not.

/**
 * The same state, or one that implies the other ("lifted" implies "issued"), agrees. Different states conflict,
 * unless one is told as a suspicion ("suspect a bird strike"), the kind's states may hold together (two causes), or
 * one is said of someone or somewhere the other is not ("a warning for the coast of Aceh"): then they differ.
 */
function relateStatements(a: StatementValue, b: StatementValue): Relation {
  if (a.lineage.includes(b.state) || b.lineage.includes(a.state)) return 'same';
  return a.hedged || b.hedged || a.together || b.together || a.qualifier !== b.qualifier ? 'close' : 'apart';
}

export const statement: ValueType<StatementValue> = {
  name: 'statement',
  normalise(raw, { kind: key, lookups }) {
    const kind = lookups.statements.get(key);
    const state = kind?.states.get(raw.state);
    if (!kind || !state) return undefined;
    return {
      type: 'statement',
      state: raw.state,
      label: state.label,
      lineage: state.lineage,
      ...(raw.hedged ? { hedged: true } : {}),
      ...(kind.together ? { together: true } : {}),
      ...(raw.qualifier ? { qualifier: raw.qualifier } : {}),
    };
  },
  relate: (a, b) => relateStatements(a, b),
  // "bird strike (hedged)", "tsunami warning issued (coastal areas)".
  display: (v) => `${v.label}${v.hedged ? ' (hedged)' : ''}${v.qualifier ? ` (${v.qualifier})` : ''}`,
  json: (v) => ({ value: v.state }),
  agreement(mentions) {
    // "landing gear failed to deploy", "belly landing": all state landing gear not deployed.
    const quotes = [...new Set(mentions.map((m) => `"${m.span.text}"`))];
    const states = [...new Set(mentions.map((m) => (m.value.type === 'statement' ? m.value.label : '')))];
    return `${quotes.join(', ')}: all state ${states.join(' or ')}${states.length > 1 ? ', one implying the other' : ''}.`;
  },
  // What the sources are compared on, and says nothing of which happening it is: accounts join their events as
  // they did before any statement was read.
  evidence: { weighed: false, tellsSubject: false, weight: 0, against: 0, identityByDefault: false },
};
