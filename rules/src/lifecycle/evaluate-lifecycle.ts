import { compileCondition, type CompiledCondition } from '../conditions/compile-condition';
import { contactConditionContext } from '../config/condition-context';
import type { LeadOpsConfig, LifecycleStage } from '../config/leadops-config.schema';
import type { Contact, StageTransition } from '../shared/contact';
import type { Reason } from '../shared/reason';
import type { Instant } from '../shared/time';
import { scoreLead, type ScoreResult } from '../scoring/score-lead';
import { recycleHold } from './recycle-hold';

/** One entry criterion of a stage, and whether this contact meets it. */
export interface CriterionCheck {
  readonly criterion: string;
  readonly met: boolean;
  /** What is true of the contact: the criterion, or its negation. */
  readonly sentence: string;
}

export interface StageView {
  readonly id: string;
  readonly label: string;
  readonly hubspotValue: string;
  readonly definition: string;
  readonly ownerTeam: LifecycleStage['ownerTeam'];
  readonly criteria: readonly CriterionCheck[];
}

export interface LifecycleEvaluation {
  /** The stage HubSpot holds now (null when its value is empty or not a configured stage). */
  readonly current: StageView | null;
  /** The furthest stage whose entry criteria are all met (first stage when none is). */
  readonly qualifiesFor: StageView;
  /** The stage after the current one, with what is met and what is missing. */
  readonly next: StageView | null;
  /**
   * The stage LeadOps would set: forward moves only, and after a recorded recycle not past the recycled
   * stage until new activity. A stage the config does not define is left as it is (no transition).
   */
  readonly recommended: StageView;
  readonly transition: StageTransition | null;
  readonly history: readonly StageTransition[];
  readonly reasons: readonly Reason[];
}

interface LifecycleModel {
  readonly stages: readonly { readonly stage: LifecycleStage; readonly entry: readonly CompiledCondition[] }[];
  readonly byHubSpotValue: ReadonlyMap<string, number>;
}

const models = new WeakMap<LeadOpsConfig, LifecycleModel>();

function lifecycleModelFor(config: LeadOpsConfig): LifecycleModel {
  let model = models.get(config);
  if (model) return model;
  const context = contactConditionContext(config);
  const stages = config.lifecycle.stages.map((stage) => ({
    stage,
    entry: stage.entry.map((criterion) => {
      const compiled = compileCondition(criterion, context);
      if (!compiled.ok) throw new TypeError(`lifecycle stage ${stage.id}: ${compiled.problems.map((p) => p.message).join('; ')} (validate the config with parseConfig first)`);
      return compiled.condition;
    }),
  }));
  model = { stages, byHubSpotValue: new Map(config.lifecycle.stages.map((s, i) => [s.hubspotValue.toLowerCase(), i])) };
  models.set(config, model);
  return model;
}

/** The contact's properties plus the score-derived values lifecycle criteria may test. */
export function withScoreProperties(contact: Contact, score: ScoreResult): Contact['properties'] {
  // A contact that already carries this score (the usual case in bulk runs) needs no copy of its
  // properties: at 100,000 contacts the copies were most of what lifecycle evaluation allocated.
  if (carriesScore(contact.properties, score)) return contact.properties;
  return { ...contact.properties, leadops_score: String(score.total), leadops_fit_score: String(score.fit), leadops_engagement_score: String(score.engagement), leadops_is_mql: String(score.mql.qualifies) };
}

function carriesScore(properties: Contact['properties'], score: ScoreResult): boolean {
  return properties['leadops_score'] === String(score.total) && properties['leadops_fit_score'] === String(score.fit) && properties['leadops_engagement_score'] === String(score.engagement) && properties['leadops_is_mql'] === String(score.mql.qualifies);
}

/**
 * The shared lifecycle definition applied to one contact: where it is, what it qualifies for, what the
 * next stage needs (met and missing criteria, each a sentence), and the forward-only recommendation.
 *
 * A later stage without entry criteria (evangelist, other) is never reached by evaluation: it is set by
 * hand or by a handoff. Moving back needs `recycleLifecycle` with a reason code.
 */
