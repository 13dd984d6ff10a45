import type { ActivityType } from '@leadops/rules';
import { CONTENT_FORMS, DEMO_FORM, NEWSLETTER_FORM, type Intent, type SampleContact } from './sample-contacts';
import { DAY_MS, WINDOW_END } from './sample-window';
import type { SeededRandom } from './seeded-random';
import { zonedTimeToUtc } from './zoned-time';

/** One row of activities.csv. */
export interface SampleActivity {
  readonly contactId: string;
  readonly type: ActivityType;
  readonly at: number;
  readonly detail: string;
}

const SITE = 'https://www.fernhill.example';
const MINUTE = 60_000;

const PAGES: readonly (readonly [string, number])[] = [
  ['/', 6], ['/product', 4], ['/product/routing', 3], ['/product/sla-clock', 2], ['/customers', 2], ['/integrations/hubspot', 2],
  ['/blog/lead-scores-that-decay', 3], ['/blog/round-robin-is-not-fair', 3], ['/blog/mql-vs-sql', 3], ['/docs/getting-started', 1], ['/about', 1], ['/careers', 1],
];
const PRICING_PAGES = ['/pricing', '/pricing', '/pricing/enterprise'];
const FORM_PAGES: Readonly<Record<string, string>> = {
  [NEWSLETTER_FORM]: '/blog',
  [DEMO_FORM]: '/demo',
  'Contact us': '/contact',
};

interface IntentProfile {
  readonly pricingShare: number;
  readonly visitsBefore: readonly [number, number];
  readonly sessionsAfter: readonly [number, number];
  readonly openRate: number;
  readonly clickRate: number;
  readonly extraDownload: number;
  readonly laterDemo: number;
  readonly meetingAfterDemo: number;
}

const PROFILES: Readonly<Record<Intent, IntentProfile>> = {
  low: { pricingShare: 0.04, visitsBefore: [0, 2], sessionsAfter: [0, 1], openRate: 0.2, clickRate: 0.1, extraDownload: 0.05, laterDemo: 0, meetingAfterDemo: 0 },
  medium: { pricingShare: 0.14, visitsBefore: [1, 3], sessionsAfter: [1, 3], openRate: 0.4, clickRate: 0.25, extraDownload: 0.3, laterDemo: 0.03, meetingAfterDemo: 0.2 },
  high: { pricingShare: 0.3, visitsBefore: [1, 5], sessionsAfter: [2, 4], openRate: 0.5, clickRate: 0.35, extraDownload: 0.45, laterDemo: 0.2, meetingAfterDemo: 0.35 },
  hot: { pricingShare: 0.45, visitsBefore: [2, 6], sessionsAfter: [2, 6], openRate: 0.55, clickRate: 0.4, extraDownload: 0.3, laterDemo: 0.5, meetingAfterDemo: 0.65 },
};

/** The weekly newsletter, Tuesdays 14:00 UTC. */
const NEWSLETTERS = [Date.UTC(2026, 9, 20, 14), Date.UTC(2026, 9, 27, 14), Date.UTC(2026, 10, 3, 14), Date.UTC(2026, 10, 10, 14)].map((at) => ({
  at,
  campaign: `Fernhill Weekly – ${new Date(at).toISOString().slice(0, 10)}`,
}));

class ActivityLog {
  readonly activities: SampleActivity[] = [];

  constructor(private readonly contactId: string) {}

  add(type: ActivityType, at: number, detail: string): void {
    // Nothing happens after the window: the samples end there.
    if (at < WINDOW_END) this.activities.push({ contactId: this.contactId, type, at: Math.floor(at / 1000) * 1000, detail });
  }
}

/**
 * A contact's activity history as HubSpot would record it: anonymous browsing before the first form
 * (attributed once they identify themselves), the form that created them, then newsletters opened and
 * clicked, return visits, more downloads, a demo request and meetings — more and more of it the
 * higher their intent. Nothing is later than the window end.
 */
export function generateActivities(contact: SampleContact, random: SeededRandom): SampleActivity[] {
  const profile = PROFILES[contact.intent];
  const log = new ActivityLog(contact.recordId);
  const arrival = contact.createdAt;
  const page = (at: number, pricing: boolean) => log.add('page_view', at, `${SITE}${pricing ? random.pick(PRICING_PAGES) : random.weighted(PAGES)}`);
  const session = (start: number) => {
    const pages = random.int(1, 4);
    for (let i = 0; i < pages; i += 1) page(start + i * random.int(1, 5) * MINUTE, random.chance(profile.pricingShare));
  };
  const afterArrival = () => arrival + random.int(1, Math.max(1, Math.floor((WINDOW_END - arrival) / MINUTE))) * MINUTE;

  for (let i = random.int(...profile.visitsBefore); i > 0; i -= 1) session(arrival - random.int(10, 21 * 24 * 60) * MINUTE);
  log.add('page_view', arrival - random.int(1, 4) * MINUTE, `${SITE}${FORM_PAGES[contact.firstForm] ?? '/resources'}`);
  log.add('form_submission', arrival, contact.firstForm);

  const welcome = arrival + random.int(2, 30) * MINUTE;
  const emails = [{ at: welcome, campaign: contact.firstForm === NEWSLETTER_FORM ? 'Welcome to Fernhill Weekly' : 'Your download from Fernhill' }, ...NEWSLETTERS.filter((n) => n.at > arrival)];
  if (contact.emailKind !== 'disposable' && contact.emailKind !== 'none') {
    for (const email of emails) {
      if (!random.chance(profile.openRate)) continue;
      const opened = email.at + random.int(5, 2 * 24 * 60) * MINUTE;
      log.add('email_open', opened, email.campaign);
      if (!random.chance(profile.clickRate)) continue;
      const clicked = opened + random.int(1, 30) * MINUTE;
      log.add('email_click', clicked, email.campaign);
      page(clicked + MINUTE, random.chance(profile.pricingShare));
    }
  }

  for (let i = random.int(...profile.sessionsAfter); i > 0; i -= 1) session(afterArrival());
  if (random.chance(profile.extraDownload)) log.add('form_submission', afterArrival(), random.pick(CONTENT_FORMS.filter((f) => f !== contact.firstForm)));

  let demoAt = contact.firstForm === DEMO_FORM ? arrival : null;
  if (demoAt === null && random.chance(profile.laterDemo)) {
    demoAt = afterArrival();
    log.add('page_view', demoAt - 2 * MINUTE, `${SITE}/demo`);
    log.add('form_submission', demoAt, DEMO_FORM);
  }
  if (demoAt !== null && random.chance(profile.meetingAfterDemo)) {
    const meeting = meetingTime(demoAt + random.int(1, 6) * DAY_MS, contact.timeZone, random);
    log.add('meeting', meeting, 'Discovery call');
    if (random.chance(0.35)) log.add('meeting', meetingTime(meeting + random.int(3, 8) * DAY_MS, contact.timeZone, random), 'Product demo');
  }
  return log.activities;
}

/** A meeting on the day of `around`, between 10:00 and 16:00 in the contact's own time zone. */
function meetingTime(around: number, timeZone: string, random: SeededRandom): number {
  const day = new Date(around);
  return zonedTimeToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), random.int(10, 15), random.pick([0, 30]), timeZone);
}
