import { formatRounded } from '../../util/formatNumber.js';

/** A linear scale from a domain of figures onto a stretch of pixels, with round ticks. */
export interface Axis {
  x(value: number): number;
  ticks: { value: number; label: string }[];
  min: number;
  max: number;
}

/**
 * A scale holding every finite figure given with a margin either side, starting no lower than zero when no figure is
 * negative (a distance of -100 km means nothing), and ticks at 1, 2 or 5 times a power of ten, about five of them.
 */
export function linearAxis(figures: number[], from: number, to: number): Axis {
  const finite = figures.filter(Number.isFinite);
  let low = finite.length ? Math.min(...finite) : 0;
  let high = finite.length ? Math.max(...finite) : 1;
  const margin = high > low ? (high - low) * 0.08 : Math.abs(low) * 0.1 || 1;
  const nonNegative = low >= 0;
  low -= margin;
  high += margin;
  if (nonNegative && low < 0) low = 0;
  const step = roundStep(high - low);
  // 2.5 × 10^k needs one decimal more than its power of ten.
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (Number.isInteger(step / 10 ** Math.floor(Math.log10(step) + 1e-9)) ? 0 : 1));
  const ticks: Axis['ticks'] = [];
  for (let n = Math.ceil(low / step - 1e-9); n * step <= high + 1e-9 * Math.abs(high); n++) {
    const value = n * step;
    ticks.push({ value, label: formatRounded(value, decimals) });
  }
  const x = (value: number) => from + ((value - low) / (high - low)) * (to - from);
  return { x, ticks, min: low, max: high };
}

/** The round step (1, 2, 2.5 or 5 × 10^k) that cuts a span into nearest five parts: ticks enough to read figures by. */
function roundStep(span: number): number {
  const power = 10 ** Math.floor(Math.log10(span / 5));
  let best = power;
  for (const factor of [1, 2, 2.5, 5, 10]) {
    const step = factor * power;
    if (Math.abs(span / step - 5) < Math.abs(span / best - 5)) best = step;
  }
  return best;
}
