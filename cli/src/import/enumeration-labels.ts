import { cellValue, type CellReading } from './cell-reading';

/** "Lead Status" labels of HubSpot's default options → internal values (the config's SQL stage tests CONNECTED). */
export const LEAD_STATUS_LABELS: Readonly<Record<string, string>> = {
  New: 'NEW',
  Open: 'OPEN',
  'In Progress': 'IN_PROGRESS',
  'Open Deal': 'OPEN_DEAL',
  Unqualified: 'UNQUALIFIED',
  'Attempted to Contact': 'ATTEMPTED_TO_CONTACT',
  Connected: 'CONNECTED',
  'Bad Timing': 'BAD_TIMING',
};

/** "Original Source" labels → internal values of hs_analytics_source. */
export const ORIGINAL_SOURCE_LABELS: Readonly<Record<string, string>> = {
  'Organic Search': 'ORGANIC_SEARCH',
  'Paid Search': 'PAID_SEARCH',
  'Email Marketing': 'EMAIL_MARKETING',
  'Organic Social': 'SOCIAL_MEDIA',
  'Social Media': 'SOCIAL_MEDIA',
  Referrals: 'REFERRALS',
  'Other Campaigns': 'OTHER_CAMPAIGNS',
  'Direct Traffic': 'DIRECT_TRAFFIC',
  'Offline Sources': 'OFFLINE',
  'Paid Social': 'PAID_SOCIAL',
  'AI Referrals': 'AI_REFERRALS',
};

/**
 * Reads an enumeration cell whose export shows labels: a known label becomes its internal value, and
 * anything else is kept as written, because portals add their own options and LeadOps only compares
 * the value with what the config names (so this never drops or skips).
 */
export function enumerationReader(labels: Readonly<Record<string, string>>): (raw: string) => CellReading {
  const byLabel = new Map(Object.entries(labels).map(([label, value]) => [label.toLowerCase(), value]));
  return (raw) => cellValue(byLabel.get(raw.trim().toLowerCase()) ?? raw.trim());
}
