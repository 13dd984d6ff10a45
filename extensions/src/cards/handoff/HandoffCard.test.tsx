import { Alert, Button, Select, Text, TextArea, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { buildContact } from '../../../../rules/test-support/build-contact';
import { loadDefaultConfig } from '../../../../rules/test-support/default-config';
import { cardDataFor, changeValue } from '../../../test-support/card-data-fixture';
import { HandoffCard } from './HandoffCard';

const mql = () => cardDataFor(buildContact({ properties: { lifecyclestage: 'marketingqualifiedlead' } }));

describe('HandoffCard', () => {
  afterEach(() => jest.restoreAllMocks());

  it('accepts through handoff_answer with the record and user ids, then refreshes the record', async () => {
    const serverless = jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...mql() } : { ok: true, handoff: { status: 'accepted', stage: 'sql', nurtureSuggestion: null, reasons: ['Accepted: moves to Sales qualified lead'], noteId: '1' } }));
    const refreshed = jest.fn();
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<HandoffCard contactId="101" userId="7" onAnswered={refreshed} />);
    await waitFor(() => expect(findAll(Button)).toHaveLength(2));
    findAll(Button)[0]?.trigger('onClick');
    await waitFor(() => expect(find(Alert).props.title).toBe('Recorded'));
    expect(serverless).toHaveBeenCalledWith('handoff_answer', { parameters: { contactId: '101', userId: '7', answer: 'accept' } });
    expect(find(Alert).text).toBe('Accepted: moves to Sales qualified lead');
    expect(refreshed).toHaveBeenCalledTimes(1);
  });

  it('rejects only with a reason from the config, sending the comment', async () => {
    const serverless = jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...mql() } : { ok: true, handoff: { status: 'rejected', stage: 'lead', nurtureSuggestion: null, reasons: ['Rejected: Interested, but not this quarter. Back to Lead'], noteId: '2' } }));
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<HandoffCard contactId="101" userId="7" />);
    await waitFor(() => expect(findAll(Button)).toHaveLength(2));
    expect(find(Select).props.options.map((o) => o.value)).toEqual(['not_a_fit', 'bad_timing', 'no_response']);
    expect(findAll(Button)[1]?.props.disabled).toBe(true);
    changeValue(find(Select), 'bad_timing');
    changeValue(find(TextArea), '  Budget in Q3 ');
    await waitFor(() => expect(findAll(Button)[1]?.props.disabled).toBe(false));
    findAll(Button)[1]?.trigger('onClick');
    await waitFor(() => expect(find(Alert).props.title).toBe('Recorded'));
    expect(serverless).toHaveBeenCalledWith('handoff_answer', { parameters: { contactId: '101', userId: '7', answer: 'reject', reasonCode: 'bad_timing', comment: 'Budget in Q3' } });
  });

  it("shows the function's refusal with its fix", async () => {
    jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...mql() } : { ok: false, error: { code: 'NOT_RECEIVER', message: 'Only the rep who received this lead can accept or reject the handoff.', fix: 'Ask the contact owner to answer.' } }));
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<HandoffCard contactId="101" userId="8" />);
    await waitFor(() => expect(findAll(Button)).toHaveLength(2));
    findAll(Button)[0]?.trigger('onClick');
    await waitFor(() => expect(find(Alert).props.title).toBe('Not recorded'));
    expect(find(Alert).text).toBe('Only the rep who received this lead can accept or reject the handoff. Ask the contact owner to answer.');
  });

  it('answers once when Accept is clicked twice before the card re-renders', async () => {
    const later = <T,>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 20));
    const serverless = jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...mql() } : later({ ok: true, handoff: { status: 'accepted', stage: 'sql', nurtureSuggestion: null, reasons: ['Accepted'], noteId: '1' } })));
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<HandoffCard contactId="101" userId="7" />);
    await waitFor(() => expect(findAll(Button)).toHaveLength(2));
    const accept = findAll(Button)[0]?.props.onClick as () => void;
    accept();
    accept();
    await waitFor(() => expect(find(Alert).props.title).toBe('Recorded'));
    expect(serverless.mock.calls.filter(([name]) => name === 'handoff_answer')).toHaveLength(1);
  });

  it('shows an answer saved without its audit note as recorded, and refreshes the record', async () => {
    jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...mql() } : { ok: false, error: { code: 'NOTE_NOT_WRITTEN', message: 'The handoff is accepted and saved on the contact, but its audit note could not be written.', fix: 'Nothing to redo.' } }));
    const refreshed = jest.fn();
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<HandoffCard contactId="101" userId="7" onAnswered={refreshed} />);
    await waitFor(() => expect(findAll(Button)).toHaveLength(2));
    findAll(Button)[0]?.trigger('onClick');
    await waitFor(() => expect(find(Alert).props.title).toBe('Recorded, without its note'));
    expect(find(Alert).props.variant).toBe('warning');
    expect(refreshed).toHaveBeenCalledTimes(1);
  });

  it('re-reads the contact when someone else answered the handoff first, and shows their answer instead of the buttons', async () => {
    const accepted = cardDataFor(buildContact({ properties: { lifecyclestage: 'salesqualifiedlead' } }));
    let answeredElsewhere = false;
    const serverless = jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => {
      if (name === 'card_data') return answeredElsewhere ? { ok: true, ...accepted, handoff: { ...accepted.handoff, status: 'accepted' } } : { ok: true, ...mql() };
      answeredElsewhere = true;
      return { ok: false, error: { code: 'NOT_IN_HANDOFF', message: 'This contact is "salesqualifiedlead", not "Marketing qualified lead": there is no handoff to answer.', fix: 'Someone may have answered it already: check the contact\'s stage as it is now.' } };
    });
    const refreshed = jest.fn();
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<HandoffCard contactId="101" userId="7" onAnswered={refreshed} />);
    await waitFor(() => expect(findAll(Button)).toHaveLength(2));
    findAll(Button)[0]?.trigger('onClick');
    await waitFor(() => expect(findAll(Button)).toHaveLength(0));
    expect(find(Alert).props.title).toBe('Nothing to answer any more');
    expect(find(Alert).props.variant).toBe('warning');
    expect(findAll(Text).map((t) => t.text)).toContain('Last answer: Accepted');
    expect(serverless.mock.calls.filter(([name]) => name === 'card_data')).toHaveLength(2);
    expect(refreshed).toHaveBeenCalledTimes(1);
  });

  it('shows the recorded answer with its reason as the config names it, and no buttons, once nothing is left to answer', async () => {
    const badTiming = loadDefaultConfig().handoff?.rejectReasons.find((r) => r.code === 'bad_timing')?.label;
    const recycled = cardDataFor(buildContact({ properties: { lifecyclestage: 'lead' } }));
    jest.spyOn(hubspot, 'serverless').mockResolvedValue({ ok: true, ...recycled, handoff: { ...recycled.handoff, status: 'rejected', reason: 'bad_timing' } });
    const { render, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<HandoffCard contactId="101" userId="7" />);
    await waitFor(() => expect(findAll(Text).map((t) => t.text)).toEqual(['No handoff to answer: the contact is at Lead.', `Last answer: Rejected: ${badTiming}`]));
    expect(findAll(Button)).toHaveLength(0);
  });

  it('asks for the rejection again when one stopped half-way, leaving the contact without a stage', async () => {
    const cleared = cardDataFor(buildContact({ properties: { lifecyclestage: '' } }));
    const serverless = jest.spyOn(hubspot, 'serverless').mockImplementation(async (name) => (name === 'card_data' ? { ok: true, ...cleared, handoff: { ...cleared.handoff, state: 'interrupted', status: 'rejected', reason: 'bad_timing' } } : { ok: true, handoff: { reasons: ['Rejected: Bad timing'] } }));
    const { render, find, findAll, waitFor } = createRenderer('crm.record.sidebar');
    render(<HandoffCard contactId="101" userId="7" />);
    await waitFor(() => expect(findAll(Button).map((b) => b.text)).toEqual(['Reject']));
    expect(findAll(Text)[0]?.text).toMatch(/^The rejection \(.+\) stopped half-way: the contact has no lifecycle stage\. Reject again with the same reason to finish it\.$/);
    // Only the recorded reason can finish it: the choice is fixed, and Reject sends it.
    expect(find(Select).props).toMatchObject({ value: 'bad_timing', readOnly: true });
    find(Button).trigger('onClick');
    await waitFor(() => expect(serverless).toHaveBeenCalledWith('handoff_answer', { parameters: { contactId: '101', userId: '7', answer: 'reject', reasonCode: 'bad_timing' } }));
  });
});
