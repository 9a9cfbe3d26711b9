/**
 * Writes a number with comma thousands separators ("1,100", "2.5", "12,345.75"). Done by hand rather than with
 * toLocaleString so the report is byte-identical whatever ICU data or locale the machine has.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const [integerPart, fraction] = String(Math.abs(value)).split('.');
  // Exponent notation (1e+21) has no digits to group; leave it alone.
  if (!/^\d+$/.test(integerPart)) return `${sign}${integerPart}${fraction ? `.${fraction}` : ''}`;
  const grouped = integerPart.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}
