import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { z } from 'zod';
import { install } from './install.operation';
import { OperationError } from './operation-error';
import { LEADOPS_CONTACT_PROPERTIES, LEADOPS_PROPERTY_GROUP } from './leadops-properties';

describe('install', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({ rateLimit: false });
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('on a portal an older LeadOps set up, adds only the properties this version added', async () => {
    // What an install from before leadops_reroutes existed left behind.
    emulator.portal.defineGroup('contacts', LEADOPS_PROPERTY_GROUP);
    for (const p of LEADOPS_CONTACT_PROPERTIES.filter((p) => p.name !== 'leadops_reroutes')) {
      emulator.portal.defineProperty('contacts', { name: p.name, label: p.label, type: p.type === 'bool' ? 'enumeration' : p.type, fieldType: p.fieldType, groupName: LEADOPS_PROPERTY_GROUP.name, ...(p.options ? { options: p.options } : {}) });
    }
    const upgraded = await install(gatewayFor(emulator));
    expect(upgraded).toMatchObject({ createdGroup: false, createdProperties: ['leadops_reroutes'], createdConfigStore: true, createdStateStore: true });
    expect(emulator.portal.getProperty('contacts', 'leadops_reroutes')).toMatchObject({ type: 'number', groupName: 'leadops' });
  });

  it('creates nothing when run again', async () => {
    const again = await install(gatewayFor(emulator));
    expect(again).toEqual({ createdGroup: false, createdProperties: [], createdConfigStore: false, createdStateStore: false, createdStateProperties: [], addedOptions: [] });
  });
});

describe('install on a portal whose LeadOps properties differ from this version', () => {
  let emulator: HubSpotEmulator;
  beforeEach(async () => {
    emulator = await startHubSpotEmulator({ rateLimit: false });
  });
  afterEach(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  const defineAsThisVersion = (skip: string) => {
    emulator.portal.defineGroup('contacts', LEADOPS_PROPERTY_GROUP);
    for (const p of LEADOPS_CONTACT_PROPERTIES.filter((p) => p.name !== skip)) {
      emulator.portal.defineProperty('contacts', { name: p.name, label: p.label, type: p.type === 'bool' ? 'enumeration' : p.type, fieldType: p.fieldType, groupName: LEADOPS_PROPERTY_GROUP.name, ...(p.options ? { options: p.options } : {}) });
    }
  };

  it('adds the options a newer LeadOps writes to an existing enumeration, keeping the ones the admin added', async () => {
    // An SLA status property from before "at risk" existed, to which the admin added an option of their own.
    defineAsThisVersion('leadops_sla_status');
    emulator.portal.defineProperty('contacts', { name: 'leadops_sla_status', label: 'LeadOps SLA status', type: 'enumeration', fieldType: 'select', groupName: LEADOPS_PROPERTY_GROUP.name, options: [{ label: 'On track', value: 'on_track' }, { label: 'Paused by sales ops', value: 'paused' }, { label: 'Breached', value: 'breached' }, { label: 'Met', value: 'met' }] });
    const gateway = gatewayFor(emulator);
    const contact = emulator.portal.createObject('contacts', { email: 'ada@initech.example' });

    const result = await install(gateway);

    expect(result.addedOptions).toEqual([{ property: 'leadops_sla_status', values: ['at_risk', 'no_policy'] }]);
    expect(emulator.portal.getProperty('contacts', 'leadops_sla_status')?.options.map((o) => o.value)).toEqual(['on_track', 'paused', 'breached', 'met', 'at_risk', 'no_policy']);
    // The write that an SLA check makes now succeeds.
    await gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contact.id }, body: { properties: { leadops_sla_status: 'at_risk' } } }, z.unknown());
    expect(emulator.portal.getObject('contacts', contact.id)?.properties['leadops_sla_status']).toBe('at_risk');
    expect((await install(gateway)).addedOptions).toEqual([]);
  });

  it('stops before writing anything when a LeadOps property exists with another type, naming it and the fix', async () => {
    // A hot/warm/cold dropdown someone made before LeadOps: it would refuse every numeric score.
    emulator.portal.defineProperty('contacts', { name: 'leadops_score', label: 'Lead temperature', type: 'enumeration', fieldType: 'select', options: ['hot', 'warm', 'cold'] });
    const before = emulator.log.length;

    const failure = install(gatewayFor(emulator));

    await expect(failure).rejects.toThrow(OperationError);
    await expect(failure).rejects.toMatchObject({ code: 'PROPERTY_TYPE_CONFLICT', message: expect.stringContaining('leadops_score is of type enumeration, LeadOps needs number') });
    await expect(failure).rejects.toMatchObject({ fix: expect.stringContaining('rename or delete') });
    expect(emulator.log.slice(before).filter((exchange) => exchange.write)).toEqual([]);
    expect(emulator.portal.getGroup('contacts', LEADOPS_PROPERTY_GROUP.name)).toBeUndefined();
    expect(emulator.portal.getProperty('contacts', 'leadops_sla_status')).toBeUndefined();
  });
});
