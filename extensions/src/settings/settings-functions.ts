/** The app functions behind the settings page (uids in src/app/functions/settings-*-hsmeta.json). */
export const SETTINGS_READ_FUNCTION = 'settings_read';
export const SETTINGS_SAVE_FUNCTION = 'settings_save';
export const SETTINGS_ROLLBACK_FUNCTION = 'settings_rollback';
export const SETTINGS_DRY_RUN_FUNCTION = 'settings_dry_run';
