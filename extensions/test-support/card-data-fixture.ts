import { evaluateLifecycle, scoreLead, type CardDataView, type Contact, type WorkingCalendar } from '@leadops/rules';
import { NOW, buildContact, daysAgo, pageView } from '../../rules/test-support/build-contact';
import { loadDefaultConfig } from '../../rules/test-support/default-config';

const config = loadDefaultConfig();

/** A good-fit lead who looked at pricing twice this week: an MQL under the default config. */
export const engagedLead = (): Contact => buildContact({ activities: [pageView('/pricing', daysAgo(1)), pageView('/pricing', daysAgo(2))] });

/** What card_data returns for a contact, computed by the rules engine on the default config as the function does. */
export function cardDataFor(contact: Contact = engagedLead(), overrides: Partial<CardDataView> = {}): CardDataView {
  const score = scoreLead(contact, config, NOW);
  return {
    contact: { id: contact.id, email: 'dana.lee@northwind.example', name: 'Dana Lee', ownerId: null, ownerName: null, companyIds: [] },
    dataQuality: { fixes: [], flags: [] },
    score,
    lifecycle: evaluateLifecycle(contact, config, NOW, score),
    stages: config.lifecycle.stages.map((s) => ({ id: s.id, label: s.label, hubspotValue: s.hubspotValue })),
    sla: null,
    slaOwner: null,
    routing: { rule: null, routedAt: null },
    // As the function decides it for a contact with a recorded stage: at the handoff's from-stage.
    handoff: { status: null, reason: null, state: contact.properties['lifecyclestage']?.toLowerCase() === config.lifecycle.stages.find((s) => s.id === config.handoff?.fromStage)?.hubspotValue.toLowerCase() ? 'awaiting' : 'none', rejectReasons: (config.handoff?.rejectReasons ?? []).map((r) => ({ code: r.code, label: r.label })) },
    nurture: { current: null, tracks: [] },
    configVersion: 3,
    configWarning: null,
    ...overrides,
  };
}

/** The SLA owner as card_data describes them, with `calendar`'s working time for the day after `readAt`. */
export function slaOwnerFor(calendar: WorkingCalendar, readAt: number, name = 'Ana', ownerId = '11'): NonNullable<CardDataView['slaOwner']> {
  return { ownerId, name, timeZone: calendar.timeZone, readAt, workingSpans: calendar.workingSpans(readAt, readAt + 86_400_000) };
}

/**
 * Fires an input's change handler with a value. The testing package types the event argument as the
 * handler itself, so the value is passed through `never` here, once.
 */
export function changeValue(node: { trigger: (prop: 'onChange', arg?: never) => void }, value: unknown): void {
  node.trigger('onChange', value as never);
}
