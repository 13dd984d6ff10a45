import { buildWorkingCalendar, evaluateSla, parseHubSpotWorkingHours } from '@leadops/rules';
import { arrivingLeads, MONDAY, smallConfig, smallPortal } from '../../test-support/small-portal';
import { parsedDecision, type SerialisedDecision } from './serialised-decision';
import { runLeadFlow, simulateLeadFlow } from './simulate-lead-flow';
import type { ContactDecision } from './simulation-result';

const HOUR = 3_600_000;
const newYorkOffice = (() => {
  const hours = parseHubSpotWorkingHours(JSON.stringify([{ days: 'MONDAY_TO_FRIDAY', startMinute: 540, endMinute: 1020 }]));
  if (!hours.ok) throw new Error(hours.reason);
  return buildWorkingCalendar({ id: 'ny', timeZone: 'America/New_York', week: hours.week, holidays: { country: 'US' } });
})();

describe('simulateLeadFlow', () => {
  const config = smallConfig();
  // Every fourth lead works at a company of 2,000: the weighted enterprise pool (3:2:1) gets those.
  const contacts = arrivingLeads(120, { properties: (i): Record<string, string> => (i % 4 === 0 ? { numemployees: '2000' } : {}) });
  const run = simulateLeadFlow(smallPortal(config, contacts), config, { seed: 3 });

  it('takes every dated lead through the flow, each with its log in time order starting at its arrival', () => {
    expect(run.decisions.map((d) => d.contactId).sort()).toEqual(contacts.map((c) => c.id).sort());
    for (const decision of run.decisions) {
      const times = decision.log.map((entry) => entry.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(decision.log[0]).toMatchObject({ kind: 'arrival', at: decision.arrivedAt });
      expect(decision.log.map((e) => e.kind)).toEqual(expect.arrayContaining(['score', 'lifecycle', 'route']));
    }
  });

  it('names a manager who is a HubSpot owner but not a routing rep by full name in escalations', () => {
    const managed = smallConfig((routing) => {
      routing['reps'] = (routing['reps'] as Record<string, unknown>[]).map((rep) => ({ ...rep, managerOwnerId: '900' }));
    });
    const portal = smallPortal(managed, contacts);
    const result = simulateLeadFlow({ ...portal, owners: [...portal.owners, { id: '900', userId: 9900, email: 'mona@leadops.example', firstName: 'Mona', lastName: 'Lindqvist' }] }, managed, { seed: 3 });
    const told = result.decisions.flatMap((d) => d.escalations).filter((e) => e.action === 'notify_manager');
    expect(told.length).toBeGreaterThan(0);
    for (const escalation of told) expect(escalation.detail).toMatch(/^Mona Lindqvist notified \(manager of [^)]+\)$/);
  });

  it('scores on arrival with the activities before it, and again when a later form submission comes in', () => {
    const [lead] = arrivingLeads(1, { start: MONDAY + 10 * HOUR });
    if (!lead) throw new Error('no lead');
    const later = { ...lead, id: '77', activities: (lead.activities ?? []).map((a) => ({ ...a, at: a.at + 24 * HOUR })) };
    const result = simulateLeadFlow(smallPortal(config, [lead, later]), config, { seed: 3 });
    const byId = new Map(result.decisions.map((d) => [d.contactId, d]));
    expect(byId.get(lead.id)?.log.find((e) => e.kind === 'score')?.summary).not.toMatch(/engagement 0\)/);
    const late = byId.get('77');
    const scores = late?.log.filter((e) => e.kind === 'score') ?? [];
    expect(scores[0]?.summary).toMatch(/engagement 0\)/);
    const demo = later.activities.find((a) => a.type === 'form_submission');
    expect(scores[1]).toMatchObject({ at: demo?.at, summary: expect.stringMatching(/^Scored again after the form "Request a demo"/) });
    expect(late?.score.engagement).toBeGreaterThan(0);
  });

  it("keeps each SLA verdict equal to the rules' own evaluation of the owner's clock at the first touch", () => {
    const touched = run.decisions.filter((d) => d.sla?.firstTouchAt != null && d.escalations.every((e) => e.action !== 'reroute'));
    expect(touched.length).toBeGreaterThan(50);
    for (const decision of touched) {
      const sla = decision.sla;
      if (!sla || sla.firstTouchAt === null) continue;
      const contact = contacts.find((c) => c.id === decision.contactId);
      if (!contact) throw new Error('missing contact');
      const scored = { ...contact, properties: { ...contact.properties, leadops_is_mql: String(decision.score.mql) } };
      const expected = evaluateSla({ contact: scored, ownerId: sla.ownerId, calendar: newYorkOffice, assignedAt: decision.arrivedAt, firstTouchAt: sla.firstTouchAt }, config, sla.firstTouchAt);
      expect({ id: decision.contactId, status: sla.status, dueAt: sla.dueAt }).toEqual({ id: decision.contactId, status: expected.status, dueAt: expected.dueAt });
    }
  });

  it("counts a rep's open leads as the route operation does: a customer they own with an open status keeps a least-loaded lead away", () => {
    // Gus (31) and Hana (32) share the least-loaded SDR pool. Gus owns a customer whose lead status is
    // still open; customers are never routed, so it stays his open lead.
    const leads = arrivingLeads(2, { start: MONDAY + 10 * HOUR, properties: (i): Record<string, string> => (i === 0 ? { country: 'US', lifecyclestage: 'customer', hubspot_owner_id: '31', hs_lead_status: 'OPEN' } : { country: 'US' }) });
    const result = simulateLeadFlow(smallPortal(config, leads), config, { seed: 3 });
    const [customer, lead] = leads.map((l) => result.decisions.find((d) => d.contactId === l.id));
    expect(customer?.route).toBeNull();
    expect(lead?.route?.ownerId).toBe('32');
    expect(lead?.log.find((e) => e.kind === 'route')?.reasons.join(' ')).toContain('fewest open leads (0)');
  });

  it('counts open leads for each least-loaded pick as HubSpot would hold them: assigned leads are NEW until a reject sets their reason\'s status', () => {
    // Every lead goes to the least-loaded SDR pool (Gus 31, Hana 32); a third are demo requests, so MQL handoffs come and some are rejected.
    const sdrOnly = smallConfig((routing) => {
      routing['rules'] = [{ id: 'all', label: 'Everyone', when: { property: 'email', op: 'known' }, target: { type: 'pool', pool: 'sdr' } }];
    });
    const leads = arrivingLeads(90, { everyMinutes: 20 });
    const result = simulateLeadFlow(smallPortal(sdrOnly, leads), sdrOnly, { seed: 7 });
    const idOf = new Map(sdrOnly.routing.reps.map((r) => [r.name, r.ownerId]));
    const closedBy = new Map(sdrOnly.handoff?.rejectReasons.map((r) => [r.code, r.leadStatus]) ?? []);
    const open = new Set<string>(sdrOnly.routing.openLeads.values);
    // Each lead's owners over time (from its route steps and re-routes) and the moment a reject closed it.
    const history = result.decisions.map((d) => ({
      owners: [
        ...d.log.filter((e) => e.kind === 'route' && e.summary.startsWith('Routed to ')).map((e) => ({ at: e.at, ownerId: idOf.get(/^Routed to (.+?)( by |$)/.exec(e.summary)?.[1] ?? '') })),
        ...d.escalations.filter((e) => e.detail.startsWith('Re-routed')).map((e) => ({ at: e.at, ownerId: idOf.get(/ to (.+)$/.exec(e.detail)?.[1] ?? '') })),
      ].sort((a, b) => a.at - b.at),
      closedAt: d.handoff?.status === 'rejected' && d.handoff.answeredAt !== null && d.handoff.reasonCode !== null && !open.has(closedBy.get(d.handoff.reasonCode) ?? 'NEW') ? d.handoff.answeredAt : Infinity,
    }));
    const openLeadsOf = (ownerId: string, at: number) =>
      history.filter((h) => h.closedAt >= at && [...h.owners].reverse().find((o) => o.at < at)?.ownerId === ownerId).length;
    const picks = result.decisions.flatMap((d) => d.log.filter((e) => e.kind === 'route' && e.summary.startsWith('Routed to ')).map((e) => ({ at: e.at, ownerId: idOf.get(/^Routed to (.+?)( by |$)/.exec(e.summary)?.[1] ?? '') ?? '', text: e.reasons.join(' ') })));
    // Routings that share an instant (re-routes at 09:00 of leads that arrived overnight) happen in an
    // order the times cannot show, so only the picks alone at their instant are checked.
    const alone = picks.filter((p) => picks.filter((q) => q.at === p.at).length === 1);
    expect(alone.length).toBeGreaterThan(60);
    for (const pick of alone) expect([pick.at, pick.text]).toEqual([pick.at, expect.stringContaining(`fewest open leads (${openLeadsOf(pick.ownerId, pick.at)})`)]);
    // The check only means something if rejects closed leads before later picks.
    const closings = history.map((h) => h.closedAt).filter((at) => Number.isFinite(at));
    expect(closings.filter((at) => alone.some((p) => p.at > at)).length).toBeGreaterThan(2);
  });

  it('gives the same run for the same seed and other touch times for another seed', () => {
    const again = simulateLeadFlow(smallPortal(config, contacts), config, { seed: 3 });
    const other = simulateLeadFlow(smallPortal(config, contacts), config, { seed: 4 });
    expect(again.decisions).toEqual(run.decisions);
    expect(other.decisions.map((d) => d.sla?.firstTouchAt)).not.toEqual(run.decisions.map((d) => d.sla?.firstTouchAt));
  });

  it("re-routes a lead whose first touch is overdue past the ladder's re-route step, to another rep with a fresh clock", () => {
    const rerouted = run.decisions.find((d) => d.escalations.some((e) => e.action === 'reroute' && e.detail.startsWith('Re-routed')));
    if (!rerouted) throw new Error('the run re-routed no lead: the fixture needs slower reps');
    const reroute = rerouted.escalations.find((e) => e.action === 'reroute');
    const firstOwner = rerouted.log.find((e) => e.kind === 'route')?.summary;
    expect(reroute?.detail).toMatch(/^Re-routed from (\S+) to (\S+)$/);
    const [, from, to] = /^Re-routed from (\S+) to (\S+)$/.exec(reroute?.detail ?? '') ?? [];
    expect(from).not.toBe(to);
    expect(firstOwner).toContain(from);
    expect(rerouted.route?.ownerName).toBe(to);
    // The first owner's clock is kept as breached; the new owner's clock starts at the re-route.
    const earlier = rerouted.earlierClocks?.[0];
    expect(earlier?.status).toBe('breached');
    expect(earlier?.ownerId).not.toBe(rerouted.route?.ownerId);
    expect(earlier?.dueAt ?? Infinity).toBeLessThan(reroute?.at ?? 0);
    expect(rerouted.sla?.ownerId).toBe(rerouted.route?.ownerId);
    expect(rerouted.sla?.dueAt ?? 0).toBeGreaterThan(reroute?.at ?? Infinity);
  });

  it('re-routes one lead at most sla.maxReroutes times; past that the step is logged and the lead stays', () => {
    // A 10-minute first touch for every lead: most owners miss it, so leads would move again and again.
    const tight: typeof config = { ...config, sla: { ...config.sla, policies: config.sla.policies.map((p) => ({ ...p, firstTouchWorkingMinutes: 10 })) } };
    const once: typeof config = { ...tight, sla: { ...tight.sla, maxReroutes: 1 } };
    const moves = (d: ContactDecision) => d.escalations.filter((e) => e.detail.startsWith('Re-routed')).length;
    expect(Math.max(...simulateLeadFlow(smallPortal(tight, contacts), tight, { seed: 3 }).decisions.map(moves))).toBe(2);
    const result = simulateLeadFlow(smallPortal(once, contacts), once, { seed: 3 });
    expect(Math.max(...result.decisions.map(moves))).toBe(1);
    const held = result.decisions.find((d) => d.escalations.some((e) => e.action === 'reroute' && e.detail.startsWith('Not re-routed')));
    expect(held?.escalations.filter((e) => e.action === 'reroute').map((e) => e.detail.replace(/ to .*| from .*/, ''))).toEqual(['Re-routed', 'Not re-routed: already re-routed 1 time, the most sla.maxReroutes (1) allows, so the lead stays with its owner']);
    expect(held?.log.some((e) => e.kind === 'escalation' && e.summary.endsWith('so the lead stays with its owner'))).toBe(true);
  });

  it("shares each lead out once, at its first assignment and among reps who can take leads: re-routes and away reps inflate no one's fair share", () => {
    // A 10-minute first touch: most owners miss it, so many leads are re-routed.
    const tight: typeof config = { ...config, sla: { ...config.sla, policies: config.sla.policies.map((p) => ({ ...p, firstTouchWorkingMinutes: 10 })) } };
    const team = smallConfig((routing) => {
      routing['rules'] = [{ id: 'all', label: 'Everyone', when: { property: 'email', op: 'known' }, target: { type: 'pool', pool: 'emea' } }];
    });
    const rerouting: typeof team = { ...team, sla: tight.sla };
    const leads = arrivingLeads(60, { everyMinutes: 40 });
    const result = simulateLeadFlow(smallPortal(rerouting, leads, { '21': { hs_availability_status: 'away' } }), rerouting, { seed: 1 });
    expect(result.decisions.some((d) => d.escalations.some((e) => e.detail.startsWith('Re-routed')))).toBe(true);
    const assigned = result.decisions.filter((d) => d.route?.outcome === 'assigned').length;
    const expectedTotal = result.reps.reduce((sum, rep) => sum + rep.expectedLeads, 0);
    // Each rep's figure is rounded to a tenth.
    expect(Math.abs(expectedTotal - assigned)).toBeLessThanOrEqual(0.05 * result.reps.length);
    expect(result.reps.find((rep) => rep.ownerId === '21')?.expectedLeads).toBe(0);
    // Out of office for the whole run: routing skips them, so no share is theirs either.
    const absent = { start: new Date(MONDAY - 24 * HOUR).toISOString(), end: new Date(MONDAY + 30 * 24 * HOUR).toISOString() };
    const withAbsence = simulateLeadFlow(smallPortal(rerouting, leads, { '22': { hs_out_of_office_hours: JSON.stringify([absent]) } }), rerouting, { seed: 1 });
    expect(withAbsence.reps.find((rep) => rep.ownerId === '22')?.expectedLeads).toBe(0);
  });

  it('says how many leads arrive after --until and were left out', () => {
    const leads = arrivingLeads(10, { everyMinutes: 60 });
    const arrivals = leads.map((lead) => Number(lead.properties['createdate'])).sort((a, b) => a - b);
    const until = (arrivals[4] ?? 0) + 1;
    const result = simulateLeadFlow(smallPortal(config, leads), config, { seed: 1, until });
    expect(result.decisions).toHaveLength(5);
    expect(result.warnings).toContain(`5 contact(s) arrive after --until (${new Date(until).toISOString()}) and were left out.`);
    const none = simulateLeadFlow(smallPortal(config, leads), config, { seed: 1, until: (arrivals[0] ?? 0) - 1 });
    expect(none.warnings.some((w) => w.endsWith('were left out: nothing was simulated; give a later --until.'))).toBe(true);
  });

  it('gives a rep no leads while HubSpot shows them out of office, and leads again afterwards', () => {
    const away = { start: new Date(MONDAY).toISOString(), end: new Date(MONDAY + 48 * HOUR).toISOString() };
    const team = smallConfig((routing) => {
      routing['rules'] = [{ id: 'all', label: 'Everyone', when: { property: 'email', op: 'known' }, target: { type: 'pool', pool: 'emea' } }];
    });
    const leads = arrivingLeads(150, { everyMinutes: 40 });
    const result = simulateLeadFlow(smallPortal(team, leads, { '21': { hs_out_of_office_hours: JSON.stringify([away]) } }), team, { seed: 1 });
    const toDev = result.decisions.flatMap((d) => d.log.filter((e) => e.kind === 'route' && e.summary.startsWith('Routed to Dev')));
    expect(toDev.length).toBeGreaterThan(0);
    expect(toDev.filter((e) => e.at < MONDAY + 48 * HOUR)).toEqual([]);
    const skippedForAbsence = result.decisions.filter((d) => d.route?.skipped.some((s) => s.ownerId === '21' && s.code === 'out_of_office'));
    expect(skippedForAbsence.length).toBeGreaterThan(0);
  });

  it('routes a subscriber who later asks for a demo from the moment they qualify', () => {
    const [subscriber] = arrivingLeads(1, { properties: () => ({ jobtitle: '' }) });
    if (!subscriber) throw new Error('no lead');
    const arrival = Number(subscriber.properties['createdate']);
    const demoAt = arrival + 26 * HOUR;
    const contact = { ...subscriber, activities: [{ type: 'page_view' as const, at: demoAt - HOUR, properties: { url: '/pricing' } }, { type: 'form_submission' as const, at: demoAt, properties: { form: 'Request a demo' } }] };
    const [decision] = simulateLeadFlow(smallPortal(config, [contact]), config, { seed: 2 }).decisions;
    const [quiet] = simulateLeadFlow(smallPortal(config, [{ ...contact, activities: [] }]), config, { seed: 2 }).decisions;
    expect(quiet?.route).toBeNull();
    expect(decision?.log.find((e) => e.kind === 'route')?.summary).toMatch(/^Not routed: Subscriber/);
    const route = decision?.log.find((e) => e.kind === 'route' && e.summary.startsWith('Routed'));
    expect(route?.at).toBe(demoAt);
    expect(decision?.route?.outcome).toBe('assigned');
    expect(decision?.log.filter((e) => e.kind === 'lifecycle').map((e) => e.summary)).toEqual(['Subscriber', 'Subscriber → Marketing qualified lead']);
  });

  it('leaves leads below the routing stage with marketing: no owner, no SLA', () => {
    const freeMail = arrivingLeads(5, { properties: (i) => ({ email: `someone${i}@gmail.com` }) }).map((c) => ({ ...c, activities: [] }));
    const result = simulateLeadFlow(smallPortal(config, freeMail), config, { seed: 1 });
    for (const decision of result.decisions) {
      expect(decision.lifecycle.stageId).toBe('subscriber');
      expect(decision.route).toBeNull();
      expect(decision.sla).toBeNull();
    }
  });

  it('answers MQL handoffs: accepted ones move to SQL, rejected ones recycle with the reason and enroll the suggested nurture', () => {
    const handoffs = run.decisions.filter((d) => d.handoff !== null);
    expect(handoffs.length).toBeGreaterThan(5);
    for (const decision of handoffs) {
      if (decision.handoff?.status === 'accepted') expect(decision.lifecycle.stageId).toBe('sql');
      if (decision.handoff?.status === 'rejected') {
        const reason = config.handoff?.rejectReasons.find((r) => r.code === decision.handoff?.reasonCode);
        expect(decision.lifecycle.stageId).toBe(reason?.recycleTo);
        expect(decision.nurture?.trackId).toBe(reason?.suggestTrack);
      }
    }
  });

  it('credits expected leads by pool weight, so they add up to the leads the pools routed', () => {
    const assigned = run.decisions.filter((d) => d.route?.outcome === 'assigned').length;
    const expectedTotal = run.reps.reduce((sum, rep) => sum + rep.expectedLeads, 0);
    expect(expectedTotal).toBeGreaterThan(assigned * 0.98);
    expect(run.reps.find((r) => r.ownerId === '11')?.expectedLeads).toBeGreaterThan(run.reps.find((r) => r.ownerId === '13')?.expectedLeads ?? Infinity);
  });

  it('hands each lead to the sink once, as its story ends, with the same decisions the collected run holds', () => {
    const handed: { decision: SerialisedDecision; index: number }[] = [];
    let announced = -1;
    const outcome = runLeadFlow(smallPortal(config, contacts), config, { seed: 3 }, { start: ({ leads }) => (announced = leads), decision: (decision, index) => handed.push({ decision, index }) });
    expect(announced).toBe(contacts.length);
    expect(outcome.leads).toBe(contacts.length);
    expect(handed.map((h) => h.index).sort((a, b) => a - b)).toEqual(contacts.map((_, i) => i));
    // Put back in arrival order, they are exactly the collected run's decisions.
    const byIndex: ContactDecision[] = [];
    for (const { decision, index } of handed) byIndex[index] = parsedDecision(decision);
    expect(byIndex).toEqual(run.decisions);
    // A lead whose touch comes later is written after leads that arrived after it and finished first.
    expect(handed.map((h) => h.index)).not.toEqual(contacts.map((_, i) => i));
  });

  it('writes out a lead with nothing left to happen at once, before an earlier lead still waiting for its touch', () => {
    const [waiting] = arrivingLeads(1, { start: MONDAY + 10 * HOUR });
    const [subscriber] = arrivingLeads(1, { start: MONDAY + 11 * HOUR, properties: () => ({ email: 'someone@gmail.com' }) });
    if (!waiting || !subscriber) throw new Error('no lead');
    const order: string[] = [];
    runLeadFlow(smallPortal(config, [waiting, { ...subscriber, id: 'sub', activities: [] }]), config, { seed: 3 }, { decision: ({ decision }) => order.push(decision.contactId) });
    expect(order).toEqual(['sub', waiting.id]);
  });
  it("flags a person's later record with the earlier one, and says so in the log when routing gave the two to different reps", () => {
    const [first, other, third] = arrivingLeads(3, { everyMinutes: 20 });
    if (!first || !other || !third) throw new Error('no leads');
    // The same person signs up again an hour later with their address typed in capitals.
    const again: typeof first = { ...third, id: '2000', properties: { ...third.properties, email: ` ${(first.properties['email'] ?? '').toUpperCase()}`, firstname: first.properties['firstname'] ?? '', lastname: first.properties['lastname'] ?? '' } };
    const result = simulateLeadFlow(smallPortal(config, [first, other, again]), config, { seed: 3 });
    const byId = new Map(result.decisions.map((d) => [d.contactId, d]));
    const earlier = byId.get(first.id);
    const later = byId.get('2000');
    expect(earlier?.dataQuality.duplicateOf).toBeUndefined();
    expect(byId.get(other.id)?.dataQuality.duplicateOf).toBeUndefined();
    const duplicate = later?.dataQuality.duplicateOf;
    expect(duplicate).toMatchObject({ contactId: first.id, name: `${first.properties['firstname']} Test`, reasons: [`same email ${first.properties['email']}`, `same name "lead0 test" at company0.example`] });
    expect(later?.dataQuality.flags).toContainEqual({ code: 'possible_duplicate', text: expect.stringContaining(`(record ${first.id}), who arrived earlier: same email ${first.properties['email']}`) });
    // Owners as routing left them when the later record arrived, 40 minutes after the first: their first routings
    // (a re-route, hours later, may move either since).
    const firstRouting = (decision: ContactDecision | undefined) => decision?.log.find((step) => step.kind === 'route')?.summary;
    expect(firstRouting(earlier)).toMatch(new RegExp(`^Routed to ${duplicate?.earlierOwner?.name} `));
    expect(firstRouting(later)).toMatch(new RegExp(`^Routed to ${duplicate?.owner?.name} `));
    expect(duplicate?.owner?.ownerId).not.toBe(duplicate?.earlierOwner?.ownerId);
    const warning = later?.log.find((step) => step.kind === 'data-quality' && step.summary.startsWith('Two reps for one person'));
    expect(warning?.summary).toBe(`Two reps for one person: this record went to ${duplicate?.owner?.name}, the earlier one (record ${first.id}) is with ${duplicate?.earlierOwner?.name}`);
  });

  it('says nothing of two reps when the later record goes to the rep who has the earlier one', () => {
    // The VIP rule names one owner for every @vip.example address, so both records go to that rep.
    const [first, second] = arrivingLeads(2, { properties: () => ({ email: 'kim@vip.example' }) });
    if (!first || !second) throw new Error('no leads');
    const again = { ...second, id: '2001', properties: { ...second.properties, email: 'KIM@vip.example' } };
    const result = simulateLeadFlow(smallPortal(config, [first, again]), config, { seed: 3 });
    const later = result.decisions.find((d) => d.contactId === '2001');
    const duplicate = later?.dataQuality.duplicateOf;
    expect(duplicate?.contactId).toBe(first.id);
    expect(duplicate?.earlierOwner?.ownerId).toBe(result.decisions.find((d) => d.contactId === first.id)?.route?.ownerId);
    expect(duplicate?.owner?.ownerId).toBe(duplicate?.earlierOwner?.ownerId ?? 'none');
    expect(later?.log.some((step) => step.summary.startsWith('Two reps for one person'))).toBe(false);
  });
});
