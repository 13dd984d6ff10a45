import type { ContactDecision, SimulatedRep, SimulationResult } from '../simulate/simulation-result';
import { contactDisplayName } from './contact-display-name';
import { ownerKey, ownerLabel } from './owner-label';

/** A contact that ends up with another owner (or queue) under the other config. */
export interface ChangedOwner {
  /** Position in the first run's `decisions`: the report's anchor to the contact's decision log. */
  readonly contactIndex: number;
  readonly contactId: string;
  readonly name: string;
  readonly ownerBefore: string;
  readonly ownerAfter: string;
  readonly ruleBefore: string | null;
  readonly ruleAfter: string | null;
}

export interface ShareChange {
  readonly ownerId: string;
  readonly name: string;
  readonly before: number;
  readonly after: number;
  /** Percent of each run's assigned leads. */
  readonly shareBeforePercent: number;
  readonly shareAfterPercent: number;
}

export interface BeforeAfter {
  readonly before: number;
  readonly after: number;
}

/** The run under the simulated config ("before") against the same leads under `--config other.json` ("after"). */
export interface SimulationComparison {
  readonly configBefore: string;
  readonly configAfter: string;
  /** Contacts present in both runs; those in only one cannot be compared and are counted apart. */
  readonly compared: number;
  readonly onlyInOneRun: number;
  readonly changedOwners: { readonly count: number; readonly rows: readonly ChangedOwner[] };
  readonly shares: readonly ShareChange[];
  readonly routed: BeforeAfter;
  readonly queued: BeforeAfter;
  readonly slaBreaches: BeforeAfter;
  readonly mqls: BeforeAfter;
}

function ruleOf(decision: ContactDecision): string | null {
  return decision.route?.ruleLabel ?? decision.route?.ruleId ?? null;
}

function assignedCounts(decisions: readonly ContactDecision[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const decision of decisions) {
    const ownerId = decision.route?.outcome === 'assigned' ? decision.route.ownerId : null;
    if (ownerId !== null) counts.set(ownerId, (counts.get(ownerId) ?? 0) + 1);
  }
  return counts;
}

function tally(decisions: readonly ContactDecision[], test: (decision: ContactDecision) => boolean): number {
  let count = 0;
  for (const decision of decisions) if (test(decision)) count += 1;
  return count;
}

function shareChanges(before: readonly ContactDecision[], after: readonly ContactDecision[], reps: readonly SimulatedRep[]): ShareChange[] {
  const countsBefore = assignedCounts(before);
  const countsAfter = assignedCounts(after);
  const totalBefore = [...countsBefore.values()].reduce((sum, n) => sum + n, 0);
  const totalAfter = [...countsAfter.values()].reduce((sum, n) => sum + n, 0);
  const names = new Map<string, string>();
  for (const rep of reps) names.set(rep.ownerId, rep.name);
  for (const decision of [...before, ...after]) {
    const route = decision.route;
    if (route?.outcome === 'assigned' && route.ownerId !== null && !names.has(route.ownerId)) names.set(route.ownerId, route.ownerName ?? route.ownerId);
  }
  return [...names].map(([ownerId, name]) => {
    const b = countsBefore.get(ownerId) ?? 0;
    const a = countsAfter.get(ownerId) ?? 0;
    return { ownerId, name, before: b, after: a, shareBeforePercent: totalBefore === 0 ? 0 : (b / totalBefore) * 100, shareAfterPercent: totalAfter === 0 ? 0 : (a / totalAfter) * 100 };
  });
}

/** What changes when the same leads run under the other config; null when the run has no comparison. */
export function compareSimulations(result: SimulationResult): SimulationComparison | null {
  const other = result.comparison;
  if (other === null) return null;
  const afterById = new Map(other.decisions.map((decision) => [decision.contactId, decision]));
  const rows: ChangedOwner[] = [];
  let compared = 0;
  result.decisions.forEach((before, contactIndex) => {
    const after = afterById.get(before.contactId);
    if (after === undefined) return;
    compared += 1;
    if (ownerKey(before.route) === ownerKey(after.route)) return;
    rows.push({ contactIndex, contactId: before.contactId, name: contactDisplayName(before), ownerBefore: ownerLabel(before.route), ownerAfter: ownerLabel(after.route), ruleBefore: ruleOf(before), ruleAfter: ruleOf(after) });
  });
  // A contact breached if any of its clocks did: a re-route does not undo the first owner's breach.
  const breached = (decision: ContactDecision) => decision.sla?.status === 'breached' || (decision.earlierClocks ?? []).some((clock) => clock.status === 'breached');
  const mql = (decision: ContactDecision) => decision.score.mql;
  const isRouted = (decision: ContactDecision) => decision.route?.outcome === 'assigned';
  const isQueued = (decision: ContactDecision) => decision.route?.outcome === 'queued';
  return {
    configBefore: result.meta.configName,
    configAfter: other.configName,
    compared,
    onlyInOneRun: result.decisions.length - compared + (other.decisions.length - compared),
    changedOwners: { count: rows.length, rows },
    shares: shareChanges(result.decisions, other.decisions, [...result.reps, ...other.reps]),
    routed: { before: tally(result.decisions, isRouted), after: tally(other.decisions, isRouted) },
    queued: { before: tally(result.decisions, isQueued), after: tally(other.decisions, isQueued) },
    slaBreaches: { before: tally(result.decisions, breached), after: tally(other.decisions, breached) },
    mqls: { before: tally(result.decisions, mql), after: tally(other.decisions, mql) },
  };
}

/** Share changes under this many percentage points are noise for a one-screen summary. */
const NOTABLE_SHARE_CHANGE = 0.5;
const SHARE_LINES = 5;

function percent(value: number): string {
  return `${value.toFixed(0)}%`;
}

/** A few lines for the CLI's one-screen summary: what the other config would change. */
export function comparisonSummaryLines(comparison: SimulationComparison): string[] {
  const lines = [
    `Compared with "${comparison.configAfter}": ${comparison.changedOwners.count} of ${comparison.compared} contacts change owner.`,
    `Routed ${comparison.routed.before} → ${comparison.routed.after}, queued ${comparison.queued.before} → ${comparison.queued.after}, MQLs ${comparison.mqls.before} → ${comparison.mqls.after}, SLA breaches ${comparison.slaBreaches.before} → ${comparison.slaBreaches.after}.`,
  ];
  const moved = comparison.shares
    .filter((share) => Math.abs(share.shareAfterPercent - share.shareBeforePercent) >= NOTABLE_SHARE_CHANGE)
    .sort((a, b) => Math.abs(b.shareAfterPercent - b.shareBeforePercent) - Math.abs(a.shareAfterPercent - a.shareBeforePercent));
  if (moved.length > 0) {
    const shown = moved.slice(0, SHARE_LINES).map((share) => `${share.name} ${percent(share.shareBeforePercent)} → ${percent(share.shareAfterPercent)}`);
    lines.push(`Shares: ${shown.join(', ')}${moved.length > SHARE_LINES ? `, and ${moved.length - SHARE_LINES} more` : ''}.`);
  }
  if (comparison.onlyInOneRun > 0) lines.push(`${comparison.onlyInOneRun} contacts appear in only one run and were not compared.`);
  return lines;
}
