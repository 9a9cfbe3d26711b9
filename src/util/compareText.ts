/**
 * Orders strings by UTF-16 code units, as `<` does. Unlike localeCompare, the order is the same on every machine
 * whatever its locale, and a short run does not pay ~14 ms to load ICU's collation data.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
