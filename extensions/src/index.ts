export { AppStatusCard, APP_STATUS_FUNCTION, type AppStatusCardProps } from './cards/app-status/AppStatusCard';
export { SettingsPage } from './settings/SettingsPage';
export { runHubSpotFunction, type RunFunction } from './shared/run-function';
export { LeadScoreCard, type LeadScoreCardProps } from './cards/lead-score/LeadScoreCard';
export { useCardData, CARD_DATA_FUNCTION, type CardDataState } from './shared/use-card-data';
export { LifecycleCard, type LifecycleCardProps } from './cards/lifecycle/LifecycleCard';
export { HandoffCard, HANDOFF_FUNCTION, type HandoffCardProps } from './cards/handoff/HandoffCard';
