/**
 * What the four settings functions answer when they succeed. The functions live in serverless/, which
 * the UI may not import (it reaches them only through hubspot.serverless), so the shapes the page reads
 * are declared here; serverless/src/functions/settings-*.function.ts and
 * serverless/src/operations/dry-run.operation.ts are the source of truth.
 */

/** One saved version of the config document, as the history lists it. */
export interface VersionSummary {
  readonly version: number;
  /** Email of the HubSpot user who saved (or rolled back to) it. */
  readonly author: string;
  /** ISO 8601 instant. */
  readonly savedAt: string;
}

/** settings_read: the document to edit, its history and whether this user may change it. */
export interface SettingsReadAnswer {
  /** The newest saved document as written (raw text when the stored value is not JSON); the default when nothing is saved. */
  readonly config: unknown;
  /** Version of `config`; 0 for the LeadOps default. */
  readonly version: number;
  /** Newest first. */
  readonly history: readonly VersionSummary[];
  /** Set when `config` is not what the cards use, saying what is. */
  readonly configWarning: string | null;
  readonly mayChange: boolean;
}

/** settings_save: the version just created. */
export interface SavedAnswer {
  readonly version: VersionSummary;
}

/** settings_rollback: the new version, holding the document of `restoredFrom`. */
export interface RollbackAnswer {
  readonly version: VersionSummary;
  readonly restoredFrom: number;
}

/** What LeadOps would decide for one contact under one config. */
export interface DryRunOutcome {
  readonly score: number;
  readonly fit: number;
  readonly engagement: number;
  readonly mql: boolean;
  readonly stage: string;
  readonly stageLabel: string;
  readonly routing: 'assigned' | 'queued';
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  readonly queue: { readonly id: string; readonly label: string } | null;
  readonly routingRule: string | null;
  /** First-touch due time (epoch ms); null when queued or no SLA policy applies. */
  readonly slaDueAt: number | null;
  readonly slaPolicy: string | null;
}

export type DryRunChange = 'score' | 'mql' | 'stage' | 'owner' | 'sla';

/** One sampled contact under the config in force (`before`, null when none is saved) and the draft. */
export interface DryRunRow {
  readonly contactId: string;
  readonly email: string | null;
  readonly before: DryRunOutcome | null;
  readonly after: DryRunOutcome;
  readonly changed: readonly DryRunChange[];
}

/** How many sampled contacts each kind of change touches. */
export interface DryRunSummary {
  readonly contacts: number;
  readonly changed: number;
  readonly score: number;
  readonly mql: number;
  readonly newMqls: number;
  readonly lostMqls: number;
  readonly stage: number;
  readonly owner: number;
  readonly sla: number;
}

/** settings_dry_run: every sampled row, the counts, which version "before" is, and the draft's rep warnings. */
export interface DryRunAnswer {
  readonly rows: readonly DryRunRow[];
  readonly summary: DryRunSummary;
  readonly currentVersion: number | null;
  readonly repWarnings: readonly string[];
}
