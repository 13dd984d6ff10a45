import { DescriptionListItem, LoadingSpinner, Tag, Text, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { evaluateSla } from '@leadops/rules';
import { buildContact } from '../../../../rules/test-support/build-contact';
import { loadDefaultConfig } from '../../../../rules/test-support/default-config';
import { NEW_YORK_OFFICE } from '../../../../rules/test-support/routing-fixture';
import { cardDataFor, slaOwnerFor } from '../../../test-support/card-data-fixture';
import { SlaCountdownCard } from './SlaCountdownCard';

const config = loadDefaultConfig();
const contact = buildContact({ properties: { leadops_is_mql: 'true' } });
// Assigned Tuesday 24 Nov 2026 10:00 New York; looked at 10 minutes later: 20 of 30 working minutes left.
const ASSIGNED = Date.parse('2026-11-24T15:00:00Z');
const sla = evaluateSla({ contact, ownerId: '11', calendar: NEW_YORK_OFFICE, assignedAt: ASSIGNED, firstTouchAt: null }, config, ASSIGNED + 10 * 60_000);
const data = cardDataFor(contact, { sla, slaOwner: slaOwnerFor(NEW_YORK_OFFICE, ASSIGNED + 10 * 60_000) });

describe('SlaCountdownCard', () => {
  // The test renderer cannot unmount a card (render() makes a new root beside it), so each countdown a test
  // starts is stopped here; a running interval would keep Jest from exiting.
  const countdowns: ReturnType<typeof setInterval>[] = [];
  beforeEach(() => {
    const start = setInterval;
    jest.spyOn(global, 'setInterval').mockImplementation(((tick: () => void, ms?: number) => {
      const countdown = start(tick, ms);
      countdowns.push(countdown);
      return countdown;
    }) as typeof setInterval);
  });
  afterEach(() => {
    for (const countdown of countdowns.splice(0)) clearInterval(countdown);
    jest.restoreAllMocks();
  });

  it("shows the owner, the due time in the owner's and the viewer's zones, and counts down each minute", async () => {
    const serverless = jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...data });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<SlaCountdownCard contactId="101" userId="7" viewerTimeZone="Europe/London" tickMs={40} />);
    await waitFor(() => expect(find(Tag).text).toBe('On track'));
    expect(serverless).toHaveBeenCalledWith('card_data', { parameters: { contactId: '101', userId: '7' } });
    expect(findAll(Text)[0]?.text).toBe('20 min of working time left');
    expect(findAll(DescriptionListItem).map((d) => d.text)).toEqual(['Ana', 'MQL: first touch within 30 working minutes', 'Tue 24 Nov, 10:30 (America/New_York)', 'Tue 24 Nov, 15:30 (Europe/London)']);
    expect(findAll(Text).some((t) => t.text?.startsWith('Next: Task for the owner: 75% of the SLA time used'))).toBe(true);
    // Each tick takes a minute off (40 ms here); every fifth re-reads LeadOps, which says 20 again.
    await waitFor(() => expect(findAll(Text)[0]?.text).toMatch(/^1[6-9] min of working time left$/));
  });

  it("names the browser's zone for the viewer's due time when no zone is given (HubSpot only tells the portal's)", async () => {
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...data });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<SlaCountdownCard contactId="101" userId="7" tickMs={40} />);
    await waitFor(() => expect(find(Tag).text).toBe('On track'));
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const due = sla.dueAt as number;
    expect(findAll(DescriptionListItem)[3]?.text).toBe(`${new Intl.DateTimeFormat('en-GB', { timeZone: browserZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(due)} (${browserZone})`);
  });

  it('keeps counting down while it re-reads LeadOps every five minutes, instead of showing a spinner', async () => {
    const serverless = jest.spyOn(hubspot, 'serverless').mockResolvedValueOnce({ ok: true, ...data }).mockReturnValueOnce(new Promise(() => undefined));
    const { render, find, findAll, maybeFind, waitFor } = createRenderer('crm.record.sidebar');
    render(<SlaCountdownCard contactId="101" userId="7" tickMs={20} />);
    await waitFor(() => expect(find(Tag).text).toBe('On track'));
    // The re-read never answers here: the countdown must go on past the fifth tick.
    await waitFor(() => expect(findAll(Text)[0]?.text).toBe('14 min of working time left'));
    expect(serverless).toHaveBeenCalledTimes(2);
    expect(maybeFind(LoadingSpinner)).toBeNull();
  });

  it('says when no SLA runs because nobody owns the lead yet', async () => {
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(contact) });
    const { render, find, waitFor } = createRenderer('crm.record.sidebar');
    render(<SlaCountdownCard contactId="101" userId="7" />);
    await waitFor(() => expect(find(Text).text).toBe('No SLA is running: LeadOps has not routed this contact to an owner yet.'));
  });

  it.each([
    // Assigned 16:30 New York, due 17:00 as the office closes; looked at 19:00: past due by no working time at all.
    ['a breach due at closing time, looked at in the evening', Date.parse('2026-11-25T00:00:00Z'), 'Breached', 'Breached: the first touch is past due.'],
  ])('says what %s means instead of "0 min of working time left"', async (_, now, tag, line) => {
    const breached = evaluateSla({ contact, ownerId: '11', calendar: NEW_YORK_OFFICE, assignedAt: Date.parse('2026-11-24T21:30:00Z'), firstTouchAt: null }, config, now);
    expect([breached.status, Math.abs(breached.remainingWorkingMinutes)]).toEqual(['breached', 0]);
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(contact, { sla: breached, slaOwner: slaOwnerFor(NEW_YORK_OFFICE, now) }) });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<SlaCountdownCard contactId="101" userId="7" />);
    await waitFor(() => expect(find(Tag).text).toBe(tag));
    expect(findAll(Text)[0]?.text).toBe(line);
  });

  it('says that no policy applies, with no countdown, when the SLA has none', async () => {
    const none = { ...sla, status: 'no_policy' as const, policy: null, dueAt: null, remainingWorkingMinutes: 0, escalationsDue: [], nextEscalation: null };
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(contact, { sla: none, slaOwner: slaOwnerFor(NEW_YORK_OFFICE, ASSIGNED + 10 * 60_000) }) });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<SlaCountdownCard contactId="101" userId="7" />);
    await waitFor(() => expect(find(Tag).text).toBe('No SLA'));
    expect(findAll(Text)[0]?.text).toBe('No SLA policy applies to this contact: no first-touch deadline.');
  });

  it('turns the tag to Breached when the countdown runs past due while the card is open', async () => {
    const almost = { ...sla, status: 'at_risk' as const, remainingWorkingMinutes: 1 };
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(contact, { sla: almost, slaOwner: slaOwnerFor(NEW_YORK_OFFICE, ASSIGNED + 10 * 60_000) }) });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<SlaCountdownCard contactId="101" userId="7" tickMs={30} />);
    await waitFor(() => expect(find(Tag).text).toBe('Breached'));
    expect(findAll(Text)[0]?.text).toMatch(/^Breached: \d+ min past due$/);
  });

  it("counts nothing down outside the owner's working hours, and never calls an SLA due tomorrow breached", async () => {
    // Assigned 16:33 New York, 27 of 30 minutes used by closing time; looked at 19:00: due Wed 09:03.
    const evening = Date.parse('2026-11-25T00:00:00Z');
    const atRisk = evaluateSla({ contact, ownerId: '11', calendar: NEW_YORK_OFFICE, assignedAt: Date.parse('2026-11-24T21:33:00Z'), firstTouchAt: null }, config, evening);
    expect([atRisk.status, atRisk.remainingWorkingMinutes]).toEqual(['at_risk', 3]);
    const serverless = jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(contact, { sla: atRisk, slaOwner: slaOwnerFor(NEW_YORK_OFFICE, evening) }) });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<SlaCountdownCard contactId="101" userId="7" viewerTimeZone="America/New_York" tickMs={20} />);
    await waitFor(() => expect(find(Tag).text).toBe('At risk'));
    // Past a re-read (the fifth tick) and more: still 3 minutes left, paused until the office opens.
    await waitFor(() => expect(serverless.mock.calls.length).toBeGreaterThanOrEqual(2));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(find(Tag).text).toBe('At risk');
    expect(findAll(Text).map((t) => t.text)).toEqual(expect.arrayContaining(['3 min of working time left', "The clock is paused outside Ana's working hours; it runs again Wed 25 Nov, 09:00 (America/New_York)."]));
  });

  it('keeps the minutes past due growing while the owner works, re-reading LeadOps as it goes', async () => {
    const looked = ASSIGNED + 35 * 60_000;
    const late = evaluateSla({ contact, ownerId: '11', calendar: NEW_YORK_OFFICE, assignedAt: ASSIGNED, firstTouchAt: null }, config, looked);
    expect([late.status, late.remainingWorkingMinutes]).toEqual(['breached', -5]);
    const serverless = jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(contact, { sla: late, slaOwner: slaOwnerFor(NEW_YORK_OFFICE, looked) }) });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<SlaCountdownCard contactId="101" userId="7" tickMs={20} />);
    await waitFor(() => expect(find(Tag).text).toBe('Breached'));
    await waitFor(() => expect(findAll(Text)[0]?.text).toMatch(/^Breached: ([6-9]|10) min past due$/));
    await waitFor(() => expect(serverless.mock.calls.length).toBeGreaterThanOrEqual(2));
  });
});
