export { RULES_ENGINE_VERSION } from './shared/engine-version';
export type { Reason, ReasonCode } from './shared/reason';
export { DAY_MS, HOUR_MS, MINUTE_MS, toInstant, type Instant } from './shared/time';
export type { Activity, Contact, StageTransition } from './shared/contact';

export { LEAF_OPERATORS, type Condition, type LeafCondition, type LeafOperator, type PropertyValues } from './conditions/condition';
export { compileCondition, type CompiledCondition, type ConditionContext, type ConditionResult } from './conditions/compile-condition';
export { coerceValue, type CoercedValue } from './conditions/coerce-value';
export { PROPERTY_TYPES, type PropertyDefinition, type PropertyType } from './conditions/property-type';
export { HUBSPOT_CONTACT_PROPERTIES, ACTIVITY_PROPERTIES } from './conditions/hubspot-contact-properties';

export { leadOpsConfigSchema, CONFIG_SCHEMA_VERSION, ACTIVITY_TYPES, type LeadOpsConfig, type LeadOpsConfigInput, type ScoringRule, type FitRule, type EngagementRule, type LifecycleStage, type CalendarConfig, type ActivityType } from './config/leadops-config.schema';
export { parseConfig, REFERENCES_CHECKED_LATER, type ParseConfigResult } from './config/parse-config';
export { formatConfigProblem, type ConfigProblem } from './config/config-problem';
export { contactConditionContext, activityConditionContext } from './config/condition-context';
export { contactPropertiesReadBy } from './config/contact-properties-read';

export { decayedPoints, describeDecay, type DecaySettings } from './scoring/decay';
export { scoreLead, type ScoreOptions, type ScoreResult, type RuleContribution, type ScoreForecast } from './scoring/score-lead';

export { evaluateLifecycle, withScoreProperties, type LifecycleEvaluation, type StageView, type CriterionCheck } from './lifecycle/evaluate-lifecycle';
export { recycleLifecycle, type RecycleResult } from './lifecycle/recycle-lifecycle';

export { cleanContact, type CleanedContact, type DataFix, type DataFlag, type DataFlagCode, type EmailKind } from './data-quality/clean-contact';
export { findDuplicates, duplicateKeys, type DuplicateGroup, type DuplicateKey } from './data-quality/find-duplicates';
export { earlierRecordIndex, type EarlierRecordIndex, type EarlierRecordMatch } from './data-quality/earlier-record-index';
export { normalizeEmail } from './data-quality/normalize-email';
export { comparableDomain, domainSpellings } from './data-quality/international-domain';
export { normalizeCountry } from './data-quality/normalize-country';
export { normalizeRegion } from './data-quality/normalize-region';
export { normalizePhone } from './data-quality/normalize-phone';
export { classifyJobTitle, SENIORITIES, JOB_FUNCTIONS, type Seniority, type JobFunction } from './data-quality/job-title-buckets';

export { WEEKDAYS, type Weekday, type WeeklyHours, type CalendarDefinition, type OutOfOffice, type WorkingCalendar, type WorkingSpan } from './calendar/working-calendar';
export { buildWorkingCalendar } from './calendar/build-working-calendar';
export { parseHubSpotWorkingHours } from './calendar/hubspot-working-hours';

export { routeLead, type RouteRequest, type RoutingDecision, type SkippedRep, type SkipCode, type AccountOwner } from './routing/route-lead';
export { EMPTY_ROUTING_STATE, type RoutingState, type PoolState, type RepCounters, type LedgerEntry } from './routing/routing-state';
export type { RoutingRep } from './routing/routing-rep';
export { fairnessLedger, type FairnessRow } from './routing/fairness-ledger';
export { withoutOldestLedgerPeriod } from './routing/ledger-trim';
export { ownersWithOpenLeadRules, withOpenLeadCounts } from './routing/open-lead-counts';
export { accountDomain } from './routing/account-domain';
export { accountLookupOrder } from './routing/account-lookup-order';
export { managerOf } from './routing/manager-of';

export { evaluateSla, selectSlaPolicy, type SlaEvaluation, type SlaRequest, type SlaStatus } from './sla/evaluate-sla';
export { ladderPosition, type EscalationDecision, type EscalationStep } from './sla/escalation-ladder';
export { rerouteLimit, type RerouteLimit } from './sla/reroute-limit';
export { evaluateHandoff, type HandoffEvaluation, type HandoffRequest, type HandoffResponse } from './handoff/evaluate-handoff';
export type { CardDataView } from './contracts/card-data-view';
