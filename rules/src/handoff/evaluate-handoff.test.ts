import { buildContact } from '../../test-support/build-contact';
import { loadDefaultConfig } from '../../test-support/default-config';
import { NEW_YORK_OFFICE } from '../../test-support/routing-fixture';
import { HOUR_MS, MINUTE_MS } from '../shared/time';
import { evaluateHandoff, type HandoffRequest } from './evaluate-handoff';

const config = loadDefaultConfig();
// Monday 30 Nov 2026, 10:00 in New York (15:00 UTC).
const OFFERED = Date.parse('2026-11-30T15:00:00Z');
const base: HandoffRequest = { contact: buildContact({ properties: { lifecyclestage: 'marketingqualifiedlead' } }), receiverOwnerId: '11', calendar: NEW_YORK_OFFICE, offeredAt: OFFERED };

describe('evaluateHandoff', () => {
  it('waits for the receiving rep with a deadline in working hours', () => {
    const handoff = evaluateHandoff(base, config, OFFERED + HOUR_MS);
    expect(handoff.ok && handoff.status).toBe('pending');
    expect(handoff.ok && handoff.dueAt).toBe(OFFERED + 4 * HOUR_MS);
    expect(handoff.ok && handoff.remainingWorkingMinutes).toBe(180);
  });

  it('is overdue once the deadline passes, and says when it passed at the close of working hours', () => {
    // Offered Monday 13:00 New York: the 240 working minutes end at 17:00.
    const offeredAt = Date.parse('2026-11-30T18:00:00Z');
    const evening = evaluateHandoff({ ...base, offeredAt }, config, Date.parse('2026-12-01T00:00:00Z'));
    expect(evening.ok && evening.status).toBe('overdue');
    expect(evening.ok && evening.reasons.map((r) => r.text)).toContain('Overdue: not answered by the deadline, which fell at the close of working hours; no working minute has passed since');
    const nextMorning = evaluateHandoff({ ...base, offeredAt }, config, Date.parse('2026-12-01T15:00:00Z'));
    expect(nextMorning.ok && nextMorning.reasons.map((r) => r.text)).toContain('Overdue: not answered 60 working minutes after the deadline');
  });

  it('moves the stage forward when accepted', () => {
    const handoff = evaluateHandoff({ ...base, response: { kind: 'accept', at: OFFERED + 30 * MINUTE_MS } }, config, OFFERED + HOUR_MS);
    expect(handoff.ok && handoff.status).toBe('accepted');
    expect(handoff.ok && handoff.stageChange).toEqual({ stageId: 'sql', hubspotValue: 'salesqualifiedlead', transition: { from: 'mql', to: 'sql', at: OFFERED + 30 * MINUTE_MS, kind: 'handoff_accepted' } });
  });

  it('recycles a rejected lead with the reason and suggests a nurture track', () => {
    const handoff = evaluateHandoff({ ...base, response: { kind: 'reject', at: OFFERED + HOUR_MS, reasonCode: 'bad_timing', comment: 'Budget in Q3' } }, config, OFFERED + 2 * HOUR_MS);
    expect(handoff.ok && handoff.status).toBe('rejected');
    expect(handoff.ok && handoff.stageChange).toEqual({ stageId: 'lead', hubspotValue: 'lead', transition: { from: 'mql', to: 'lead', at: OFFERED + HOUR_MS, kind: 'recycle', reasonCode: 'bad_timing', note: 'Budget in Q3' } });
    expect(handoff.ok && handoff.nurtureSuggestion).toEqual({ trackId: 'long-nurture', label: 'Quarterly check-in' });
    // The reason's lead status takes the lead out of the rep's open leads, and says so.
    expect(handoff.ok && handoff.leadStatus).toEqual({ property: 'hs_lead_status', value: 'BAD_TIMING' });
    expect(handoff.ok && handoff.reasons.map((r) => r.text)).toContain('Lead status BAD_TIMING: no longer an open lead of the rep who rejected it');
  });

  it('leaves the lead status alone for a reject reason that names none, and on accept', () => {
    const reasons = config.handoff?.rejectReasons.map((r) => (r.code === 'bad_timing' ? { code: r.code, label: r.label, recycleTo: r.recycleTo } : r)) ?? [];
    const plain = { ...config, handoff: config.handoff ? { ...config.handoff, rejectReasons: reasons } : null } as typeof config;
    const rejected = evaluateHandoff({ ...base, response: { kind: 'reject', at: OFFERED + HOUR_MS, reasonCode: 'bad_timing' } }, plain, OFFERED + 2 * HOUR_MS);
    expect(rejected.ok && rejected.leadStatus).toBeNull();
    const accepted = evaluateHandoff({ ...base, response: { kind: 'accept', at: OFFERED + HOUR_MS } }, config, OFFERED + 2 * HOUR_MS);
    expect(accepted.ok && accepted.leadStatus).toBeNull();
  });

  it('refuses a rejection without a reason from the config', () => {
    const handoff = evaluateHandoff({ ...base, response: { kind: 'reject', at: OFFERED + HOUR_MS, reasonCode: 'dont_like' } }, config, OFFERED + 2 * HOUR_MS);
    expect(handoff).toMatchObject({ ok: false, code: 'unknown-reject-reason' });
    expect(handoff.ok ? '' : handoff.fix).toContain('not_a_fit (Not a fit (size, industry, role))');
  });

  it('escalates an unanswered handoff like any SLA, so none is lost', () => {
    const handoff = evaluateHandoff(base, config, OFFERED + 5 * HOUR_MS);
    expect(handoff.ok && handoff.status).toBe('overdue');
    expect(handoff.ok && handoff.escalationsDue.map((e) => e.stepId)).toEqual(['handoff-reminder', 'handoff-manager']);
  });

  it('counts only working time: offered late Friday, due on Monday', () => {
    const friday1630 = Date.parse('2026-11-27T21:30:00Z');
    const handoff = evaluateHandoff({ ...base, offeredAt: friday1630 }, config, friday1630);
    expect(handoff.ok && handoff.dueAt).toBe(Date.parse('2026-11-30T17:30:00Z')); // 30 min Friday + 3h30 Monday → 12:30 New York
  });
});
