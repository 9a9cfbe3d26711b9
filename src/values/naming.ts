import type { Mention } from '../model/types.js';

/**
 * The agreement of values that name something (places, kinds of thing): '"Sea of Japan", "East Sea" all mean
 * Sea of Japan.' when several wordings name one value, else the values and `how` they agree.
 */
export function namesAgreement(mentions: Mention[], display: (m: Mention) => string, how: string): string {
  const names = [...new Set(mentions.map((m) => `"${m.span.text}"`))];
  const values = [...new Set(mentions.map(display))];
  return values.length === 1 && names.length > 1 ? `${names.join(', ')} all mean ${values[0]}.` : `${values.join(', ')}: ${how}.`;
}
