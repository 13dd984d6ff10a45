import { OpenApiExchangeValidator } from '../../../test/support/openapi-exchange-validator';
import { describeWithSpecs } from '../../../test/support/shared-reference';
import { EXECUTION_STATES, blockedUntilCallback, callbackCompletion, failedAndContinue, succeeded } from './workflow-action-response';

describe('workflow-action answers', () => {
  it('succeeded sends the outputs with hs_execution_state SUCCESS', () => {
    expect(succeeded({ leadops_owner_id: '118', leadops_reason: 'round robin: Ana had the largest shortfall' })).toEqual({
      outputFields: { leadops_owner_id: '118', leadops_reason: 'round robin: Ana had the largest shortfall', hs_execution_state: 'SUCCESS' },
    });
    expect(succeeded()).toEqual({ outputFields: { hs_execution_state: 'SUCCESS' } });
  });

  it('failedAndContinue sends FAIL_CONTINUE with any outputs', () => {
    expect(failedAndContinue({ leadops_error: 'no eligible owner' })).toEqual({ outputFields: { leadops_error: 'no eligible owner', hs_execution_state: 'FAIL_CONTINUE' } });
  });

  it('blockedUntilCallback sends BLOCK, with hs_expiration_duration only when given', () => {
    expect(blockedUntilCallback()).toEqual({ outputFields: { hs_execution_state: 'BLOCK' } });
    expect(blockedUntilCallback({ expiresIn: 'PT2H' })).toEqual({ outputFields: { hs_execution_state: 'BLOCK', hs_expiration_duration: 'PT2H' } });
    for (const expiresIn of ['P1D', 'P2W', 'P1DT12H', 'PT30M', 'PT0.5S']) expect(blockedUntilCallback({ expiresIn }).outputFields.hs_expiration_duration).toBe(expiresIn);
  });

  it('refuses an expiration that is not an ISO-8601 duration', () => {
    for (const expiresIn of ['2h', 'P', 'PT', 'P1DT', '7200', 'p1d', 'PT1H2']) {
      expect(() => blockedUntilCallback({ expiresIn })).toThrow(new TypeError(`blockedUntilCallback: expiresIn must be an ISO-8601 duration such as PT2H or P1D; got "${expiresIn}".`));
    }
  });

  it('refuses outputs that would set the execution state, so a caller cannot answer SUCCESS by accident', () => {
    expect(() => failedAndContinue({ hs_execution_state: 'SUCCESS' })).toThrow(/may not set hs_execution_state/);
    expect(() => succeeded({ hs_expiration_duration: 'P1D' })).toThrow(/may not set hs_expiration_duration/);
    expect(() => callbackCompletion('SUCCESS', { hs_execution_state: 'BLOCK' })).toThrow(TypeError);
  });

  it('does not share or mutate the outputs it was given', () => {
    const outputs = { leadops_owner_id: '118' };
    const answer = succeeded(outputs);
    expect(outputs).toEqual({ leadops_owner_id: '118' });
    expect(answer.outputFields).not.toBe(outputs);
  });

  it('names exactly the three execution states LeadOps answers with', () => {
    expect(EXECUTION_STATES).toEqual(['SUCCESS', 'FAIL_CONTINUE', 'BLOCK']);
  });
});

describe('callbackCompletion', () => {
  it('always carries both outputFields and typedOutputs, typedOutputs empty by default', () => {
    expect(callbackCompletion('SUCCESS', { leadops_owner_id: '118' })).toEqual({ outputFields: { leadops_owner_id: '118', hs_execution_state: 'SUCCESS' }, typedOutputs: {} });
    expect(callbackCompletion('FAIL_CONTINUE')).toEqual({ outputFields: { hs_execution_state: 'FAIL_CONTINUE' }, typedOutputs: {} });
    expect(callbackCompletion('SUCCESS', {}, { leadops_score: 42, leadops_is_mql: true })).toEqual({ outputFields: { hs_execution_state: 'SUCCESS' }, typedOutputs: { leadops_score: 42, leadops_is_mql: true } });
  });
});

describeWithSpecs("callbackCompletion against HubSpot's OpenAPI document (2026-09 actionsV4.json)", () => {
  const validator = new OpenApiExchangeValidator();
  const exchange = (requestBody: unknown) => ({
    at: 0,
    method: 'POST',
    path: '/automation/actions/callbacks/2026-09/ap-42-614-1-0/complete',
    query: {},
    requestHeaders: {},
    requestBody,
    status: 204,
    responseBody: undefined,
    write: true,
  });

  it('is a valid CallbackCompletionRequest, with and without typed outputs', async () => {
    await expect(validator.problems(exchange(callbackCompletion('SUCCESS', { leadops_owner_id: '118' })))).resolves.toEqual([]);
    await expect(validator.problems(exchange(callbackCompletion('FAIL_CONTINUE', {}, { leadops_score: 42 })))).resolves.toEqual([]);
  });

  it('would be refused without typedOutputs, which is why the builder always sets it', async () => {
    await expect(validator.problems(exchange({ outputFields: { hs_execution_state: 'SUCCESS' } }))).resolves.toEqual([expect.stringContaining('request') as unknown]);
  });
});
