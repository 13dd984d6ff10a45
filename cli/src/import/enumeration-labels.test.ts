import { enumerationReader, LEAD_STATUS_LABELS, ORIGINAL_SOURCE_LABELS } from './enumeration-labels';

describe('enumerationReader', () => {
  it('turns HubSpot\'s labels into internal values, in any case', () => {
    expect(enumerationReader(LEAD_STATUS_LABELS)('attempted to contact')).toEqual({ kind: 'value', value: 'ATTEMPTED_TO_CONTACT' });
    expect(enumerationReader(ORIGINAL_SOURCE_LABELS)('Offline Sources')).toEqual({ kind: 'value', value: 'OFFLINE' });
  });

  it('keeps internal values and a portal\'s own options as written', () => {
    expect(enumerationReader(LEAD_STATUS_LABELS)('CONNECTED')).toEqual({ kind: 'value', value: 'CONNECTED' });
    expect(enumerationReader(LEAD_STATUS_LABELS)(' Waiting on legal ')).toEqual({ kind: 'value', value: 'Waiting on legal' });
  });
});
