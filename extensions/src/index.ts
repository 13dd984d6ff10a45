export { AppStatusCard, APP_STATUS_FUNCTION, type AppStatusCardProps } from './cards/app-status/AppStatusCard';
export { SettingsPage } from './settings/SettingsPage';
export { runHubSpotFunction, type RunFunction } from './shared/run-function';
