import { Heading, LoadingSpinner, Tag, Text, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { buildContact, daysAgo, pageView } from '../../../../rules/test-support/build-contact';
import { cardDataFor } from '../../../test-support/card-data-fixture';
import { LifecycleCard } from './LifecycleCard';

describe('LifecycleCard', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows the stage tracker, the current definition and what the next stage still misses', async () => {
    const serverless = jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(buildContact()) });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<LifecycleCard contactId="101" userId="7" />);
    await waitFor(() => expect(findAll(Tag)).toHaveLength(8));
    expect(serverless).toHaveBeenCalledWith('card_data', { parameters: { contactId: '101', userId: '7' } });
    expect(findAll(Tag).map((t) => [t.text, t.props.variant]).slice(0, 3)).toEqual([['Subscriber', 'default'], ['Lead', 'success'], ['Marketing qualified lead', 'warning']]);
    expect(findAll(Heading).map((h) => h.text)).toEqual(['Lead', 'Next: Marketing qualified lead']);
    expect(findAll(Text).map((t) => t.text)).toContain('✗ Missing: Meets the MQL definition (score and fit)');
    expect(find(Text).text).toMatch(/told us who they are/);
  });

  it('says where LeadOps moves a contact that qualifies for a later stage', async () => {
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor() });
    const { render, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<LifecycleCard contactId="101" userId="7" />);
    await waitFor(() => expect(findAll(Text).map((t) => t.text)).toContain('LeadOps moves it to Marketing qualified lead.'));
  });

  it('names a custom HubSpot stage LeadOps does not manage, and promises no move and no next stage', async () => {
    const data = cardDataFor(buildContact({ properties: { lifecyclestage: '1029384' }, activities: [pageView('/pricing', daysAgo(1)), pageView('/pricing', daysAgo(2))] }));
    expect(data.lifecycle.transition).toBeNull();
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...data });
    const { render, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<LifecycleCard contactId="101" userId="7" />);
    await waitFor(() => expect(findAll(Heading).map((h) => h.text)).toEqual(['A stage LeadOps does not manage']));
    const texts = findAll(Text).map((t) => t.text);
    expect(texts).toContain('Stays "1029384": that HubSpot stage is not in the config\'s lifecycle.stages, so LeadOps does not move it; add it there to manage it.');
    expect(texts.some((t) => t?.startsWith('LeadOps moves it to'))).toBe(false);
    expect(findAll(Tag).every((t) => t.props.variant === 'default')).toBe(true);
  });

  it('re-reads when the record changes elsewhere (a handoff accepted on another card), keeping the stage shown meanwhile', async () => {
    const accepted = buildContact({ properties: { lifecyclestage: 'salesqualifiedlead' }, activities: [pageView('/pricing', daysAgo(1)), pageView('/pricing', daysAgo(2))] });
    let answer: (value: unknown) => void = () => undefined;
    const serverless = jest.spyOn(hubspot, 'serverless')
      .mockResolvedValueOnce({ ok: true, ...cardDataFor(buildContact()) })
      .mockReturnValueOnce(new Promise((resolve) => { answer = resolve; }));
    let recordChanged: () => void = () => undefined;
    const { render, findAll, maybeFind, waitFor } = createRenderer('crm.record.sidebar');
    render(<LifecycleCard contactId="101" userId="7" watchRecord={(onChange) => { recordChanged = onChange; }} />);
    await waitFor(() => expect(findAll(Heading)[0]?.text).toBe('Lead'));
    recordChanged();
    // A quiet re-read renders nothing new until it answers, so there is no render for waitFor to wait on.
    await new Promise((resolve) => setImmediate(resolve));
    expect(serverless).toHaveBeenCalledTimes(2);
    expect([maybeFind(LoadingSpinner), findAll(Heading)[0]?.text]).toEqual([null, 'Lead']);
    answer({ ok: true, ...cardDataFor(accepted) });
    await waitFor(() => expect(findAll(Heading)[0]?.text).toBe('Sales qualified lead'));
  });
});
