import { readFileSync } from 'node:fs';
import path from 'node:path';
import { functionEmulator } from '../../../test/support/function-emulator';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { saveConfig } from '../operations/config-store';
import { install } from '../operations/install.operation';
import { main as answerHandoff } from './handoff-answer.function';
import { main as enrollNurture } from './enroll-nurture.function';
import { main as routeContact } from './route-contact.function';
import { clearSetupCache } from './setup-cache';

const base = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8')) as Record<string, unknown>;
// Functions read the real clock, so the reps work around the clock to keep the test independent of when it runs.
const allDay = [['00:00', '24:00']];
const config = {
  ...base,
  calendars: [...(base['calendars'] as object[]), { id: 'always', label: 'Always', timeZone: 'UTC', week: { monday: allDay, tuesday: allDay, wednesday: allDay, thursday: allDay, friday: allDay, saturday: allDay, sunday: allDay } }],
  routing: {
    reps: [{ ownerId: '11', name: 'Ana', calendar: 'always' }, { ownerId: '12', name: 'Ben', calendar: 'always' }],
    pools: [{ id: 'inbound', label: 'Inbound', strategy: 'round_robin', members: [{ ownerId: '11' }, { ownerId: '12' }] }],
    rules: [{ id: 'everyone', label: 'Everyone', when: { property: 'email', op: 'known' }, target: { type: 'pool', pool: 'inbound' } }],
  },
  nurture: {
    tracks: [
      { id: 'education', label: 'Education series', via: { kind: 'sequence', sequenceId: '9001', senderEmail: 'marketing@leadops.example' } },
      { id: 'long-nurture', label: 'Quarterly check-in', via: { kind: 'list', listId: '77' } },
    ],
  },
  permissions: { settingsRoleIds: [], rerouteRoleIds: ['42'] },
};

const yesterday = new Date(Date.now() - 86_400_000).toISOString();

