import { buildContact } from '../../test-support/build-contact';
import { loadDefaultConfig } from '../../test-support/default-config';
import { NEW_YORK_OFFICE } from '../../test-support/routing-fixture';
import { MINUTE_MS } from '../shared/time';
import { evaluateSla, type SlaRequest } from './evaluate-sla';

const config = loadDefaultConfig();
const mql = buildContact({ properties: { leadops_is_mql: 'true' } });
const lead = buildContact();
// Friday 27 Nov 2026, 16:50 in New York (21:50 UTC): ten working minutes before the weekend.
const FRIDAY_1650 = Date.parse('2026-11-27T21:50:00Z');
// Monday 30 Nov 2026, 09:20 in New York (14:20 UTC).
const MONDAY_0920 = Date.parse('2026-11-30T14:20:00Z');

function request(overrides: Partial<SlaRequest> = {}): SlaRequest {
  return { contact: mql, ownerId: '11', calendar: NEW_YORK_OFFICE, assignedAt: FRIDAY_1650, firstTouchAt: null, ...overrides };
}

describe('evaluateSla', () => {
  it("picks the MQL policy and sets the due time in the owner's working hours, across the weekend", () => {
    const sla = evaluateSla(request(), config, FRIDAY_1650);
    expect(sla.policy?.id).toBe('mql-first-touch');
    expect(sla.startsAt).toBe(FRIDAY_1650);
    expect(sla.dueAt).toBe(MONDAY_0920); // 10 minutes on Friday + 20 on Monday
    expect(sla.status).toBe('on_track');
    expect(sla.remainingWorkingMinutes).toBe(30);
  });

  it('starts the clock at the next working moment when the lead arrives outside hours', () => {
    const saturday = Date.parse('2026-11-28T15:00:00Z');
    const sla = evaluateSla(request({ assignedAt: saturday }), config, saturday);
    expect(sla.startsAt).toBe(Date.parse('2026-11-30T14:00:00Z')); // Monday 09:00 New York
    expect(sla.dueAt).toBe(Date.parse('2026-11-30T14:30:00Z'));
  });

  it('is at risk once 75% of the working time is used', () => {
    const sla = evaluateSla(request(), config, Date.parse('2026-11-30T14:13:00Z')); // 10 + 13 of 30
    expect(sla.status).toBe('at_risk');
    expect(sla.percentUsed).toBeCloseTo(76.7, 1);
    expect(sla.remainingWorkingMinutes).toBe(7);
  });

  it('is not at risk a few seconds before 75%, even where the shown percentage rounds up to 75', () => {
    const monday = Date.parse('2026-11-30T14:00:00Z'); // 09:00 New York
    const justBefore = evaluateSla(request({ contact: lead, assignedAt: monday }), config, monday + 179 * MINUTE_MS + 54_000); // 179.9 of 240
    expect([justBefore.status, justBefore.percentUsed]).toEqual(['on_track', 75]);
    expect(evaluateSla(request({ contact: lead, assignedAt: monday }), config, monday + 180 * MINUTE_MS).status).toBe('at_risk');
  });

  it('is breached after the due time, with the escalation steps now due', () => {
    const sla = evaluateSla(request(), config, MONDAY_0920 + 5 * MINUTE_MS);
    expect(sla.status).toBe('breached');
    expect(sla.remainingWorkingMinutes).toBe(-5);
    expect(sla.escalationsDue.map((e) => [e.stepId, e.action])).toEqual([['remind-owner', 'task_owner'], ['tell-manager', 'notify_manager']]);
    expect(sla.nextEscalation).toMatchObject({ stepId: 'reroute', action: 'reroute', at: MONDAY_0920 + 30 * MINUTE_MS });
  });

  it('does not repeat escalation steps already done', () => {
    const sla = evaluateSla(request({ escalationsDone: ['remind-owner'] }), config, MONDAY_0920 + 31 * MINUTE_MS);
    expect(sla.escalationsDue.map((e) => e.stepId)).toEqual(['tell-manager', 'reroute']);
  });

  it('stops at the first touch: met in time', () => {
    const touch = Date.parse('2026-11-30T14:05:00Z');
    const sla = evaluateSla(request({ firstTouchAt: touch }), config, Date.parse('2026-11-30T18:00:00Z'));
    expect(sla.status).toBe('met');
    expect(sla.metAt).toBe(touch);
    expect(sla.elapsedWorkingMinutes).toBe(15);
    expect(sla.escalationsDue).toEqual([]);
  });

  it('records a late first touch as breached, without escalating further', () => {
    const sla = evaluateSla(request({ firstTouchAt: MONDAY_0920 + 10 * MINUTE_MS }), config, Date.parse('2026-11-30T18:00:00Z'));
    expect(sla.status).toBe('breached');
    expect(sla.reasons.map((r) => r.text)).toContain('Breached: first touch came 10 working minutes late');
    expect(sla.escalationsDue).toEqual([]);
  });

  it('says a due time at the close of working hours was missed by no working minute, not "0 working minutes late"', () => {
    // Assigned Friday 16:30 New York: the 30 working minutes run out at 17:00, the close of the week.
    const assignedAt = Date.parse('2026-11-27T21:30:00Z');
    const fridayEvening = Date.parse('2026-11-28T00:00:00Z'); // 19:00 New York
    const touched = evaluateSla(request({ assignedAt, firstTouchAt: fridayEvening }), config, fridayEvening + MINUTE_MS);
    expect(touched.status).toBe('breached');
    expect(touched.reasons.map((r) => r.text)).toContain('Breached: first touch came after the due time, which fell at the close of working hours, so no working minute late');
    const untouched = evaluateSla(request({ assignedAt }), config, fridayEvening);
    expect(untouched.status).toBe('breached');
    expect(untouched.reasons.map((r) => r.text)).toContain('Breached: no touch by the due time, which fell at the close of working hours; no working minute has passed since');
    // Once the owner's next working day starts, the working minutes count again.
    const monday = evaluateSla(request({ assignedAt }), config, Date.parse('2026-11-30T14:10:00Z'));
    expect(monday.reasons.map((r) => r.text)).toContain('Breached: no touch 10 working minutes after the due time');
  });

  it('restarts for a new owner: the clock runs from the re-assignment', () => {
    const reassignedAt = Date.parse('2026-11-30T15:00:00Z');
    const sla = evaluateSla(request({ ownerId: '12', assignedAt: reassignedAt }), config, reassignedAt + 10 * MINUTE_MS);
    expect(sla.dueAt).toBe(reassignedAt + 30 * MINUTE_MS);
    expect(sla.remainingWorkingMinutes).toBe(20);
  });

  it('does not count a touch from before the assignment: the new owner still owes the first touch', () => {
    // Touched by the first owner on Friday, re-assigned on Monday: that touch cannot meet the new clock.
    const reassignedAt = Date.parse('2026-11-30T15:00:00Z');
    const sla = evaluateSla(request({ ownerId: '12', assignedAt: reassignedAt, firstTouchAt: FRIDAY_1650 + 5 * MINUTE_MS }), config, reassignedAt + 40 * MINUTE_MS);
    expect([sla.status, sla.metAt]).toEqual(['breached', null]);
    expect(sla.reasons.map((r) => r.text)).toContain('The recorded first touch came before this assignment, so it does not count for this clock');
    expect(sla.escalationsDue.length).toBeGreaterThan(0);
  });

  it('counts a touch made after the assignment but before the clock starts as met', () => {
    const saturday = Date.parse('2026-11-28T15:00:00Z');
    const sla = evaluateSla(request({ assignedAt: saturday, firstTouchAt: saturday + 60 * MINUTE_MS }), config, MONDAY_0920);
    expect([sla.status, sla.metAt, sla.elapsedWorkingMinutes]).toEqual(['met', saturday + 60 * MINUTE_MS, 0]);
  });

  it('leaves the whole allowance, not more, when read before the assignment it measures (clocks of two hosts apart)', () => {
    const assignedAt = Date.parse('2026-11-30T15:00:00Z'); // Monday 10:00 New York
    const sla = evaluateSla(request({ assignedAt }), config, assignedAt - 10 * MINUTE_MS);
    expect([sla.status, sla.remainingWorkingMinutes, sla.elapsedWorkingMinutes]).toEqual(['on_track', 30, 0]);
    expect(sla.reasons.map((r) => r.text)).toContain('On track: 30 of 30 working minutes left');
  });

  it('uses the 4-hour lead policy for a non-MQL', () => {
    expect(evaluateSla(request({ contact: lead }), config, FRIDAY_1650).policy).toEqual({ id: 'lead-first-touch', label: 'Lead: first touch within 4 working hours', workingMinutes: 240 });
  });

  it('keeps the policy chosen at assignment when the lead becomes an MQL later, instead of breaching it after the fact', () => {
    // Assigned on Friday at 16:50 as a plain lead (4 working hours); an MQL by Monday 10:00, 70 working minutes in.
    const monday10 = Date.parse('2026-11-30T15:00:00Z');
    const kept = evaluateSla(request({ policyId: 'lead-first-touch' }), config, monday10);
    expect(kept.policy?.id).toBe('lead-first-touch');
    expect(kept.status).toBe('on_track');
    expect(kept.remainingWorkingMinutes).toBe(170);
    expect(kept.reasons[0]?.text).toBe('Lead: first touch within 4 working hours applies because Email is known');
    const noLongerMet = evaluateSla(request({ policyId: 'lead-first-touch', contact: buildContact({ properties: { email: '', leadops_is_mql: 'true' } }) }), config, monday10);
    expect(noLongerMet.reasons[0]?.text).toBe('Lead: first touch within 4 working hours applies because it was chosen when the lead was assigned');
    // Without the recorded policy, or with one the config no longer has, the policy is chosen now.
    for (const policyId of [undefined, 'removed-policy']) expect(evaluateSla(request({ policyId }), config, monday10).status).toBe('breached');
    // Assigned when no policy applied: no clock, then or now.
    expect(evaluateSla(request({ policyId: null }), config, monday10)).toMatchObject({ status: 'no_policy', dueAt: null, escalationsDue: [] });
  });

  it('says when no policy applies', () => {
    const sla = evaluateSla(request({ contact: buildContact({ properties: { email: '' } }) }), config, FRIDAY_1650);
    expect(sla.status).toBe('no_policy');
  });
});
