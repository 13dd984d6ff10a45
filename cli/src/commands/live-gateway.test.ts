import { HubSpotError, OperationError } from '@leadops/serverless';
import { CommandError } from './command-error';
import { EXIT } from './exit-codes';
import { asCommandError } from './live-gateway';

describe('asCommandError: what a live command exits with', () => {
  it('turns an operation that explains its failure into exit 1 with its words, not a crash with a stack', () => {
    const converted = asCommandError(new OperationError('PROPERTY_TYPE_CONFLICT', 'Nothing was installed: leadops_score is of type enumeration.', 'Rename or delete it, then run install again.'));
    expect(converted).toBeInstanceOf(CommandError);
    expect(converted).toMatchObject({ exitCode: EXIT.problems, message: 'Nothing was installed: leadops_score is of type enumeration. Rename or delete it, then run install again.' });
  });

  it("turns HubSpot's refusal into exit 3 with HubSpot's fix", () => {
    const converted = asCommandError(new HubSpotError('FORBIDDEN', 'The token lacks crm.schemas.contacts.write.', 'Add the scope to the app and reinstall it.'));
    expect(converted).toMatchObject({ exitCode: EXIT.hubspot, message: 'HubSpot: The token lacks crm.schemas.contacts.write. Add the scope to the app and reinstall it.' });
  });

  it('turns a record HubSpot does not have (`leadops route 999999`) into exit 1: the id is wrong, and a retry would not help', () => {
    const converted = asCommandError(new HubSpotError('NOT_FOUND', 'HubSpot answered 404 to contacts.get: resource not found.', 'The record does not exist (or was deleted): check the id.', { status: 404 }));
    expect(converted).toMatchObject({ exitCode: EXIT.problems, message: 'HubSpot: HubSpot answered 404 to contacts.get: resource not found. The record does not exist (or was deleted): check the id.' });
  });

  it('leaves any other error as it is, to be reported as unexpected', () => {
    const bug = new TypeError('x is undefined');
    expect(asCommandError(bug)).toBe(bug);
  });
});
