// Numbers are written by hand rather than with Intl.NumberFormat or toLocaleString: the report stays byte-identical
// whatever ICU data or locale the machine has, and a short run does not pay ~15 ms to load ICU's number formats.

/**
 * Writes a number with comma thousands separators ("1,100", "2.5", "12,345.75"), every digit JavaScript prints for
 * it kept.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const [integerPart, fraction] = String(Math.abs(value)).split('.');
  // Exponent notation (1e+21) has no digits to group; leave it alone.
  if (!/^\d+$/.test(integerPart)) return `${sign}${integerPart}${fraction ? `.${fraction}` : ''}`;
  return `${sign}${groupThousands(integerPart)}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A number rounded to at most `maxDecimals` decimals, trailing zeros dropped, thousands grouped: what
 * `Intl.NumberFormat('en-US', { maximumFractionDigits })` writes ("1,102", "0.2" for 0.15, "-0" for -0.04).
 * Rounding is half away from zero on the shortest decimal that reads back as the number, as ICU rounds.
 */
export function formatRounded(value: number, maxDecimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const { digits, point } = decimalDigits(Math.abs(value));
  // Digits kept: those before the point, and up to maxDecimals after it; the next one rounds them.
  const keep = point + maxDecimals;
  let kept = digits.slice(0, keep);
  while (kept.length < keep) kept.push(0);
  if ((digits[keep] ?? 0) >= 5) kept = carry(kept);
  // A carry out of the first digit (9.96 -> 10.0) adds a digit before the point.
  const whole = kept.length - maxDecimals;
  const integerPart = kept.slice(0, whole).join('').replace(/^0+(?=\d)/, '') || '0';
  const fraction = kept.slice(whole).join('').replace(/0+$/, '');
  return `${sign}${groupThousands(integerPart)}${fraction ? `.${fraction}` : ''}`;
}

/**
 * The shortest decimal digits of a non-negative finite number, and how many of them stand before the point:
 * 0.05 is [0, 0, 5] with 1, 2.5e-7 is [0, 0, 0, 0, 0, 0, 2, 5] with 0.
 */
function decimalDigits(value: number): { digits: number[]; point: number } {
  const [mantissa, exponent = '0'] = String(value).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = [...whole, ...fraction].map(Number);
  const point = whole.length + Number(exponent);
  return point >= 0 ? { digits, point } : { digits: [...new Array<number>(-point).fill(0), ...digits], point: 0 };
}

/** Adds one in the last place: [9, 9] becomes [1, 0, 0]. */
function carry(digits: number[]): number[] {
  const out = [...digits];
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] < 9) {
      out[i]++;
      return out;
    }
    out[i] = 0;
  }
  return [1, ...out];
}

function groupThousands(integerPart: string): string {
  return integerPart.replace(/\B(?=(\d{3})+$)/g, ',');
}
