import type { Finding, Mention, QuantityValue, Report, Unit } from '../../model/types.js';
import { formatRounded } from '../../util/formatNumber.js';
import { dimensionOf } from '../../values/dimensions.js';
import { readerValue } from '../reader-value.js';
import { baseName, claimLabel, eventLabel, isInternalConflict, reasonWords, shortSourceIds, shownQuote, sourcePath } from '../report-view.js';
import { distinctQuotes } from '../top-conflicts.js';
import { linearAxis } from './axis.js';
import { clip, xmlText } from './svg-text.js';

/** Said in a comment at the top of every figure we write: how a later run tells its own files from the user's. */
export const FIGURE_MARKER = 'verify report figure';

const WIDTH = 800;
const LABEL_X = 12;
const PLOT_FROM = 190;
const PLOT_TO = 490;
const TEXT_X = 502;
const FIRST_ROW = 66;
const ROW = 36;
const BAR = 10;

/** Pixels written with one decimal: the same figure gives the same bytes on every machine. */
const px = (n: number) => n.toFixed(1);

/**
 * A number line for one quantity finding: each distinct quote a row with its source, its interval (the figure with
 * the rounding and hedges it was stated with) as a bar, the figure as stated as a dot, and on the right the value,
 * its conversion into the axis unit ("≈560 mi = 901 km") and the quote with its file and line. Disagreement shows
 * as bars that do not overlap, without colour. Pure and deterministic; every text from an article is escaped.
 */
export function numberLineSvg(report: Report, finding: Finding): string {
  const bars = barsOf(finding);
  const values = bars.map((bar) => bar.value);
  const unit = axisUnit(report, values);
  const inAxis = (base: number) => (Number.isFinite(base) ? toUnit(base, unit) : base);
  const axis = linearAxis(values.flatMap((v) => [inAxis(v.lo), inAxis(v.hi), inAxis(v.base)]), PLOT_FROM, PLOT_TO);
  const clamp = (x: number) => Math.min(PLOT_TO, Math.max(PLOT_FROM, x));
  const shortIds = shortSourceIds(report.sources);
  const reason = isInternalConflict(finding) ? 'within one source' : reasonWords(finding);
  const title = `${claimLabel(report, finding.claim)} — ${finding.verdict}${reason ? ` (${reason})` : ''}`;
  const subtitle = `${eventLabel(report, finding.event)} · axis in ${unit.id === 'count' ? 'number' : unit.id}`;
  const axisY = FIRST_ROW + bars.length * ROW + 4;
  const height = axisY + 48;

  const body = bars.flatMap(({ mention, alsoAt, value, note }, i) => {
    const y = FIRST_ROW + i * ROW;
    const left = clamp(Number.isFinite(value.lo) ? axis.x(inAxis(value.lo)) : PLOT_FROM);
    const right = clamp(Number.isFinite(value.hi) ? axis.x(inAxis(value.hi)) : PLOT_TO);
    const dot = clamp(axis.x(inAxis(value.base)));
    const path = sourcePath(report, mention.source);
    const who = `${shortIds.get(mention.source) ?? mention.source}${note}`;
    // The file name and line beside the quote; the whole path with the column in the tooltip.
    const where = `${baseName(path)}:${[mention.span.line, ...alsoAt].join(', ')}`;
    const shown = shownQuote(report, mention.span);
    const quote = clip(`"${shown}`, Math.max(12, 50 - where.length));
    const converted = value.unit === unit.id ? '' : ` = ${figureIn(inAxis(value.base), unit)}`;
    return [
      `<g>`,
      `<title>${xmlText(`${who}: "${shown}" (${path}:${mention.span.line}:${mention.span.column})`)}</title>`,
      `<text x="${LABEL_X}" y="${px(y + 4)}" font-weight="bold">${xmlText(clip(who, 26))}</text>`,
      `<line x1="${PLOT_FROM}" y1="${px(y)}" x2="${PLOT_TO}" y2="${px(y)}" stroke="#d0d4da" stroke-dasharray="2 3"/>`,
      `<rect x="${px(left)}" y="${px(y - BAR / 2)}" width="${px(Math.max(2, right - left))}" height="${BAR}" rx="2" fill="#5b6b82"/>`,
      ...openEnds(value, left, right, y),
      `<circle cx="${px(dot)}" cy="${px(y)}" r="4" fill="#ffffff" stroke="#111827" stroke-width="2"/>`,
      `<text x="${TEXT_X}" y="${px(y + 1)}">${xmlText(clip(`${readerValue(value)}${converted}`, 40))}</text>`,
      `<text x="${TEXT_X}" y="${px(y + 14)}" font-size="10" fill="#555555">${xmlText(`${quote.endsWith('…') ? quote : `${quote}"`} ${where}`)}</text>`,
      `</g>`,
    ];
  });

  const ticks = axis.ticks.flatMap((tick) => {
    const x = px(axis.x(tick.value));
    return [
      `<line x1="${x}" y1="${px(axisY)}" x2="${x}" y2="${px(axisY + 5)}" stroke="#111827"/>`,
      `<text x="${x}" y="${px(axisY + 18)}" text-anchor="middle">${xmlText(tick.label)}</text>`,
    ];
  });
  return [
    `<!-- ${FIGURE_MARKER}: written by verify beside report.md, and rewritten or removed by its next run -->`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="figure-title" font-family="Helvetica, Arial, sans-serif" font-size="12" fill="#111827">`,
    `<title id="figure-title">${xmlText(`${title}: ${finding.summary}`)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LABEL_X}" y="22" font-size="14" font-weight="bold">${xmlText(clip(capitalized(title), 100))}</text>`,
    `<text x="${LABEL_X}" y="40" fill="#444444">${xmlText(clip(subtitle, 110))}</text>`,
    ...body,
    `<line x1="${PLOT_FROM}" y1="${px(axisY)}" x2="${PLOT_TO}" y2="${px(axisY)}" stroke="#111827"/>`,
    ...ticks,
    `<text x="${LABEL_X}" y="${px(axisY + 38)}" font-size="10" fill="#555555">Bar: the figure with the rounding and hedges it was stated with. Dot: the figure as stated. Bars that overlap can both hold.</text>`,
    `</svg>`,
    '',
  ].join('\n');
}

