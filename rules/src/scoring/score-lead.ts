import type { PropertyValues } from '../conditions/condition';
import type { LeadOpsConfig } from '../config/leadops-config.schema';
import type { Contact } from '../shared/contact';
import type { Reason } from '../shared/reason';
import { DAY_MS, HOUR_MS, MINUTE_MS, type Instant } from '../shared/time';
import { scoringModelFor, type CompiledEngagementRule, type CompiledFitRule, type ScoringModel } from './scoring-model';
import { shownPoints } from './shown-points';
import { round1, signedPoints as signed } from './signed-points';

/** One rule's share of the score now, with the sentence a rep reads. */
export interface RuleContribution {
  readonly ruleId: string;
  readonly kind: 'fit' | 'engagement';
  readonly label: string;
  /** Current points after decay and the rule's own cap (before group and section caps). */
  readonly points: number;
  /** Points before decay: what the rule gives a fresh activity or a matching profile. */
  readonly basePoints: number;
  /** Engagement: how many activities counted, and the latest. */
  readonly activities?: number;
  readonly latestAt?: Instant;
  readonly text: string;
}

export interface ScoreForecast {
  readonly at: Instant;
  readonly total: number;
  readonly text: string;
}

export interface ScoreResult {
  readonly contactId: string;
  readonly scoredAt: Instant;
  readonly total: number;
  readonly fit: number;
  readonly engagement: number;
  /** Every rule that gives or takes points now, largest first. */
  readonly contributions: readonly RuleContribution[];
  /** Caps that cut the score, as reasons with the points removed. */
  readonly adjustments: readonly Reason[];
  readonly mql: { readonly qualifies: boolean; readonly threshold: number; readonly minimumFit: number; readonly reason: Reason };
  /** The next time the score drops by at least `meaningfulDropPoints` if nothing new happens. */
  readonly nextDrop: ScoreForecast | null;
  /** When an MQL stops being one if nothing new happens; null when it is not an MQL or never falls below. */
  readonly fallsBelowMql: ScoreForecast | null;
  /** The score at weekly steps ahead if nothing happens (for the card's chart); empty without a forecast. */
  readonly projection: readonly { readonly at: Instant; readonly total: number }[];
}

/** Matched activities of one engagement rule, newest first. */
interface RuleEvents {
  readonly compiled: CompiledEngagementRule;
  readonly times: number[];
  /**
   * Pure exponential decay (no floor) factors: Σ p·e^(−r(t−tᵢ)) = e^(−r(t−now)) · Σ p·e^(−r(now−tᵢ)),
   * so the forecast needs one exp per rule instead of one per activity.
   */
  readonly exponential: { readonly rate: number; readonly sumAtNow: number; readonly now: number } | null;
}

const EMPTY: PropertyValues = Object.freeze({});

/** Search grid for forecasts: fine near now, coarse later (one year ahead at most). */
// Weeks 1 to 8 are grid points too, so the weekly projection reuses what the forecast computed.
const FORECAST_GRID: readonly number[] = [1, 3, 6, 12, 24, 48, 72, 120, 168, 336, 504, 672, 840, 1008, 1176, 1344, 2160, 2880, 4320, 6480, 8760].map((h) => h * HOUR_MS);
const GRID_INDEX_BY_OFFSET = new Map(FORECAST_GRID.map((offset, i) => [offset, i]));

/** Orders activity times newest first, in place; activities usually come oldest first, so mostly a reversal. */
function newestFirst(times: number[]): void {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < times.length && (ascending || descending); i += 1) {
    const step = (times[i] as number) - (times[i - 1] as number);
    if (step < 0) ascending = false;
    else if (step > 0) descending = false;
  }
  if (descending) return;
  if (ascending) times.reverse();
  else times.sort((a, b) => b - a);
}

function collectEvents(model: ScoringModel, contact: Contact, now: Instant): RuleEvents[] {
  const perRule: (number[] | undefined)[] = new Array(model.engagement.length);
  let any = false;
  for (const activity of contact.activities ?? []) {
    if (activity.at > now) continue; // a score is "as of now": later activities do not count yet
    const rules = model.engagementByActivity.get(activity.type);
    if (!rules) continue;
    for (const compiled of rules) {
      if (compiled.when && !compiled.when.test(activity.properties ?? EMPTY, now)) continue;
      (perRule[compiled.index] ??= []).push(activity.at);
      any = true;
    }
  }
  if (!any) return [];
  const events: RuleEvents[] = [];
  for (const compiled of model.engagement) {
    const times = perRule[compiled.index];
    if (!times) continue;
    newestFirst(times);
    const max = compiled.rule.maxEvents;
    const counted = max !== undefined && times.length > max ? times.slice(0, max) : times;
    const { rule } = compiled;
    let exponential: RuleEvents['exponential'] = null;
    if (rule.decay === 'exponential' && !rule.floorPoints && rule.halfLifeDays !== undefined) {
      let sumAtNow = 0;
      for (const time of counted) sumAtNow += compiled.decay(now - time);
      exponential = { rate: Math.LN2 / (rule.halfLifeDays * DAY_MS), sumAtNow, now };
    }
    events.push({ compiled, times: counted, exponential });
  }
  return events;
}

