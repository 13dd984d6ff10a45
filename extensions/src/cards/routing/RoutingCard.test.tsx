import { Alert, Button, DescriptionListItem, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { cardDataFor } from '../../../test-support/card-data-fixture';
import { RoutingCard } from './RoutingCard';

const routed = () => cardDataFor(undefined, { routing: { rule: 'EMEA', routedAt: '2026-11-24T09:00:00.000Z' } });

describe('RoutingCard', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows the rule, and re-routes through route_contact with reroute: true', async () => {
    const serverless = jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...routed() } : { ok: true, result: { outcome: 'assigned', decision: { explanation: 'Rule "EMEA" matched. Assigned to Eli (next in turn after 21).' } } }));
    const onRouted = jest.fn();
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<RoutingCard contactId="101" userId="7" onRouted={onRouted} viewerTimeZone="Europe/Berlin" />);
    await waitFor(() => expect(findAll(DescriptionListItem).map((d) => d.text)).toEqual(['Nobody yet', 'EMEA', '24 Nov 2026, 10:00 (Europe/Berlin)']));
    find(Button).trigger('onClick');
    await waitFor(() => expect(find(Alert).text).toBe('Rule "EMEA" matched. Assigned to Eli (next in turn after 21).'));
    expect(serverless).toHaveBeenCalledWith('route_contact', { parameters: { contactId: '101', userId: '7', reroute: true } });
    expect(onRouted).toHaveBeenCalled();
  });

  it("names the owner as the config's routing reps do, and falls back to the owner id for others", async () => {
    const owned = (ownerName: string | null) => cardDataFor(undefined, { contact: { id: '101', email: 'dana.lee@northwind.example', name: 'Dana Lee', ownerId: '22', ownerName, companyIds: [] }, routing: { rule: 'EMEA', routedAt: '2026-11-24T09:00:00.000Z' } });
    for (const [ownerName, shown] of [['Eli', 'Eli'], [null, 'Owner 22']] as const) {
      jest.spyOn(hubspot, 'serverless').mockImplementation(async () => ({ ok: true, ...owned(ownerName) }));
      const { render, findAll, waitFor } = createRenderer('crm.record.sidebar');
      render(<RoutingCard contactId="101" userId="7" />);
      await waitFor(() => expect(findAll(DescriptionListItem)[0]?.text).toBe(shown));
      jest.restoreAllMocks();
    }
  });

  it('shows a refusal for users who may not re-route', async () => {
    jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...routed() } : { ok: false, error: { code: 'FORBIDDEN', message: 'Only super admins or users with a re-route role may re-route.', fix: 'Ask an admin.' } }));
    const { render, find, waitFor } = createRenderer('crm.record.sidebar');
    render(<RoutingCard contactId="101" userId="8" />);
    await waitFor(() => expect(find(Button)).toBeDefined());
    find(Button).trigger('onClick');
    await waitFor(() => expect(find(Alert).props.title).toBe('Not re-routed'));
    expect(find(Alert).text).toBe('Only super admins or users with a re-route role may re-route. Ask an admin.');
  });

  it('shows a re-route whose note failed as done: the new owner, a warning, and the record refreshed', async () => {
    let moved = false;
    jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => {
      if (name === 'card_data') return { ok: true, ...cardDataFor(undefined, { contact: { id: '101', email: 'dana.lee@northwind.example', name: 'Dana Lee', ownerId: moved ? '22' : '21', ownerName: moved ? 'Eli' : 'Bo', companyIds: [] }, routing: { rule: 'EMEA', routedAt: '2026-11-24T09:00:00.000Z' } }) };
      moved = true;
      return { ok: false, error: { code: 'NOTE_NOT_WRITTEN', message: 'The contact is routed to Eli and saved, but the audit note with the reasons could not be written (HubSpot 502).', fix: 'Do not route again (it would move the lead); the reasons are on the Routing card.' } };
    });
    const onRouted = jest.fn();
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<RoutingCard contactId="101" userId="7" onRouted={onRouted} />);
    await waitFor(() => expect(findAll(DescriptionListItem)[0]?.text).toBe('Bo'));
    find(Button).trigger('onClick');
    await waitFor(() => expect(findAll(DescriptionListItem)[0]?.text).toBe('Eli'));
    expect(find(Alert).props).toMatchObject({ title: 'Re-routed, without its note', variant: 'warning' });
    expect(onRouted).toHaveBeenCalledTimes(1);
  });

  it('re-routes once when Re-route is clicked twice before the card re-renders', async () => {
    const later = <T,>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 20));
    const serverless = jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...routed() } : later({ ok: true, result: { outcome: 'assigned', decision: { explanation: 'Assigned to Eli.' } } })));
    const { render, find, waitFor } = createRenderer('crm.record.sidebar');
    render(<RoutingCard contactId="101" userId="7" />);
    await waitFor(() => expect(find(Button).props.disabled).toBe(false));
    const reroute = find(Button).props.onClick as () => void;
    reroute();
    reroute();
    await waitFor(() => expect(find(Alert).text).toBe('Assigned to Eli.'));
    expect(serverless.mock.calls.filter(([name]) => name === 'route_contact')).toHaveLength(1);
  });

  it("shows a routing time LeadOps wrote as epoch milliseconds as a date in the rep's zone, not as digits", async () => {
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(undefined, { routing: { rule: 'EMEA', routedAt: String(Date.parse('2026-11-24T09:00:00Z')) } }) });
    const { render, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<RoutingCard contactId="101" userId="7" viewerTimeZone="America/New_York" />);
    await waitFor(() => expect(findAll(DescriptionListItem).map((d) => d.text)).toEqual(['Nobody yet', 'EMEA', '24 Nov 2026, 04:00 (America/New_York)']));
  });
});
