import { Alert, LoadingSpinner, Text, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { AppStatusCard } from './AppStatusCard';

describe('AppStatusCard', () => {
  afterEach(() => jest.restoreAllMocks());

  it('calls the app_status function through hubspot.serverless and shows the engine version', async () => {
    const serverless = jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, app: 'LeadOps', rulesEngineVersion: '9.9.9', accessTokenPresent: true });
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<AppStatusCard />);
    expect(find(LoadingSpinner)).toBeDefined();
    await waitFor(() => expect(find(Text).text).toBe('LeadOps is deployed (rules engine 9.9.9).'));
    expect(serverless).toHaveBeenCalledWith('app_status', { parameters: {} });
    expect(findAll(Alert)).toHaveLength(0);
  });

  it('warns when the functions run without an access token', async () => {
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, app: 'LeadOps', rulesEngineVersion: '1.0.0', accessTokenPresent: false });
    const { render, find, waitFor } = createRenderer('crm.record.sidebar');
    render(<AppStatusCard />);
    await waitFor(() => expect(find(Alert).props.title).toBe('No access token'));
  });

  it("shows the function's structured error with its fix", async () => {
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: false, error: { code: 'NOT_CONFIGURED', message: 'LeadOps has no configuration yet.', fix: 'Open the LeadOps settings page.' } });
    const { render, find, waitFor } = createRenderer('crm.record.sidebar');
    render(<AppStatusCard />);
    await waitFor(() => expect(find(Alert).props.variant).toBe('danger'));
    expect(find(Alert).text).toContain('LeadOps has no configuration yet.');
    expect(find(Alert).text).toContain('Open the LeadOps settings page.');
  });

  it('explains an unreachable function instead of crashing', async () => {
    jest.spyOn(hubspot, 'serverless').mockRejectedValue(new Error('timeout'));
    const { render, find, waitFor } = createRenderer('crm.record.sidebar');
    render(<AppStatusCard />);
    await waitFor(() => expect(find(Alert).text).toContain('LeadOps could not be reached: timeout'));
  });
});