describe('record action functions (handoff, nurture, routing)', () => {
  const suite = functionEmulator({
    seed: {
      owners: [{ id: '11', userId: 2011, email: 'ana@leadops.example', firstName: 'Ana', lastName: 'Rep' }, { id: '12', userId: 2012, email: 'ben@leadops.example', firstName: 'Ben', lastName: 'Rep' }],
      settingsUsers: [{ id: '2011', email: 'ana@leadops.example', superAdmin: false, roleIds: ['42'] }, { id: '2012', email: 'ben@leadops.example', superAdmin: false, roleIds: [] }],
      sequences: [{ id: '9001', name: 'Education' }],
      lists: [{ listId: '77', name: 'Quarterly' }],
      // The education track's sender: its user, not the marketer who clicks Enroll, sends the sequence.
      users: [{ id: '5001', properties: { hs_email: 'marketing@leadops.example', hs_internal_user_id: '2099' } }],
      contacts: [
        { id: '801', properties: { email: 'mql@northwind.example', lifecyclestage: 'marketingqualifiedlead', hubspot_owner_id: '11', leadops_routed_at: yesterday } },
        { id: '802', properties: { email: 'mql2@northwind.example', lifecyclestage: 'marketingqualifiedlead', hubspot_owner_id: '11', leadops_routed_at: yesterday } },
        { id: '803', properties: { email: 'new@globex.example', lifecyclestage: 'lead' } },
        // Given to Ana by hand in HubSpot: LeadOps never routed it.
        { id: '804', properties: { email: 'owned@globex.example', lifecyclestage: 'lead', hubspot_owner_id: '11' } },
      ],
    },
    setup: async (emulator) => {
      const gateway = gatewayFor(emulator);
      await install(gateway);
      const result = await saveConfig(gateway, config, 'admin@leadops.example', Date.now());
      if (!result.ok) throw new Error(JSON.stringify(result));
      clearSetupCache();
    },
  });

  it('accepting a handoff moves the contact to SQL and notes it', async () => {
    const result = await answerHandoff({ parameters: { answer: 'accept', contactId: '801', userId: '2011' } });
    expect(result.ok && result.handoff.status).toBe('accepted');
    expect(suite.emulator.portal.getObject('contacts', '801')?.properties).toMatchObject({ lifecyclestage: 'salesqualifiedlead', leadops_handoff_status: 'accepted' });
    expect(suite.emulator.portal.associations('contacts', '801', 'notes')).toHaveLength(1);
  });

  it('refuses an answer from a rep who did not receive the handoff', async () => {
    suite.emulator.clearLog();
    const result = await answerHandoff({ parameters: { answer: 'accept', contactId: '802', userId: '2012' } });
    expect(result.ok ? '' : result.error.code).toBe('NOT_RECEIVER');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('rejecting without a configured reason is refused and writes nothing', async () => {
    suite.emulator.clearLog();
    const result = await answerHandoff({ parameters: { answer: 'reject', contactId: '802', userId: '2011', reasonCode: 'too_busy' } });
    expect(result.ok ? '' : result.error.code).toBe('UNKNOWN_REJECT_REASON');
    expect(result.ok ? '' : result.error.fix).toContain('bad_timing');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('rejecting with a reason recycles the contact and suggests a nurture track', async () => {
    const result = await answerHandoff({ parameters: { answer: 'reject', contactId: '802', userId: '2011', reasonCode: 'bad_timing', comment: 'Budget next year' } });
    expect(result.ok && result.handoff).toMatchObject({ status: 'rejected', stage: 'lead', nurtureSuggestion: { trackId: 'long-nurture', label: 'Quarterly check-in' } });
    expect(suite.emulator.portal.getObject('contacts', '802')?.properties).toMatchObject({ lifecyclestage: 'lead', leadops_handoff_status: 'rejected', leadops_handoff_reason: 'bad_timing', hs_lead_status: 'BAD_TIMING' });
  });

  it("enrolls in a sequence track, sent by the track's sender whoever clicks", async () => {
    const result = await enrollNurture({ parameters: { contactId: '803', userId: '2011', trackId: 'education' } });
    expect(result.ok && result.enrollment.via).toBe('sequence');
    expect(suite.emulator.portal.enrollments.map((e) => [e.contactId, e.sequenceId, e.userId])).toEqual([['803', '9001', '2099']]);
    expect(suite.emulator.portal.getObject('contacts', '803')?.properties['leadops_nurture_track']).toBe('education');
  });

  it('enrolls in a list track', async () => {
    const result = await enrollNurture({ parameters: { contactId: '802', userId: '2011', trackId: 'long-nurture' } });
    expect(result.ok && result.enrollment.via).toBe('list');
    expect(suite.emulator.portal.listMembers('77')).toEqual(['802']);
  });

  it('refuses an unknown track, writing nothing', async () => {
    suite.emulator.clearLog();
    const result = await enrollNurture({ parameters: { contactId: '803', userId: '2011', trackId: 'webinars' } });
    expect(result.ok ? '' : result.error.code).toBe('UNKNOWN_TRACK');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('routes a contact, and lets only permitted users re-route it', async () => {
    const routed = await routeContact({ parameters: { contactId: '803', userId: '2012' } });
    expect(routed.ok && routed.result.outcome).toBe('assigned');
    suite.emulator.clearLog();
    const refused = await routeContact({ parameters: { contactId: '803', userId: '2012', reroute: true } });
    expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');
    expect(suite.emulator.writes()).toEqual([]);
    const rerouted = await routeContact({ parameters: { contactId: '803', userId: '2011', reroute: true } });
    expect(rerouted.ok && rerouted.result.outcome).toBe('assigned');
  });

  it('asks for the re-route permission to route a contact someone owns, even when the request leaves out reroute', async () => {
    suite.emulator.clearLog();
    const refused = await routeContact({ parameters: { contactId: '804', userId: '2012' } });
    expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');
    expect(suite.emulator.writes()).toEqual([]);
    expect(suite.emulator.portal.getObject('contacts', '804')?.properties['hubspot_owner_id']).toBe('11');
    const routed = await routeContact({ parameters: { contactId: '804', userId: '2011' } });
    expect(routed.ok && routed.result.outcome).toBe('assigned');
  });
});