function ruleEngagementAt(events: RuleEvents, at: Instant): number {
  const { rule, decay } = events.compiled;
  let sum = 0;
  const exponential = events.exponential;
  if (exponential !== null && at >= exponential.now) sum = exponential.sumAtNow * Math.exp(-exponential.rate * (at - exponential.now));
  else for (const time of events.times) sum += decay(at - time);
  return rule.cap !== undefined ? Math.sign(sum) * Math.min(Math.abs(sum), rule.cap) : sum;
}

/** A cap or the floor, before its points are rounded for display (see shownPoints). */
interface PendingAdjustment {
  readonly exact: number;
  readonly describe: (points: string) => string;
}

interface Totals {
  readonly fit: number;
  readonly engagement: number;
  readonly total: number;
}

/**
 * Adds up one contact's points at any instant. Fit is fixed for the contact; engagement is recomputed
 * per instant into reused buffers, because the forecast asks for dozens of instants per contact.
 */
interface ScratchBuffers {
  readonly groupSums: Float64Array;
  readonly fitGroupSums: Float64Array;
  readonly engagementValues: Float64Array;
}

// Reused across contacts: scoreLead is synchronous, so one set per model is never used twice at once.
const scratch = new WeakMap<ScoringModel, ScratchBuffers>();

function scratchFor(model: ScoringModel): ScratchBuffers {
  let buffers = scratch.get(model);
  if (!buffers) {
    buffers = { groupSums: new Float64Array(model.groups.length), fitGroupSums: new Float64Array(model.groups.length), engagementValues: new Float64Array(model.engagement.length) };
    scratch.set(model, buffers);
  }
  return buffers;
}

class ScoreCalculator {
  private readonly groupSums: Float64Array;
  private readonly fitGroupSums: Float64Array;
  private readonly engagementValues: Float64Array;
  /** Positive fit points outside any group. */
  private readonly fitUngrouped: number;
  /** Negative fit points: penalties, which no cap absorbs. */
  private readonly fitPenalty: number;
  private readonly grid: number[] = [];

  constructor(
    private readonly model: ScoringModel,
    fitPoints: readonly number[],
    private readonly events: readonly RuleEvents[],
    private readonly now: Instant,
  ) {
    const buffers = scratchFor(model);
    this.groupSums = buffers.groupSums;
    this.fitGroupSums = buffers.fitGroupSums;
    this.fitGroupSums.fill(0);
    this.engagementValues = buffers.engagementValues;
    let ungrouped = 0;
    let penalty = 0;
    model.fit.forEach((compiled, i) => {
      const points = fitPoints[i] ?? 0;
      if (points < 0) penalty += points;
      else if (compiled.groupIndex >= 0) this.fitGroupSums[compiled.groupIndex] = (this.fitGroupSums[compiled.groupIndex] ?? 0) + points;
      else ungrouped += points;
    });
    this.fitUngrouped = ungrouped;
    this.fitPenalty = penalty;
  }

  get hasEngagement(): boolean {
    return this.events.length > 0;
  }

  /** Per-rule engagement points at `at`, after each rule's own cap. */
  engagementAt(at: Instant): Float64Array {
    this.engagementValues.fill(0);
    for (const ruleEvents of this.events) this.engagementValues[ruleEvents.compiled.index] = ruleEngagementAt(ruleEvents, at);
    return this.engagementValues;
  }

  totalAt(at: Instant): number {
    return this.totals(this.engagementAt(at), null).total;
  }

  /** Total at `now + offset`, from the grid when the offset is a grid point. */
  totalAfter(offset: number): number {
    const index = GRID_INDEX_BY_OFFSET.get(offset);
    return index === undefined ? this.totalAt(this.now + offset) : this.gridTotal(index);
  }

  /** Total at the i-th forecast grid point, computed at most once per contact. */
  gridTotal(i: number): number {
    let total = this.grid[i];
    if (total === undefined) {
      total = this.totalAt(this.now + (FORECAST_GRID[i] ?? 0));
      this.grid[i] = total;
    }
    return total;
  }

