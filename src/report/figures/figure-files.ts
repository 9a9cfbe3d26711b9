import type { Finding, Report } from '../../model/types.js';
import { numberLineSvg } from './number-line.js';

/** The folder beside report.md that holds its figures; the Markdown links into it. */
export const FIGURES_FOLDER = 'report-figures';

/** A file to write beside the report: its path relative to the report's folder, and its text. */
export interface ReportFigure {
  findingId: string;
  /** The file name inside FIGURES_FOLDER. */
  name: string;
  path: string;
  content: string;
}

/** A quantity conflict or variance: where a number line shows the disagreement faster than words. */
function hasNumberLine(finding: Finding): boolean {
  return (finding.verdict === 'conflict' || finding.verdict === 'variance') && finding.mentions.some((m) => m.value.type === 'quantity');
}

/**
 * Each figure's path by finding id, in report order: the finding id made a file name (lower case, anything but
 * letters, digits, `.` and `-` a dash), numbered on a clash so two findings never share a file.
 */
export function figurePaths(report: Report): Map<string, string> {
  const paths = new Map<string, string>();
  const taken = new Set<string>();
  for (const finding of report.findings) {
    if (!hasNumberLine(finding)) continue;
    const slug = fileSlug(finding.id);
    let name = slug;
    for (let n = 2; taken.has(name); n++) name = `${slug}-${n}`;
    taken.add(name);
    paths.set(finding.id, `${FIGURES_FOLDER}/${name}.svg`);
  }
  return paths;
}

/** The figures of a report, in report order: pure, so the same report gives the same files byte for byte. */
export function reportFigures(report: Report): ReportFigure[] {
  const paths = figurePaths(report);
  return report.findings.flatMap((finding) => {
    const path = paths.get(finding.id);
    if (path === undefined) return [];
    return [{ findingId: finding.id, name: path.slice(FIGURES_FOLDER.length + 1), path, content: numberLineSvg(report, finding) }];
  });
}

function fileSlug(id: string): string {
  const slug = id
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return slug || 'finding';
}
