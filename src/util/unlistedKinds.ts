// Claim kinds no pack defines, named by what they measure, and the labels reports give them. Extraction makes the
// keys; comparison, normalisation and reports read them back: one naming, here.

/** A figure no pack names, by its dimension and, for counts, the noun counted: "open.length", "open.count.home". */
export const openKind = (dimension: string, noun?: string) => (noun ? `open.${dimension}.${noun}` : `open.${dimension}`);
export const isOpenKind = (key: string) => key.startsWith('open.');
/** A piece's own dates where no pack's date kind reads them: they date its news and are compared with nothing. */
export const OPEN_DATE = openKind('date');

/** A thing's measure no pack names: "attribute.dam.length" (compared as a pack's kind is, conflicts included). */
export const attributeKind = (thing: string, measure: string) => `attribute.${thing}.${measure}`;
export const isAttributeKind = (key: string) => key.startsWith('attribute.');

/** "open claim: length", "open claim: number of homes", "length of the dam"; undefined for a pack's own kind. */
export function unlistedKindLabel(key: string): string | undefined {
  const [family, a, b] = key.split('.');
  if (family === 'open' && a) return b ? `open claim: number of ${b}` : `open claim: ${a}`;
  if (family === 'attribute' && a && b) return `${b} of the ${a}`;
  return undefined;
}
