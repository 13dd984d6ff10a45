import { csvLine } from './csv-writer';
import type { SampleActivity } from './sample-activities';

export const ACTIVITIES_HEADER = ['Contact ID', 'Activity', 'Timestamp', 'Detail'] as const;

/** activities.csv, LeadOps' own simple format: one activity a row, in time order, ISO timestamps in UTC, LF line ends. */
export function writeActivitiesFile(activities: readonly SampleActivity[]): string {
  // Code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const sorted = [...activities].sort((a, b) => a.at - b.at || Number(a.contactId) - Number(b.contactId) || text(a.type, b.type) || text(a.detail, b.detail));
  const rows = sorted.map((a) => csvLine([a.contactId, a.type, new Date(a.at).toISOString().replace('.000Z', 'Z'), a.detail]));
  return `${[csvLine(ACTIVITIES_HEADER), ...rows].join('\n')}\n`;
}
