import { recordedSlaPolicy } from './recorded-sla-policy';

describe('recordedSlaPolicy', () => {
  it('keeps the recorded policy, says "no clock" for a lead routed when none applied, and leaves an unrecorded one to be chosen now', () => {
    expect(recordedSlaPolicy({ leadops_sla_policy: 'lead-first-touch', leadops_sla_status: 'at_risk' })).toBe('lead-first-touch');
    expect(recordedSlaPolicy({ leadops_sla_policy: '', leadops_sla_status: 'no_policy' })).toBeNull();
    expect(recordedSlaPolicy({ leadops_sla_status: 'on_track' })).toBeUndefined();
    expect(recordedSlaPolicy({})).toBeUndefined();
  });
});
