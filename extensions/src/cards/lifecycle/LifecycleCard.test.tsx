import { Heading, Tag, Text, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { buildContact } from '../../../../rules/test-support/build-contact';
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
});
