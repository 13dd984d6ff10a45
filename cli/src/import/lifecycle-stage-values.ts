import { cellValue, skipRow, type CellReading } from './cell-reading';

/** A lifecycle stage as it can appear in an export: its internal value and its label. */
export interface StageName {
  readonly hubspotValue: string;
  readonly label: string;
}

/** HubSpot's standard lifecycle stages: the labels an export writes and the internal values behind them. */
export const STANDARD_LIFECYCLE_STAGES: readonly StageName[] = [
  { hubspotValue: 'subscriber', label: 'Subscriber' },
  { hubspotValue: 'lead', label: 'Lead' },
  { hubspotValue: 'marketingqualifiedlead', label: 'Marketing Qualified Lead' },
  { hubspotValue: 'salesqualifiedlead', label: 'Sales Qualified Lead' },
  { hubspotValue: 'opportunity', label: 'Opportunity' },
  { hubspotValue: 'customer', label: 'Customer' },
  { hubspotValue: 'evangelist', label: 'Evangelist' },
  { hubspotValue: 'other', label: 'Other' },
];

/**
 * Reads "Lifecycle Stage" (a label such as "Marketing Qualified Lead", or an internal value) into the
 * internal value. The config's stages are added to HubSpot's standard ones, so a portal's custom stage
 * and the config's own labels are understood. An unknown stage skips the row: lifecycle decisions
 * start from the current stage, and guessing it would move the contact wrongly.
 */
export function lifecycleStageReader(configStages: readonly StageName[] = []): (raw: string) => CellReading {
  const stages = [...STANDARD_LIFECYCLE_STAGES, ...configStages];
  const byName = new Map<string, string>();
  // Standard names first, so a config label never shadows HubSpot's own meaning of a standard label.
  for (const stage of stages) {
    for (const name of [stage.hubspotValue, stage.label]) {
      const key = name.trim().toLowerCase();
      if (!byName.has(key)) byName.set(key, stage.hubspotValue);
    }
  }
  const labels = new Map<string, string>();
  for (const stage of stages) if (!labels.has(stage.label.toLowerCase())) labels.set(stage.label.toLowerCase(), stage.label);
  const known = [...labels.values()].join(', ');
  return (raw) => {
    const value = byName.get(raw.trim().toLowerCase());
    return value === undefined ? skipRow(`unknown lifecycle stage "${raw.trim()}": use one of ${known}, or add the stage to the config's lifecycle.stages`) : cellValue(value);
  };
}
