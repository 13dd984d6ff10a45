import type { Activity, Contact } from '../src/shared/contact';
import { DAY_MS } from '../src/shared/time';

/** Tuesday 24 November 2026, 09:00 UTC: the "now" of rules tests unless a test says otherwise. */
export const NOW = Date.parse('2026-11-24T09:00:00Z');

export const daysAgo = (days: number, now: number = NOW) => now - days * DAY_MS;

/** A VP of Sales at a 200-person US company with a work email: a good fit with no engagement yet. */
export function buildContact(overrides: { id?: string; properties?: Contact['properties']; activities?: readonly Activity[]; lifecycleHistory?: Contact['lifecycleHistory'] } = {}): Contact {
  return {
    id: overrides.id ?? '101',
    properties: {
      email: 'dana.lee@northwind.example',
      firstname: 'Dana',
      lastname: 'Lee',
      jobtitle: 'VP Sales',
      numemployees: '200',
      country: 'US',
      lifecyclestage: 'lead',
      leadops_seniority: 'vp',
      leadops_job_function: 'sales',
      leadops_email_kind: 'business',
      ...overrides.properties,
    },
    activities: overrides.activities ?? [],
    lifecycleHistory: overrides.lifecycleHistory ?? [],
  };
}

export function pageView(url: string, at: number): Activity {
  return { type: 'page_view', at, properties: { url } };
}

export function formSubmission(form: string, at: number): Activity {
  return { type: 'form_submission', at, properties: { form } };
}
