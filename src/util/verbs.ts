// Irregular verbs news copy tells happenings with: one table for every reader of tenses (the statement matcher's
// stems, src/util/wordStem.ts, and the cue inflections, src/extract/inflect.ts).

/** Base, past, past participle. */
export const IRREGULAR_VERBS: readonly (readonly [string, string, string])[] = [
  ['be', 'was', 'been'], ['be', 'were', 'been'], ['do', 'did', 'done'], ['have', 'had', 'had'], ['go', 'went', 'gone'],
  ['strike', 'struck', 'struck'], ['hit', 'hit', 'hit'], ['make', 'made', 'made'],
  ['come', 'came', 'come'], ['take', 'took', 'taken'], ['fly', 'flew', 'flown'], ['fall', 'fell', 'fallen'],
  ['leave', 'left', 'left'], ['tear', 'tore', 'torn'], ['sweep', 'swept', 'swept'], ['sink', 'sank', 'sunk'],
  ['shake', 'shook', 'shaken'], ['rise', 'rose', 'risen'], ['catch', 'caught', 'caught'], ['blow', 'blew', 'blown'],
  ['break', 'broke', 'broken'], ['drive', 'drove', 'driven'], ['run', 'ran', 'run'], ['throw', 'threw', 'thrown'],
  ['bring', 'brought', 'brought'], ['send', 'sent', 'sent'], ['shoot', 'shot', 'shot'], ['slide', 'slid', 'slid'],
  ['hold', 'held', 'held'], ['keep', 'kept', 'kept'], ['spread', 'spread', 'spread'], ['set', 'set', 'set'],
  ['lead', 'led', 'led'], ['tell', 'told', 'told'], ['say', 'said', 'said'], ['begin', 'began', 'begun'],
  ['think', 'thought', 'thought'], ['seek', 'sought', 'sought'],
];