  /**
   * Group caps, then the fit and engagement caps, then the total cap, all on the points rules add; then
   * the penalties (negative points), which no cap absorbs; then the floor at 0.
   */
  totals(engagementValues: Float64Array, adjustments: PendingAdjustment[] | null): Totals {
    const { model } = this;
    const groupSums = this.groupSums;
    groupSums.set(this.fitGroupSums);
    let engagement = 0;
    let engagementPenalty = 0;
    for (const compiled of model.engagement) {
      const value = engagementValues[compiled.index] ?? 0;
      if (value === 0) continue;
      if (value < 0) engagementPenalty += value;
      else if (compiled.groupIndex >= 0) groupSums[compiled.groupIndex] = (groupSums[compiled.groupIndex] ?? 0) + value;
      else engagement += value;
    }
    let fit = this.fitUngrouped;
    for (let g = 0; g < model.groups.length; g += 1) {
      const raw = groupSums[g] ?? 0;
      const group = model.groups[g] as ScoringModel['groups'][number];
      const capped = Math.min(raw, group.cap);
      if (adjustments && capped !== raw) adjustments.push({ exact: capped - raw, describe: (points) => `${points} cap: ${group.label} counts at most ${group.cap}` });
      if (model.groupIsFit[g]) fit += capped;
      else engagement += capped;
    }
    const { caps } = model;
    const fitCapped = caps.fit === undefined ? fit : Math.min(fit, caps.fit);
    if (adjustments && fitCapped !== fit) adjustments.push({ exact: fitCapped - fit, describe: (points) => `${points} cap: fit counts at most ${caps.fit}` });
    const engagementCapped = caps.engagement === undefined ? engagement : Math.min(engagement, caps.engagement);
    if (adjustments && engagementCapped !== engagement) adjustments.push({ exact: engagementCapped - engagement, describe: (points) => `${points} cap: engagement counts at most ${caps.engagement}` });
    const added = fitCapped + engagementCapped;
    const addedCapped = Math.min(added, caps.total);
    if (adjustments && addedCapped !== added) adjustments.push({ exact: addedCapped - added, describe: (points) => `${points} cap: the score is at most ${caps.total}` });
    const raw = addedCapped + this.fitPenalty + engagementPenalty;
    const total = Math.max(raw, 0);
    if (adjustments && total !== raw) adjustments.push({ exact: total - raw, describe: (points) => `${points}: the score does not go below 0` });
    return { fit: fitCapped + this.fitPenalty, engagement: engagementCapped + engagementPenalty, total };
  }
}

/**
 * First instant after `now` at which `predicate(total)` holds, within `precision`, or null within a
 * year: the grid finds the interval, bisection narrows it.
 */
function firstInstant(now: Instant, calculator: ScoreCalculator, predicate: (total: number) => boolean, precision: number): Instant | null {
  for (let i = 0; i < FORECAST_GRID.length; i += 1) {
    if (!predicate(calculator.gridTotal(i))) continue;
    let low = now + (i === 0 ? 0 : (FORECAST_GRID[i - 1] ?? 0));
    let high = now + (FORECAST_GRID[i] ?? 0);
    // Precision grows with distance: a drop a month away is reported to within a few hours.
    const tolerance = Math.max(precision, (high - low) / 128);
    while (high - low > tolerance) {
      const middle = low + Math.floor((high - low) / 2);
      if (predicate(calculator.totalAt(middle))) high = middle;
      else low = middle;
    }
    return Math.ceil(high / MINUTE_MS) * MINUTE_MS;
  }
  return null;
}

function ago(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'} ago`;
  const hours = Math.floor(ms / HOUR_MS);
  return hours >= 1 ? `${hours} hour${hours === 1 ? '' : 's'} ago` : 'just now';
}

/**
 * Scores a contact at `now`: fit rules on its (cleaned) properties, engagement rules on its activities
 * with decay, caps, the MQL verdict with its fit guard, and a forecast if nothing new happens.
 * Deterministic: the same contact, config and `now` give the same result.
 *
 * @example
 * scoreLead(contact, config, Date.parse('2026-11-24T09:00:00Z')).contributions[0].text
 * //=> '+20 fit: VP title'
 */
export interface ScoreOptions {
  /**
   * Compute `nextDrop`, `fallsBelowMql` and `projection` (default true). Bulk rescoring, which writes
   * only the score, fit, engagement and MQL flag, turns it off: the forecast costs more than the score.
   */
  readonly forecast?: boolean;
}

