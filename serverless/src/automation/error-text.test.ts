import { FunctionFailure } from '../functions/function-runtime';
import { HubSpotError } from '../hubspot/hubspot-error';
import { OperationError } from '../operations/operation-error';
import { errorText } from './error-text';

describe('errorText', () => {
  it('keeps the fix of every kind of LeadOps error next to what happened', () => {
    expect(errorText(new FunctionFailure({ code: 'NOT_CONFIGURED', message: 'LeadOps has no configuration yet.', fix: 'Open the LeadOps settings page and save one.' }))).toBe('LeadOps has no configuration yet. Open the LeadOps settings page and save one.');
    expect(errorText(new HubSpotError('NOT_FOUND', 'HubSpot answered 404 to contacts.get.', 'The record does not exist (or was deleted): check the id.'))).toBe('HubSpot answered 404 to contacts.get. The record does not exist (or was deleted): check the id.');
    expect(errorText(new OperationError('NO_OWNER', 'Nobody can take the lead.', 'Add a rep to the pool.'))).toBe('Nobody can take the lead. Add a rep to the pool.');
    expect(errorText(new Error('plain'))).toBe('plain');
  });

  it('shortens what happened, never the fix, to fit a workflow output', () => {
    const text = errorText(new FunctionFailure({ code: 'X', message: 'x'.repeat(600), fix: 'Do this next.' }));
    expect(text).toHaveLength(500);
    expect(text.endsWith('… Do this next.')).toBe(true);
  });
});
