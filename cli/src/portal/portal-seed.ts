import type { Activity } from '@leadops/rules';
import type { PortalSeed } from '@leadops/serverless';
import type { PortalData } from './portal-data';

/**
 * The contact properties in which HubSpot keeps the latest activity of each kind (the inverse of the
 * gateway side's activitiesFromProperties): what a real portal would show for this history.
 */
export function latestActivityProperties(activities: readonly Activity[], upTo: number = Infinity): Record<string, string> {
  const latest = new Map<Activity['type'], Activity>();
  for (const activity of activities) {
    if (activity.at > upTo) continue;
    const seen = latest.get(activity.type);
    if (!seen || seen.at <= activity.at) latest.set(activity.type, activity);
  }
  const properties: Record<string, string> = {};
  const visit = latest.get('page_view');
  if (visit) Object.assign(properties, { hs_analytics_last_visit_timestamp: String(visit.at), hs_analytics_last_url: String(visit.properties?.['url'] ?? '') });
  const form = latest.get('form_submission');
  if (form) Object.assign(properties, { recent_conversion_date: String(form.at), recent_conversion_event_name: String(form.properties?.['form'] ?? '') });
  const click = latest.get('email_click');
  if (click) properties['hs_email_last_click_date'] = String(click.at);
  const open = latest.get('email_open');
  if (open) properties['hs_email_last_open_date'] = String(open.at);
  const meeting = latest.get('meeting');
  if (meeting) properties['hs_latest_meeting_activity'] = String(meeting.at);
  return properties;
}

/** The portal as the emulator's seed at `upTo`: contacts with their latest activities as properties. */
export function portalSeed(portal: PortalData, upTo: number = Infinity): PortalSeed {
  const strings = (properties: Readonly<Record<string, string | null | undefined>>) => Object.fromEntries(Object.entries(properties).filter((e): e is [string, string | null] => e[1] !== undefined));
  return {
    contacts: portal.contacts.map((c) => ({ id: c.id, properties: { ...strings(c.properties), ...latestActivityProperties(c.activities ?? [], upTo) } })),
    companies: portal.companies.map((c) => ({ id: c.id, properties: strings(c.properties) })),
    contactCompanies: Object.fromEntries(Object.entries(portal.contactCompanies).map(([id, companies]) => [id, [...companies]])),
    owners: portal.owners.map((o) => ({ ...o })),
    users: portal.users.map((u) => ({ id: u.id, properties: strings(u.properties) })),
  };
}
