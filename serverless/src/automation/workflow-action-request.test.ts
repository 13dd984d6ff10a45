import { parseWorkflowActionRequest } from './workflow-action-request';

/** The execution HubSpot's custom workflow action reference shows as a function's input. */
const documentedExample = {
  callbackId: 'ap-102670506-56777914962-11-0',
  origin: { portalId: 102670506, actionDefinitionId: 10860211, actionDefinitionVersion: 1, extensionDefinitionId: 10860211, extensionDefinitionVersionId: 1 },
  context: { source: 'WORKFLOWS', workflowId: 192814114 },
  object: { objectId: 614, objectType: 'CONTACT' },
  inputFields: { widgetOwner: '10887165', widgetName: 'My Widget Name' },
};

function body(value: unknown): string {
  return JSON.stringify(value);
}

function withChange(change: (copy: Record<string, unknown>) => void): string {
  const copy = structuredClone(documentedExample) as unknown as Record<string, unknown>;
  change(copy);
  return body(copy);
}

describe('parseWorkflowActionRequest', () => {
  it("parses HubSpot's documented example, with ids as strings", () => {
    const result = parseWorkflowActionRequest(body(documentedExample));
    expect(result).toEqual({
      ok: true,
      request: {
        callbackId: 'ap-102670506-56777914962-11-0',
        origin: { portalId: '102670506', actionDefinitionId: '10860211', actionDefinitionVersion: 1, extensionDefinitionId: 10860211, extensionDefinitionVersionId: 1 },
        context: { source: 'WORKFLOWS', workflowId: '192814114' },
        object: { objectId: '614', objectType: 'CONTACT' },
        inputFields: { widgetOwner: '10887165', widgetName: 'My Widget Name' },
      },
    });
  });

  it('reads the raw body from a Buffer, including non-ASCII input values', () => {
    const raw = Buffer.from(withChange((copy) => void (copy['inputFields'] = { note: 'Zoë – 東京 🚀', quantity: 3, price: 1.23, urgent: true, owner: null })), 'utf8');
    const result = parseWorkflowActionRequest(raw);
    expect(result).toMatchObject({ ok: true, request: { inputFields: { note: 'Zoë – 東京 🚀', quantity: 3, price: 1.23, urgent: true, owner: null } } });
  });

  it('keeps fields HubSpot adds that LeadOps does not know', () => {
    const raw = withChange((copy) => {
      copy['executionId'] = 'exec-9';
      copy['object'] = { objectId: 614, objectType: 'CONTACT', properties: { email: 'ana@example.com', lifecyclestage: null }, objectTypeId: '0-1' };
    });
    expect(parseWorkflowActionRequest(raw)).toMatchObject({ ok: true, request: { executionId: 'exec-9', object: { objectId: '614', objectTypeId: '0-1', properties: { email: 'ana@example.com', lifecyclestage: null } } } });
  });

  it('accepts ids sent as strings of digits', () => {
    const raw = withChange((copy) => {
      copy['origin'] = { portalId: '42', actionDefinitionId: '7' };
      copy['object'] = { objectId: '614', objectType: 'CONTACT' };
    });
    expect(parseWorkflowActionRequest(raw)).toMatchObject({ ok: true, request: { origin: { portalId: '42', actionDefinitionId: '7' }, object: { objectId: '614' } } });
  });

  it('reads an absent inputFields as empty, and keeps the older `fields` map when sent', () => {
    const raw = withChange((copy) => {
      delete copy['inputFields'];
      delete copy['context'];
      copy['fields'] = { widgetName: 'My Widget Name' };
    });
    const result = parseWorkflowActionRequest(raw);
    expect(result).toMatchObject({ ok: true, request: { inputFields: {}, fields: { widgetName: 'My Widget Name' } } });
    expect(result.ok && result.request.context).toBeUndefined();
  });

  it('rejects a body without callbackId with 400, naming the field', () => {
    const result = parseWorkflowActionRequest(withChange((copy) => delete copy['callbackId']));
    expect(result).toEqual({ ok: false, status: 400, field: 'callbackId', reason: expect.stringContaining('callbackId is missing') as unknown });
  });

  it('rejects an empty callbackId', () => {
    expect(parseWorkflowActionRequest(withChange((copy) => void (copy['callbackId'] = '')))).toMatchObject({ ok: false, status: 400, field: 'callbackId', reason: expect.stringContaining('callbackId must not be empty') as unknown });
  });

  it('names origin.portalId when it is not a HubSpot id', () => {
    for (const portalId of [-1, 1.5, 'abc', '', true]) {
      const raw = withChange((copy) => void (copy['origin'] = { portalId, actionDefinitionId: 7 }));
      expect(parseWorkflowActionRequest(raw)).toEqual({ ok: false, status: 400, field: 'origin.portalId', reason: expect.stringContaining('origin.portalId must be a HubSpot id') as unknown });
    }
  });

  it('names object.objectId when it is missing, and object when the record is absent', () => {
    expect(parseWorkflowActionRequest(withChange((copy) => void (copy['object'] = { objectType: 'CONTACT' })))).toMatchObject({ ok: false, status: 400, field: 'object.objectId', reason: expect.stringContaining('object.objectId is missing') as unknown });
    expect(parseWorkflowActionRequest(withChange((copy) => delete copy['object']))).toMatchObject({ ok: false, status: 400, field: 'object', reason: expect.stringContaining('object is missing') as unknown });
  });

  it('names the input field whose value is not a string, number, boolean or null', () => {
    const raw = withChange((copy) => void (copy['inputFields'] = { track: 'enterprise', priority: { level: 'high' } }));
    expect(parseWorkflowActionRequest(raw)).toMatchObject({ ok: false, status: 400, field: 'inputFields.priority', reason: expect.stringContaining('inputFields.priority must be a string, number, boolean or null') as unknown });
  });

  it('lists every problem in the reason, and names the first as the field', () => {
    const result = parseWorkflowActionRequest(body({ origin: {}, object: { objectId: 614 } }));
    expect(result).toMatchObject({ ok: false, status: 400, field: 'callbackId' });
    if (result.ok) throw new Error('expected a rejection');
    for (const path of ['callbackId', 'origin.portalId', 'origin.actionDefinitionId', 'object.objectType']) expect(result.reason).toContain(`${path} is missing`);
  });

  it('rejects a body that is not JSON, saying so', () => {
    expect(parseWorkflowActionRequest('{"callbackId": "ap-1",')).toEqual({ ok: false, status: 400, field: '', reason: expect.stringContaining('is not JSON') as unknown });
    expect(parseWorkflowActionRequest('')).toMatchObject({ ok: false, status: 400, reason: expect.stringContaining('is not JSON') as unknown });
  });

  it('rejects JSON that is not an object', () => {
    for (const raw of ['[]', 'null', '"ap-1"', '42']) {
      expect(parseWorkflowActionRequest(raw)).toEqual({ ok: false, status: 400, field: '', reason: expect.stringContaining('not an object') as unknown });
    }
  });

  it('rejects bytes that are not UTF-8', () => {
    const raw = Buffer.concat([Buffer.from('{"callbackId":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    expect(parseWorkflowActionRequest(raw)).toEqual({ ok: false, status: 400, field: '', reason: expect.stringContaining('not valid UTF-8') as unknown });
  });
});
