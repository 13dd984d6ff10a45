import { z } from 'zod';
import { OperationError } from '../operations/operation-error';
import { runFunction } from './function-runtime';

const schema = z.object({ contactId: z.string() });

describe('runFunction', () => {
  it('passes an operation’s own explanation to the card: code, what happened and what to do', async () => {
    const result = await runFunction({ parameters: { contactId: '1' } }, schema, async () => {
      throw new OperationError('ROUTING_STATE_TOO_LARGE', 'The routing state does not fit; nothing was written.', 'Run `leadops install`.');
    });
    expect(result).toEqual({ ok: false, error: { code: 'ROUTING_STATE_TOO_LARGE', message: 'The routing state does not fit; nothing was written.', fix: 'Run `leadops install`.' } });
  });

  it('keeps an unexplained error out of the card and says it was unexpected', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await runFunction({ parameters: { contactId: '1' } }, schema, async () => {
        throw new TypeError('x is undefined');
      });
      expect(result.ok ? '' : result.error.code).toBe('INTERNAL');
      expect(JSON.stringify(result)).not.toContain('x is undefined');
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
