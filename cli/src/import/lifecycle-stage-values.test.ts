import { lifecycleStageReader } from './lifecycle-stage-values';

describe('lifecycleStageReader', () => {
  const read = lifecycleStageReader([{ hubspotValue: 'marketingqualifiedlead', label: 'MQL' }, { hubspotValue: '98765', label: 'LEAD' }]);

  it.each([
    ['Marketing Qualified Lead', 'marketingqualifiedlead'],
    ['sales qualified lead', 'salesqualifiedlead'],
    ['opportunity', 'opportunity'],
    ['MQL', 'marketingqualifiedlead'],
    ['98765', '98765'],
  ])('reads %j as %s', (raw, value) => {
    expect(read(raw)).toEqual({ kind: 'value', value });
  });

  it('keeps HubSpot\'s meaning of a standard label a config reuses for a custom stage', () => {
    expect(read('Lead')).toEqual({ kind: 'value', value: 'lead' });
  });

  it('skips the row for a stage nobody defines, listing each known label once', () => {
    const reading = read('Hot Lead');
    expect(reading).toEqual({ kind: 'skip', message: expect.stringContaining('unknown lifecycle stage "Hot Lead"') });
    expect(reading.kind === 'skip' ? reading.message.match(/, lead,/gi) : null).toHaveLength(1);
  });
});