export function scoreLead(contact: Contact, config: LeadOpsConfig, now: Instant, options: ScoreOptions = {}): ScoreResult {
  const model = scoringModelFor(config);
  const properties = contact.properties;

  const fitPoints = model.fit.map((compiled) => (compiled.when.test(properties, now) ? compiled.rule.points : 0));
  const events = collectEvents(model, contact, now);
  const calculator = new ScoreCalculator(model, fitPoints, events, now);
  // Forecasts below reuse the calculator's buffer, so keep a copy of the values now when there are any.
  const engagementNow = calculator.hasEngagement ? calculator.engagementAt(now).slice() : calculator.engagementAt(now);

  const pending: PendingAdjustment[] = [];
  const totals = calculator.totals(engagementNow, pending);
  const total = round1(totals.total);

  // Every reason with its exact points first; rounded together below, so the list adds up to the total.
  // Plain loops: this runs for every contact of a bulk rescore.
  const exact: number[] = [];
  const fitRules: CompiledFitRule[] = [];
  model.fit.forEach((compiled, i) => {
    const points = fitPoints[i] ?? 0;
    if (points === 0) return;
    fitRules.push(compiled);
    exact.push(points);
  });
  const engagementRules: RuleEvents[] = [];
  for (const ruleEvents of events) {
    const points = engagementNow[ruleEvents.compiled.index] ?? 0;
    if (points === 0) continue;
    engagementRules.push(ruleEvents);
    exact.push(points);
  }
  for (const adjustment of pending) exact.push(adjustment.exact);
  const shown = shownPoints(exact, total);
  let next = 0;
  const contributions: RuleContribution[] = [];
  for (const compiled of fitRules) {
    const points = shown[next++] ?? 0;
    contributions.push({ ruleId: compiled.rule.id, kind: 'fit', label: compiled.rule.label, points, basePoints: compiled.rule.points, text: points === compiled.rule.points ? compiled.text : `${signed(points)} fit: ${compiled.rule.label}` });
  }
  for (const ruleEvents of engagementRules) {
    const points = shown[next++] ?? 0;
    // A decayed activity worth less than half a tenth, its tenth given to others: nothing to show.
    if (points === 0) continue;
    const { compiled } = ruleEvents;
    const latestAt = ruleEvents.times[0] ?? now;
    const count = ruleEvents.times.length;
    const detail = `${count === 1 ? 'once' : `${count} times`}, last ${ago(now - latestAt)}; ${compiled.decayText}`;
    contributions.push({ ruleId: compiled.rule.id, kind: 'engagement', label: compiled.rule.label, points, basePoints: compiled.rule.points, activities: count, latestAt, text: `${signed(points)} engagement: ${compiled.rule.label} (${detail})` });
  }
  contributions.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const adjustments: Reason[] = [];
  for (const adjustment of pending) {
    const points = shown[next++] ?? 0;
    if (points !== 0) adjustments.push({ code: 'cap-applied', points, text: adjustment.describe(signed(points)) });
  }

  const fit = round1(totals.fit);
  const { threshold, minimumFit } = model.mql;
  const qualifies = total >= threshold && fit >= minimumFit;
  const reason: Reason = qualifies
    ? { code: 'mql-threshold', text: `MQL: score ${total} is at least ${threshold} and fit ${fit} is at least ${minimumFit}` }
    : total < threshold
      ? { code: 'mql-threshold', text: `Not an MQL: score ${total} is below ${threshold}` }
      : { code: 'mql-fit-guard', text: `Not an MQL: score ${total} reaches ${threshold}, but fit ${fit} is below the ${minimumFit} the definition requires` };

  let nextDrop: ScoreForecast | null = null;
  let fallsBelowMql: ScoreForecast | null = null;
  const projection: { at: Instant; total: number }[] = [];
  const forecast = options.forecast ?? true;
  if (forecast && calculator.hasEngagement) {
    const dropTo = totals.total - model.meaningfulDropPoints;
    // Five minutes is finer than anyone reads a forecast; the MQL end is shown as a date, so an hour will do.
    const dropAt = firstInstant(now, calculator, (t) => t <= dropTo + 1e-9, 5 * MINUTE_MS);
    if (dropAt !== null) {
      const at = round1(calculator.totalAt(dropAt));
      nextDrop = { at: dropAt, total: at, text: `Drops to ${at} by ${new Date(dropAt).toISOString().slice(0, 16).replace('T', ' ')} UTC if nothing new happens` };
    }
    const belowAt = qualifies ? firstInstant(now, calculator, (t) => round1(t) < threshold, HOUR_MS) : null;
    if (belowAt !== null) fallsBelowMql = { at: belowAt, total: round1(calculator.totalAt(belowAt)), text: `Falls below the MQL threshold (${threshold}) on ${new Date(belowAt).toISOString().slice(0, 10)} if nothing new happens` };
    for (let day = 7; day <= model.projectionDays; day += 7) projection.push({ at: now + day * DAY_MS, total: round1(calculator.totalAfter(day * DAY_MS)) });
  } else if (forecast) {
    for (let day = 7; day <= model.projectionDays; day += 7) projection.push({ at: now + day * DAY_MS, total });
  }

  return { contactId: contact.id, scoredAt: now, total, fit, engagement: round1(totals.engagement), contributions, adjustments, mql: { qualifies, threshold, minimumFit, reason }, nextDrop, fallsBelowMql, projection };
}
