import { formatEscalationRecord, parseEscalationRecord } from './escalation-record';

describe('the record of escalation steps kept on the contact', () => {
  it('reads steps done and steps started (marked "?"), ignoring blanks and spaces', () => {
    expect(parseEscalationRecord('remind-owner, tell-manager?,,')).toEqual({ done: ['remind-owner'], started: ['tell-manager'] });
    expect(parseEscalationRecord(undefined)).toEqual({ done: [], started: [] });
    expect(parseEscalationRecord('')).toEqual({ done: [], started: [] });
  });

  it('counts a step both done and started (two checks in two processes) as done', () => {
    expect(parseEscalationRecord('remind-owner?,remind-owner')).toEqual({ done: ['remind-owner'], started: [] });
  });

  it('writes done steps first, each step once, and reads back what it wrote', () => {
    const written = formatEscalationRecord({ done: ['remind-owner', 'remind-owner'], started: ['reroute', 'remind-owner', 'reroute'] });
    expect(written).toBe('remind-owner,reroute?');
    expect(parseEscalationRecord(written)).toEqual({ done: ['remind-owner'], started: ['reroute'] });
  });

  it('reads a record written before steps could be started (plain ids) as all done', () => {
    expect(parseEscalationRecord('remind-owner,tell-manager')).toEqual({ done: ['remind-owner', 'tell-manager'], started: [] });
  });
});
