import { compileCondition, type CompiledCondition } from '../conditions/compile-condition';
import { activityConditionContext, contactConditionContext } from '../config/condition-context';
import type { ActivityType, EngagementRule, FitRule, LeadOpsConfig } from '../config/leadops-config.schema';
import { decayFunction, describeDecay } from './decay';
import { signedPoints } from './signed-points';

export interface CompiledFitRule {
  readonly rule: FitRule;
  readonly when: CompiledCondition;
  readonly groupIndex: number;
  /** The reason when the rule counts in full ("+20 fit: VP title"), written once, not per contact. */
  readonly text: string;
}

export interface CompiledEngagementRule {
  readonly rule: EngagementRule;
  readonly index: number;
  readonly when: CompiledCondition | null;
  readonly groupIndex: number;
  /** Points one activity gives at a given age. */
  readonly decay: (ageMs: number) => number;
  /** "half-life 14 days", written once for every explanation. */
  readonly decayText: string;
}

/** The scoring section compiled once: conditions are closures, groups are indexes. */
export interface ScoringModel {
  readonly fit: readonly CompiledFitRule[];
  readonly engagement: readonly CompiledEngagementRule[];
  readonly engagementByActivity: ReadonlyMap<ActivityType, readonly CompiledEngagementRule[]>;
  readonly groups: LeadOpsConfig['scoring']['groups'];
  /** Per group: whether it holds fit rules (parseConfig keeps groups to one kind). */
  readonly groupIsFit: readonly boolean[];
  readonly caps: LeadOpsConfig['scoring']['caps'];
  readonly mql: LeadOpsConfig['scoring']['mql'];
  readonly meaningfulDropPoints: number;
  readonly projectionDays: number;
}

const models = new WeakMap<LeadOpsConfig, ScoringModel>();

function compileOrThrow(condition: Parameters<typeof compileCondition>[0], context: Parameters<typeof compileCondition>[1], where: string): CompiledCondition {
  const result = compileCondition(condition, context);
  // parseConfig has already rejected bad conditions; reaching this means the config skipped parseConfig.
  if (!result.ok) throw new TypeError(`${where}: ${result.problems.map((p) => p.message).join('; ')} (validate the config with parseConfig first)`);
  return result.condition;
}

/** Compiles (and caches per config object) the scoring rules. */
export function scoringModelFor(config: LeadOpsConfig): ScoringModel {
  const cached = models.get(config);
  if (cached) return cached;
  const contactContext = contactConditionContext(config);
  const activityContext = activityConditionContext(config);
  const groupIndex = (group: string | undefined) => (group === undefined ? -1 : config.scoring.groups.findIndex((g) => g.id === group));
  const fit: CompiledFitRule[] = [];
  const engagement: CompiledEngagementRule[] = [];
  for (const rule of config.scoring.rules) {
    if (rule.kind === 'fit') fit.push({ rule, when: compileOrThrow(rule.when, contactContext, `scoring rule ${rule.id}`), groupIndex: groupIndex(rule.group), text: `${signedPoints(rule.points)} fit: ${rule.label}` });
    else engagement.push({ rule, index: engagement.length, when: rule.when ? compileOrThrow(rule.when, activityContext, `scoring rule ${rule.id}`) : null, groupIndex: groupIndex(rule.group), decay: decayFunction(rule.points, rule), decayText: describeDecay(rule) });
  }
  const engagementByActivity = new Map<ActivityType, CompiledEngagementRule[]>();
  for (const compiled of engagement) {
    const list = engagementByActivity.get(compiled.rule.activity) ?? [];
    list.push(compiled);
    engagementByActivity.set(compiled.rule.activity, list);
  }
  const model: ScoringModel = {
    fit,
    engagement,
    engagementByActivity,
    groups: config.scoring.groups,
    groupIsFit: config.scoring.groups.map((g) => fit.some((f) => f.rule.group === g.id)),
    caps: config.scoring.caps,
    mql: config.scoring.mql,
    meaningfulDropPoints: config.scoring.meaningfulDropPoints,
    projectionDays: config.scoring.projectionDays,
  };
  models.set(config, model);
  return model;
}
