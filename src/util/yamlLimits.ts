/** The most items a YAML list may hold (claim definitions, gold files): past it is an error, not a slow start. */
export const MAX_LIST_ITEMS = 10_000;
