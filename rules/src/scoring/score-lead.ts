import type { PropertyValues } from '../conditions/condition';
import type { LeadOpsConfig } from '../config/leadops-config.schema';
import type { Contact } from '../shared/contact';
import type { Reason } from '../shared/reason';
import { DAY_MS, HOUR_MS, MINUTE_MS, type Instant } from '../shared/time';
import { decayedPoints, describeDecay } from './decay';
import { scoringModelFor, type CompiledEngagementRule, type ScoringModel } from './scoring-model';

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
  /** The score at weekly steps ahead if nothing happens (for the card's chart). */
  readonly projection: readonly { readonly at: Instant; readonly total: number }[];
}

/** Matched activities of one engagement rule, newest first, as ages are computed later. */
interface RuleEvents {
  readonly compiled: CompiledEngagementRule;
  readonly times: number[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${round1(value)}`;
const EMPTY: PropertyValues = Object.freeze({});

/** Search grid for forecasts: fine near now, coarse later (one year ahead at most). */
const FORECAST_GRID: readonly number[] = [1, 3, 6, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1080, 1440, 2160, 2880, 4320, 6480, 8760].map((h) => h * HOUR_MS);

function collectEvents(model: ScoringModel, contact: Contact, now: Instant): RuleEvents[] {
  const perRule = new Map<CompiledEngagementRule, number[]>();
  for (const activity of contact.activities ?? []) {
    if (activity.at > now) continue; // a score is "as of now": later activities do not count yet
    const rules = model.engagementByActivity.get(activity.type);
    if (!rules) continue;
    for (const compiled of rules) {
      if (compiled.when && !compiled.when.test(activity.properties ?? EMPTY, now)) continue;
      let times = perRule.get(compiled);
      if (!times) perRule.set(compiled, (times = []));
      times.push(activity.at);
    }
  }
  const events: RuleEvents[] = [];
  for (const compiled of model.engagement) {
    const times = perRule.get(compiled);
    if (!times) continue;
    times.sort((a, b) => b - a);
    const max = compiled.rule.maxEvents;
    events.push({ compiled, times: max !== undefined && times.length > max ? times.slice(0, max) : times });
  }
  return events;
}

function ruleEngagementAt(events: RuleEvents, at: Instant): number {
  const { rule } = events.compiled;
  let sum = 0;
  for (const time of events.times) sum += decayedPoints(rule.points, at - time, rule);
  return rule.cap !== undefined ? Math.sign(sum) * Math.min(Math.abs(sum), rule.cap) : sum;
}

/** Group and section caps bound what points can add; penalties are never capped away. */
function capAbove(value: number, cap: number | undefined): number {
  return cap === undefined ? value : Math.min(value, cap);
}

interface Totals {
  readonly fit: number;
  readonly engagement: number;
  readonly total: number;
}

/** Applies group, section and total caps to per-rule points; records what each cap removed when asked. */
function applyCaps(model: ScoringModel, fitPoints: readonly number[], engagementPoints: readonly number[], adjustments: Reason[] | null): Totals {
  const groupSums = new Array<number>(model.groups.length).fill(0);
  let fit = 0;
  let engagement = 0;
  model.fit.forEach((compiled, i) => {
    if (compiled.groupIndex >= 0) groupSums[compiled.groupIndex] = (groupSums[compiled.groupIndex] ?? 0) + (fitPoints[i] ?? 0);
    else fit += fitPoints[i] ?? 0;
  });
  model.engagement.forEach((compiled, i) => {
    if (compiled.groupIndex >= 0) groupSums[compiled.groupIndex] = (groupSums[compiled.groupIndex] ?? 0) + (engagementPoints[i] ?? 0);
    else engagement += engagementPoints[i] ?? 0;
  });
  model.groups.forEach((group, g) => {
    const raw = groupSums[g] ?? 0;
    const capped = capAbove(raw, group.cap);
    if (adjustments && capped !== raw) adjustments.push({ code: 'cap-applied', points: round1(capped - raw), text: `${signed(capped - raw)} cap: ${group.label} counts at most ${group.cap}` });
    // A group holds rules of one kind (parseConfig checks it).
    if (model.fit.some((c) => c.groupIndex === g)) fit += capped;
    else engagement += capped;
  });
  const fitCapped = capAbove(fit, model.caps.fit);
  if (adjustments && fitCapped !== fit) adjustments.push({ code: 'cap-applied', points: round1(fitCapped - fit), text: `${signed(fitCapped - fit)} cap: fit counts at most ${model.caps.fit}` });
  const engagementCapped = capAbove(engagement, model.caps.engagement);
  if (adjustments && engagementCapped !== engagement) adjustments.push({ code: 'cap-applied', points: round1(engagementCapped - engagement), text: `${signed(engagementCapped - engagement)} cap: engagement counts at most ${model.caps.engagement}` });
  const raw = fitCapped + engagementCapped;
  const total = Math.min(Math.max(raw, 0), model.caps.total);
  if (adjustments && total !== raw) adjustments.push({ code: 'cap-applied', points: round1(total - raw), text: raw < 0 ? `${signed(total - raw)}: the score does not go below 0` : `${signed(total - raw)} cap: the score is at most ${model.caps.total}` });
  return { fit: fitCapped, engagement: engagementCapped, total };
}

function ago(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'} ago`;
  const hours = Math.floor(ms / HOUR_MS);
  return hours >= 1 ? `${hours} hour${hours === 1 ? '' : 's'} ago` : 'just now';
}

/** First instant after `from` at which `predicate(totalAt(t))` holds, to the minute, or null within a year. */
function firstInstant(from: Instant, totalAt: (at: Instant) => number, predicate: (total: number) => boolean): Instant | null {
  let previous = from;
  for (const offset of FORECAST_GRID) {
    const at = from + offset;
    if (predicate(totalAt(at))) {
      let low = previous;
      let high = at;
      while (high - low > MINUTE_MS) {
        const middle = low + Math.floor((high - low) / 2);
        if (predicate(totalAt(middle))) high = middle;
        else low = middle;
      }
      return Math.ceil(high / MINUTE_MS) * MINUTE_MS;
    }
    previous = at;
  }
  return null;
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
export function scoreLead(contact: Contact, config: LeadOpsConfig, now: Instant): ScoreResult {
  const model = scoringModelFor(config);
  const properties = contact.properties;

  const fitPoints = model.fit.map((compiled) => (compiled.when.test(properties, now) ? compiled.rule.points : 0));
  const events = collectEvents(model, contact, now);
  const eventsByRule = new Map(events.map((e) => [e.compiled, e]));
  const engagementAt = (at: Instant) => model.engagement.map((compiled) => {
    const ruleEvents = eventsByRule.get(compiled);
    return ruleEvents ? ruleEngagementAt(ruleEvents, at) : 0;
  });
  const engagementNow = engagementAt(now);

  const adjustments: Reason[] = [];
  const totals = applyCaps(model, fitPoints, engagementNow, adjustments);

  const contributions: RuleContribution[] = [];
  model.fit.forEach((compiled, i) => {
    const points = fitPoints[i] ?? 0;
    if (points === 0) return;
    contributions.push({ ruleId: compiled.rule.id, kind: 'fit', label: compiled.rule.label, points, basePoints: compiled.rule.points, text: `${signed(points)} fit: ${compiled.rule.label}` });
  });
  model.engagement.forEach((compiled, i) => {
    const ruleEvents = eventsByRule.get(compiled);
    const points = engagementNow[i] ?? 0;
    if (!ruleEvents || round1(points) === 0) return;
    const latestAt = ruleEvents.times[0] ?? now;
    const count = ruleEvents.times.length;
    const detail = `${count === 1 ? 'once' : `${count} times`}, last ${ago(now - latestAt)}; ${describeDecay(compiled.rule)}`;
    contributions.push({ ruleId: compiled.rule.id, kind: 'engagement', label: compiled.rule.label, points: round1(points), basePoints: compiled.rule.points, activities: count, latestAt, text: `${signed(points)} engagement: ${compiled.rule.label} (${detail})` });
  });
  contributions.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.ruleId.localeCompare(b.ruleId));

  const total = round1(totals.total);
  const fit = round1(totals.fit);
  const { threshold, minimumFit } = model.mql;
  const qualifies = total >= threshold && fit >= minimumFit;
  const reason: Reason = qualifies
    ? { code: 'mql-threshold', text: `MQL: score ${total} is at least ${threshold} and fit ${fit} is at least ${minimumFit}` }
    : total < threshold
      ? { code: 'mql-threshold', text: `Not an MQL: score ${total} is below ${threshold}` }
      : { code: 'mql-fit-guard', text: `Not an MQL: score ${total} reaches ${threshold}, but fit ${fit} is below the ${minimumFit} the definition requires` };

  const totalAt = (at: Instant) => applyCaps(model, fitPoints, engagementAt(at), null).total;
  const dropTo = totals.total - model.meaningfulDropPoints;
  const dropAt = events.length > 0 ? firstInstant(now, totalAt, (t) => t <= dropTo + 1e-9) : null;
  const nextDrop = dropAt === null ? null : { at: dropAt, total: round1(totalAt(dropAt)), text: `Drops to ${round1(totalAt(dropAt))} by ${new Date(dropAt).toISOString().slice(0, 16).replace('T', ' ')} UTC if nothing new happens` };
  const belowAt = qualifies && events.length > 0 ? firstInstant(now, totalAt, (t) => round1(t) < threshold) : null;
  const fallsBelowMql = belowAt === null ? null : { at: belowAt, total: round1(totalAt(belowAt)), text: `Falls below the MQL threshold (${threshold}) on ${new Date(belowAt).toISOString().slice(0, 10)} if nothing new happens` };
  const projection = [];
  for (let day = 7; day <= model.projectionDays; day += 7) projection.push({ at: now + day * DAY_MS, total: round1(totalAt(now + day * DAY_MS)) });

  return { contactId: contact.id, scoredAt: now, total, fit, engagement: round1(totals.engagement), contributions, adjustments, mql: { qualifies, threshold, minimumFit, reason }, nextDrop, fallsBelowMql, projection };
}