/** One bar: a figure as one source states it. */
interface Bar {
  mention: Mention;
  alsoAt: number[];
  value: QuantityValue;
  /** Beside the source's name: " (in brackets)" for the conversion a source gives in parentheses. */
  note: string;
}

/**
 * A bar per distinct quote; in a source's conflict with itself, its own conversion in parentheses ("1,000 km (900
 * miles)") gets a bar too, as that is what does not hold.
 */
function barsOf(finding: Finding): Bar[] {
  const internal = isInternalConflict(finding);
  return distinctQuotes(finding).flatMap(({ mention, alsoAt }) => {
    if (mention.value.type !== 'quantity') return [];
    const own: Bar = { mention, alsoAt, value: mention.value, note: '' };
    const alternate = mention.value.alternate;
    return internal && alternate ? [own, { mention, alsoAt, value: alternate, note: ' (in brackets)' }] : [own];
  });
}

/** Arrowheads where an interval runs on past the axis ("more than 500 km" has no upper end). */
function openEnds(value: QuantityValue, left: number, right: number, y: number): string[] {
  const ends: string[] = [];
  if (!Number.isFinite(value.hi)) ends.push(`<path d="M${px(right)} ${px(y - 7)} L${px(right + 8)} ${px(y)} L${px(right)} ${px(y + 7)} Z" fill="#5b6b82"/>`);
  if (!Number.isFinite(value.lo)) ends.push(`<path d="M${px(left)} ${px(y - 7)} L${px(left - 8)} ${px(y)} L${px(left)} ${px(y + 7)} Z" fill="#5b6b82"/>`);
  return ends;
}

/** The unit most of the figures were stated in (the first such on a tie), for the axis. */
function axisUnit(report: Report, values: QuantityValue[]): Unit {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value.unit, (counts.get(value.unit) ?? 0) + 1);
  let best = values[0]?.unit ?? '';
  for (const [unit, count] of counts) if (count > (counts.get(best) ?? 0)) best = unit;
  const listed = report.knowledge.units.find((unit) => unit.id === best);
  if (listed) return listed;
  // A rate ("USD/gallon") or a unit the report's tables lack: its factor is what its figures were multiplied by.
  const sample = values.find((value) => value.unit === best && value.stated !== 0);
  return { id: best, dimension: sample?.dimension ?? '', factor: sample ? sample.base / sample.stated : 1, names: [] };
}

/** A converted figure to three significant digits or whole units: "901 km", "0.559 mi", "14.5 min". */
function figureIn(figure: number, unit: Unit): string {
  const size = Math.abs(figure);
  const decimals = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3;
  return `${formatRounded(figure, decimals)}${unit.id === 'count' ? '' : ` ${unit.id}`}`;
}

function toUnit(base: number, unit: Unit): number {
  const scale = dimensionOf(unit.dimension)?.fromBase;
  return scale ? scale(base, unit) : base / unit.factor;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
