import type { ContactDecision, SimulatedRep, SimulationResult } from '../simulate/simulation-result';
import { breachedAnyClock } from './breached-contact';
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



/** One run's counts, decision by decision. */
class RunCounts {
  routed = 0;
  queued = 0;
  slaBreaches = 0;
  mqls = 0;
  readonly assigned = new Map<string, number>();
  readonly ownerNames = new Map<string, string>();

  add(decision: ContactDecision): void {
    const route = decision.route;
    if (route?.outcome === 'assigned') {
      this.routed += 1;
      if (route.ownerId !== null) {
        this.assigned.set(route.ownerId, (this.assigned.get(route.ownerId) ?? 0) + 1);
        if (!this.ownerNames.has(route.ownerId)) this.ownerNames.set(route.ownerId, route.ownerName ?? route.ownerId);
      }
    } else if (route?.outcome === 'queued') {
      this.queued += 1;
    }
    // A contact breached if any of its clocks did: a re-route does not undo the first owner's breach.
    if (breachedAnyClock(decision)) this.slaBreaches += 1;
    if (decision.score.mql) this.mqls += 1;
  }

  totalAssigned(): number {
    let total = 0;
    for (const count of this.assigned.values()) total += count;
    return total;
  }
}

/** What the comparison needs of a contact in the first run, so the run's decisions need not be kept. */
interface FirstRunContact {
  readonly contactIndex: number;
  readonly name: string;
  readonly ownerKey: string;
  readonly ownerLabel: string;
  readonly rule: string | null;
}

/** The comparison, fed with both runs' decisions one at a time (the first run's before the other's). */
export interface ComparisonTally {
  /** A decision of the simulated config's run; `contactIndex` anchors it to its decision log. */
  addBefore(decision: ContactDecision, contactIndex: number): void;
  /** A decision of the run under the other config. */
  addAfter(decision: ContactDecision): void;
  result(configAfter: string, reps: readonly SimulatedRep[]): SimulationComparison;
}

export function comparisonTally(configBefore: string): ComparisonTally {
  const firstRun = new Map<string, FirstRunContact>();
  const before = new RunCounts();
  const after = new RunCounts();
  const rows: ChangedOwner[] = [];
  let afterCount = 0;
  let compared = 0;
  return {
    addBefore(decision, contactIndex) {
      before.add(decision);
      firstRun.set(decision.contactId, { contactIndex, name: contactDisplayName(decision), ownerKey: ownerKey(decision.route), ownerLabel: ownerLabel(decision.route), rule: ruleOf(decision) });
    },
    addAfter(decision) {
      after.add(decision);
      afterCount += 1;
      const first = firstRun.get(decision.contactId);
      if (first === undefined) return;
      compared += 1;
      if (first.ownerKey === ownerKey(decision.route)) return;
      rows.push({ contactIndex: first.contactIndex, contactId: decision.contactId, name: first.name, ownerBefore: first.ownerLabel, ownerAfter: ownerLabel(decision.route), ruleBefore: first.rule, ruleAfter: ruleOf(decision) });
    },
    result(configAfter, reps) {
      const totalBefore = before.totalAssigned();
      const totalAfter = after.totalAssigned();
      const names = new Map<string, string>();
      for (const rep of reps) names.set(rep.ownerId, rep.name);
      for (const [ownerId, name] of [...before.ownerNames, ...after.ownerNames]) if (!names.has(ownerId)) names.set(ownerId, name);
      const shares = [...names].map(([ownerId, name]) => {
        const b = before.assigned.get(ownerId) ?? 0;
        const a = after.assigned.get(ownerId) ?? 0;
        return { ownerId, name, before: b, after: a, shareBeforePercent: totalBefore === 0 ? 0 : (b / totalBefore) * 100, shareAfterPercent: totalAfter === 0 ? 0 : (a / totalAfter) * 100 };
      });
      return {
        configBefore,
        configAfter,
        compared,
        onlyInOneRun: firstRun.size - compared + (afterCount - compared),
        // in the first run's (arrival) order, whatever order the other run's decisions came in
        changedOwners: { count: rows.length, rows: [...rows].sort((x, y) => x.contactIndex - y.contactIndex) },
        shares,
        routed: { before: before.routed, after: after.routed },
        queued: { before: before.queued, after: after.queued },
        slaBreaches: { before: before.slaBreaches, after: after.slaBreaches },
        mqls: { before: before.mqls, after: after.mqls },
      };
    },
  };
}

/** What changes when the same leads run under the other config; null when the run has no comparison. */
export function compareSimulations(result: SimulationResult): SimulationComparison | null {
  const other = result.comparison;
  if (other === null) return null;
  const tally = comparisonTally(result.meta.configName);
  result.decisions.forEach((decision, index) => tally.addBefore(decision, index));
  for (const decision of other.decisions) tally.addAfter(decision);
  return tally.result(other.configName, [...result.reps, ...other.reps]);
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
    `Routed ${comparison.routed.before} → ${comparison.routed.after}, queued ${comparison.queued.before} → ${comparison.queued.after}, MQLs ${comparison.mqls.before} → ${comparison.mqls.after}, contacts with a breached SLA ${comparison.slaBreaches.before} → ${comparison.slaBreaches.after}.`,
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
