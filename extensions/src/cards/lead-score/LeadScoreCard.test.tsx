import { Button, EmptyState, ErrorState, LineChart, LoadingSpinner, StatisticsItem, Tag, Text, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { buildContact } from '../../../../rules/test-support/build-contact';
import { cardDataFor } from '../../../test-support/card-data-fixture';
import { LeadScoreCard } from './LeadScoreCard';

function texts(findAll: ReturnType<typeof createRenderer>['findAll']): string[] {
  return findAll(Text).map((t) => t.text ?? '');
}

describe('LeadScoreCard', () => {
  afterEach(() => jest.restoreAllMocks());

  it('asks card_data for the contact and the viewing user, and shows the score with every reason', async () => {
    const data = cardDataFor();
    const serverless = jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...data });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.tab');
    render(<LeadScoreCard contactId="101" userId="7" />);
    expect(find(LoadingSpinner)).toBeDefined();
    await waitFor(() => expect(findAll(StatisticsItem)).toHaveLength(3));
    expect(serverless).toHaveBeenCalledWith('card_data', { parameters: { contactId: '101', userId: '7' } });
    expect(findAll(StatisticsItem).map((s) => [s.props.label, s.props.number])).toEqual([['Score', String(data.score.total)], ['Fit', '50'], ['Engagement', String(data.score.engagement)]]);
    expect(find(Tag).text).toBe('MQL');
    expect(texts(findAll)).toEqual(expect.arrayContaining(['+20 fit: VP title', data.score.mql.reason.text]));
    expect(texts(findAll).some((t) => /^Falls below the MQL threshold \(60\) on \d{4}-\d{2}-\d{2}/.test(t))).toBe(true);
    expect(find(LineChart).props.data).toHaveLength(1 + data.score.projection.length);
  });

  it("dates the chart's points in the rep's time zone, not in UTC", async () => {
    const data = cardDataFor();
    // 01:00 UTC on the 25th is still the 24th in Los Angeles, and already the 25th in Tokyo.
    const scoredAt = Date.parse('2026-11-25T01:00:00Z');
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...data, score: { ...data.score, scoredAt, projection: [{ at: scoredAt + 7 * 86_400_000, total: 40 }] } });
    for (const [zone, dates] of [['America/Los_Angeles', ['2026-11-24', '2026-12-01']], ['Asia/Tokyo', ['2026-11-25', '2026-12-02']]] as const) {
      const { render, find, waitFor } = createRenderer('crm.record.tab');
      render(<LeadScoreCard contactId="101" userId="7" viewerTimeZone={zone} />);
      await waitFor(() => expect(find(LineChart)).toBeDefined());
      expect((find(LineChart).props.data as { date: string }[]).map((point) => point.date)).toEqual(dates);
    }
  });

  it('says when no rule applies and draws no chart for a score that cannot change', async () => {
    const data = cardDataFor(buildContact({ properties: { leadops_seniority: '', leadops_job_function: '', numemployees: '', country: '' } }));
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...data });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.tab');
    render(<LeadScoreCard contactId="101" userId="7" />);
    await waitFor(() => expect(find(Tag).text).toBe('Not an MQL'));
    expect(texts(findAll)).toEqual(expect.arrayContaining(['No scoring rule applies to this contact yet.', 'The score holds steady: none of its points decay.']));
    expect(findAll(LineChart)).toHaveLength(0);
  });

  it('explains that LeadOps is not configured yet, with the fix', async () => {
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: false, error: { code: 'NOT_CONFIGURED', message: 'LeadOps has no configuration yet.', fix: 'Open the LeadOps settings page and save a configuration.' } });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.tab');
    render(<LeadScoreCard contactId="101" userId="7" />);
    await waitFor(() => expect(find(EmptyState).props.title).toBe('LeadOps is not configured yet'));
    expect(texts(findAll)).toEqual(['LeadOps has no configuration yet.', 'Open the LeadOps settings page and save a configuration.']);
  });

  it('shows an error with its fix and retries through card_data when asked', async () => {
    const serverless = jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: false, error: { code: 'RATE_LIMITED', message: 'HubSpot answered 429 to contacts.get.', fix: 'Try again in a minute.' } });
    const { render, find, waitFor } = createRenderer('crm.record.tab');
    render(<LeadScoreCard contactId="101" userId="7" />);
    await waitFor(() => expect(find(ErrorState).props.title).toBe('LeadOps could not load this contact'));
    serverless.mockResolvedValue({ ok: true, ...cardDataFor() });
    find(Button).trigger('onClick');
    await waitFor(() => expect(find(Tag).text).toBe('MQL'));
    expect(serverless).toHaveBeenCalledTimes(2);
    expect(serverless).toHaveBeenLastCalledWith('card_data', { parameters: { contactId: '101', userId: '7' } });
  });
});