export function evaluateLifecycle(contact: Contact, config: LeadOpsConfig, now: Instant, score: ScoreResult = scoreLead(contact, config, now)): LifecycleEvaluation {
  const model = lifecycleModelFor(config);
  const values = withScoreProperties(contact, score);
  const view = (index: number): StageView => {
    const { stage, entry } = model.stages[index] as LifecycleModel['stages'][number];
    const criteria = entry.map((condition) => {
      const result = condition.evaluate(values, now);
      return { criterion: result.criterion, met: result.matched, sentence: result.sentence };
    });
    return { id: stage.id, label: stage.label, hubspotValue: stage.hubspotValue, definition: stage.definition, ownerTeam: stage.ownerTeam, criteria };
  };

  // Which stages qualify needs only true or false; the sentences are built for the few stages the
  // evaluation returns (current, next, qualifying, recommended), not for every stage.
  let qualifiesIndex = 0;
  model.stages.forEach(({ entry }, i) => {
    if (entry.length > 0 && entry.every((condition) => condition.test(values, now))) qualifiesIndex = i;
  });
  const built: (StageView | undefined)[] = [];
  const views = {
    at(index: number): StageView | undefined {
      if (index < 0 || index >= model.stages.length) return undefined;
      return (built[index] ??= view(index));
    },
  };

  const currentValue = (contact.properties['lifecyclestage'] ?? '').trim().toLowerCase();
  const currentIndex = currentValue === '' ? undefined : model.byHubSpotValue.get(currentValue);
  const current = currentIndex === undefined ? null : (views.at(currentIndex) as StageView);
  const qualifiesFor = views.at(qualifiesIndex) as StageView;
  const next = currentIndex === undefined ? (views.at(0) ?? null) : (views.at(currentIndex + 1) ?? null);

  const reasons: Reason[] = [];
  const history = [...(contact.lifecycleHistory ?? [])];
  // A recorded recycle caps promotion at the recycled stage until the contact does something new.
  let targetIndex = qualifiesIndex;
  const hold = recycleHold(contact.lifecycleHistory, contact.activities, now);
  const recycledIndex = hold === null ? -1 : model.stages.findIndex((s) => s.stage.id === hold.recycle.to);
  if (hold !== null && recycledIndex >= 0) {
    const floor = Math.max(recycledIndex, currentIndex ?? recycledIndex);
    const recycled = `recycled on ${isoDate(hold.recycle.at)}${recycleLabel(config, hold.recycle.reasonCode)}`;
    if (qualifiesIndex > floor && hold.reengagedBy === null) {
      targetIndex = floor;
      reasons.push({ code: 'stage-recycle-hold', text: `Held at ${views.at(floor)?.label}: ${recycled}; it meets "${qualifiesFor.label}" but moves forward only after new activity` });
    } else if (qualifiesIndex > floor && hold.reengagedBy !== null) {
      reasons.push({ code: 'stage-recycle-hold', text: `Moves forward again: ${recycled}, then ${hold.reengagedBy.type.replace(/_/g, ' ')} on ${isoDate(hold.reengagedBy.at)}` });
    }
  }
  const target = views.at(targetIndex) as StageView;
  let recommendedIndex = targetIndex;
  let transition: StageTransition | null = null;
  if (currentIndex !== undefined && targetIndex < currentIndex && config.lifecycle.forwardOnly) {
    recommendedIndex = currentIndex;
    reasons.push({ code: 'stage-forward-only', text: `Stays ${views.at(currentIndex)?.label}: it now meets only "${target.label}", and stages move back only through a recycle with a reason` });
  } else if (currentIndex === undefined && currentValue !== '') {
    // A custom HubSpot stage, or one the config leaves out (customer): not "no stage", and never overwritten.
    reasons.push({ code: 'stage-unknown', text: `Stays "${contact.properties['lifecyclestage']?.trim()}": that HubSpot stage is not in the config's lifecycle.stages, so LeadOps does not move it; add it there to manage it` });
  } else if (currentIndex === undefined || targetIndex !== currentIndex) {
    const from = currentIndex === undefined ? null : (model.stages[currentIndex]?.stage.id ?? null);
    const forward = currentIndex === undefined || targetIndex > currentIndex;
    transition = { from, to: target.id, at: now, kind: forward ? 'promotion' : 'demotion' };
    history.push(transition);
    // A contact that meets no stage's criteria starts at the first stage: say so, not the criteria it misses.
    const unqualified = targetIndex === 0 && target.criteria.some((c) => !c.met);
    const met = target.criteria.filter((c) => c.met).map((c) => c.sentence).join('; ');
    const why = unqualified ? ': the first stage, as it meets no stage\'s entry criteria yet' : met ? `: ${met}` : '';
    reasons.push({ code: 'stage-transition', text: `${forward ? 'Moves to' : 'Moves back to'} ${target.label}${why}` });
  }
  if (next) {
    const missing = next.criteria.filter((c) => !c.met).map((c) => c.criterion);
    if (next.criteria.length === 0) reasons.push({ code: 'stage-criteria', text: `${next.label} is set by hand or by a handoff` });
    else if (missing.length > 0) reasons.push({ code: 'stage-criteria', text: `For ${next.label} it still needs: ${missing.join('; ')}` });
  }
  return { current, qualifiesFor, next, recommended: views.at(recommendedIndex) as StageView, transition, history, reasons };
}

function isoDate(at: Instant): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** " (label)" of the recycle's reason code, from either list of reasons the config defines. */
function recycleLabel(config: LeadOpsConfig, code: string | undefined): string {
  if (code === undefined) return '';
  const reason = [...config.lifecycle.recycleReasons, ...(config.handoff?.rejectReasons ?? [])].find((r) => r.code === code);
  return ` (${reason?.label ?? code})`;
}
