import { Button, Select, Text, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { cardDataFor, changeValue } from '../../../test-support/card-data-fixture';
import { NurtureCard } from './NurtureCard';

const tracks = [
  { id: 'education', label: 'Education series', description: 'Six emails over six weeks.' },
  { id: 'long-nurture', label: 'Quarterly check-in', description: 'A newsletter each quarter.' },
];

describe('NurtureCard', () => {
  afterEach(() => jest.restoreAllMocks());

  it('enrolls in the chosen track through enroll_nurture, confirms with a HubSpot alert and refreshes the record', async () => {
    const serverless = jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...cardDataFor(undefined, { nurture: { current: null, tracks } }) } : { ok: true, enrollment: { trackId: 'long-nurture', via: 'list', text: 'Added to the "Quarterly check-in" list', noteId: '5' } }));
    const alerts: unknown[] = [];
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    const refreshed = jest.fn();
    render(<NurtureCard contactId="101" userId="7" addAlert={(alert) => alerts.push(alert)} onEnrolled={refreshed} />);
    await waitFor(() => expect(find(Select).props.options).toHaveLength(2));
    expect(findAll(Text)[0]?.text).toBe('Not in a nurture track.');
    expect(find(Button).props.disabled).toBe(true);
    changeValue(find(Select), 'long-nurture');
    await waitFor(() => expect(find(Button).props.disabled).toBe(false));
    find(Button).trigger('onClick');
    await waitFor(() => expect(alerts).toHaveLength(1));
    expect(serverless).toHaveBeenCalledWith('enroll_nurture', { parameters: { contactId: '101', userId: '7', trackId: 'long-nurture' } });
    expect(alerts[0]).toEqual({ type: 'success', title: 'Enrolled', message: 'Added to the "Quarterly check-in" list' });
    expect(refreshed).toHaveBeenCalledTimes(1);
  });

  it('says a contact is still enrolled in a track the settings no longer have', async () => {
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(undefined, { nurture: { current: 'webinar-2025', tracks } }) });
    const { render, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<NurtureCard contactId="101" userId="7" />);
    await waitFor(() => expect(findAll(Text)[0]?.text).toBe('Enrolled in "webinar-2025", a track the settings no longer have. Enroll in another to move the contact.'));
  });

  it('shows the current enrollment, and errors as an alert with the fix', async () => {
    jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...cardDataFor(undefined, { nurture: { current: 'education', tracks } }) } : { ok: false, error: { code: 'NOT_FOUND', message: 'The sequence does not exist.', fix: 'Pick another track.' } }));
    const alerts: unknown[] = [];
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<NurtureCard contactId="101" userId="7" addAlert={(alert) => alerts.push(alert)} />);
    await waitFor(() => expect(findAll(Text)[0]?.text).toBe('Enrolled in: Education series'));
    changeValue(find(Select), 'education');
    await waitFor(() => expect(find(Button).props.disabled).toBe(false));
    find(Button).trigger('onClick');
    await waitFor(() => expect(alerts).toEqual([{ type: 'danger', title: 'Not enrolled', message: 'The sequence does not exist. Pick another track.' }]));
  });

  it.each([
    ['NOTE_NOT_WRITTEN', 'Enrolled, without its note'],
    ['ENROLLED_NOT_RECORDED', 'Enrolled, not recorded on the contact'],
  ])('treats %s as an enrollment: a warning, the choice cleared so it is not sent twice, the record refreshed', async (code, title) => {
    let enrolled = false;
    jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => {
      if (name === 'card_data') return { ok: true, ...cardDataFor(undefined, { nurture: { current: enrolled && code === 'NOTE_NOT_WRITTEN' ? 'education' : null, tracks } }) };
      enrolled = true;
      return { ok: false, error: { code, message: 'Added to the "Education series" list, but something after it failed.', fix: 'Do not enroll again.' } };
    });
    const alerts: unknown[] = [];
    const onEnrolled = jest.fn();
    const { render, find, waitFor } = createRenderer('crm.record.sidebar');
    render(<NurtureCard contactId="101" userId="7" addAlert={(alert) => alerts.push(alert)} onEnrolled={onEnrolled} />);
    await waitFor(() => expect(find(Select).props.options).toHaveLength(2));
    changeValue(find(Select), 'education');
    await waitFor(() => expect(find(Button).props.disabled).toBe(false));
    find(Button).trigger('onClick');
    await waitFor(() => expect(alerts).toEqual([{ type: 'warning', title, message: 'Added to the "Education series" list, but something after it failed. Do not enroll again.' }]));
    await waitFor(() => expect(find(Button).props.disabled).toBe(true));
    expect(find(Select).props.value).toBe('');
    expect(onEnrolled).toHaveBeenCalledTimes(1);
  });

  it('says when no tracks are configured', async () => {
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...cardDataFor(undefined, { nurture: { current: null, tracks: [] } }) });
    const { render, find, waitFor } = createRenderer('crm.record.sidebar');
    render(<NurtureCard contactId="101" userId="7" />);
    await waitFor(() => expect(find(Text).text).toBe('No nurture tracks are configured. An admin adds them on the LeadOps settings page.'));
  });

  it('enrolls once when Enroll is clicked twice before the card re-renders', async () => {
    const later = <T,>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 20));
    const serverless = jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...cardDataFor(undefined, { nurture: { current: null, tracks } }) } : later({ ok: true, enrollment: { trackId: 'education', via: 'list', text: 'Added', noteId: '5' } })));
    const alerts: unknown[] = [];
    const { render, find, waitFor } = createRenderer('crm.record.sidebar');
    const refreshed = jest.fn();
    render(<NurtureCard contactId="101" userId="7" addAlert={(alert) => alerts.push(alert)} onEnrolled={refreshed} />);
    await waitFor(() => expect(find(Select).props.options).toHaveLength(2));
    changeValue(find(Select), 'education');
    await waitFor(() => expect(find(Button).props.disabled).toBe(false));
    const enroll = find(Button).props.onClick as () => void;
    enroll();
    enroll();
    await waitFor(() => expect(alerts).toHaveLength(1));
    expect(serverless.mock.calls.filter(([name]) => name === 'enroll_nurture')).toHaveLength(1);
  });
});
