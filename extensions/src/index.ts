export { AppStatusCard, APP_STATUS_FUNCTION, type AppStatusCardProps } from './cards/app-status/AppStatusCard';
// The settings page is not exported here: it validates drafts with the config schema, and bundlers keep
// that module (zod, ~460 kB minified) in every card that imports this index. Its entry imports
// '@leadops/extensions/src/settings/SettingsPage' instead.
export { SETTINGS_READ_FUNCTION, SETTINGS_SAVE_FUNCTION, SETTINGS_ROLLBACK_FUNCTION, SETTINGS_DRY_RUN_FUNCTION } from './settings/settings-functions';
export { runHubSpotFunction, type RunFunction } from './shared/run-function';
export { LeadScoreCard, type LeadScoreCardProps } from './cards/lead-score/LeadScoreCard';
export { useCardData, CARD_DATA_FUNCTION, type CardData, type CardDataState } from './shared/use-card-data';
export { watchRecordWith, type WatchRecord } from './shared/watch-record';
export { LifecycleCard, type LifecycleCardProps } from './cards/lifecycle/LifecycleCard';
export { HandoffCard, HANDOFF_FUNCTION, type HandoffCardProps } from './cards/handoff/HandoffCard';
export { NurtureCard, ENROLL_FUNCTION, type NurtureCardProps } from './cards/nurture/NurtureCard';
export { RoutingCard, ROUTE_FUNCTION, type RoutingCardProps } from './cards/routing/RoutingCard';
export type { AddAlert } from './shared/run-function';
export { SlaCountdownCard, type SlaCountdownCardProps } from './cards/sla/SlaCountdownCard';
