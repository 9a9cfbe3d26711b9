import type { Event, Report } from '../model/types.js';
import { isAttributeKind, isOpenKind } from '../util/unlistedKinds.js';
import { claimLabel, eventsInReportOrder, findingsOfEvent } from './report-view.js';

/** A compared event no claim pack knew, and what was compared for it instead. */
export interface UnmatchedEvent {
  event: Event;
  /** The packs that read a subject (their topic words), none of which matched, by name. */
  packs: string[];
  /** Labels of what was compared, by how it was keyed: a thing's measures, open claims, counts read in every article. */
  things: string[];
  open: string[];
  always: string[];
}

/**
 * Events the articles report whose claims no topical pack (missiles, quakes, storms, ...) defines: what was compared
 * is a thing's measures keyed by the thing ("length of the dam"), figures keyed by what they measure (open claims)
 * and the kinds read in every article (casualty counts). A reader must know that no pack's rules were applied. When
 * no pack names a topic (claim definitions without packs), every kind is always read and nothing is said.
 */
export function eventsNoPackMatched(report: Report): UnmatchedEvent[] {
  const packs = (report.knowledge.packs ?? []).filter((pack) => pack.topic.length > 0).map((pack) => pack.name);
  if (packs.length === 0) return [];
  const topical = new Set(packs);
  const packOf = new Map(report.knowledge.kinds.map((kind) => [kind.key, kind.pack]));
  const unmatched: UnmatchedEvent[] = [];
  for (const event of eventsInReportOrder(report)) {
    if (event.background) continue;
    const claims = [...new Set(findingsOfEvent(report, event.id).map((finding) => finding.claim))];
    if (claims.length === 0 || claims.some((claim) => topical.has(packOf.get(claim) ?? ''))) continue;
    const labels = (keep: (claim: string) => boolean) => claims.filter(keep).map((claim) => claimLabel(report, claim));
    unmatched.push({
      event,
      packs: [...packs].sort(),
      things: labels(isAttributeKind),
      open: labels(isOpenKind),
      always: labels((claim) => !isAttributeKind(claim) && !isOpenKind(claim)),
    });
  }
  return unmatched;
}

/** "a thing's measures keyed by the thing (length of the dam); open claims keyed by what they measure (…); …" */
export function comparedInstead(unmatched: UnmatchedEvent): string {
  const parts = [
    unmatched.things.length > 0 ? `a thing's measures, keyed by the thing (${unmatched.things.join(', ')})` : '',
    unmatched.open.length > 0 ? `open claims, keyed by what they measure (${unmatched.open.join(', ')})` : '',
    unmatched.always.length > 0 ? `the claims read in every article (${unmatched.always.join(', ')})` : '',
  ];
  return parts.filter(Boolean).join('; ');
}
