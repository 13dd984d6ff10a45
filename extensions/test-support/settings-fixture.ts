import { hubspot } from '@hubspot/ui-extensions';
import { defaultConfigJsonCopy } from '../../rules/test-support/default-config';
import type { DryRunAnswer, DryRunOutcome, SettingsReadAnswer } from '../src/settings/settings-answers';

/** The viewing user's HubSpot id, as the settings entry passes it on (text). */
export const VIEWER_ID = '7';

/**
 * What settings_read answers in a portal with three saved versions, the newest being the shipped default
 * config (rules/config/default-config.json, as written: not filled with defaults).
 */
export function settingsReadAnswer(overrides: Partial<SettingsReadAnswer> = {}): SettingsReadAnswer & { readonly ok: true } {
  return {
    ok: true,
    config: defaultConfigJsonCopy(),
    version: 3,
    history: [
      { version: 3, author: 'avery.admin@leadops.example', savedAt: '2026-03-02T15:30:00.000Z' },
      { version: 2, author: 'riley.ops@leadops.example', savedAt: '2026-02-20T09:05:00.000Z' },
      { version: 1, author: 'avery.admin@leadops.example', savedAt: '2026-02-01T12:00:00.000Z' },
    ],
    configWarning: null,
    mayChange: true,
    ...overrides,
  };
}

/** An outcome as dry-run.operation decides it, for a lead routed to Dana Lee under the MQL policy. */
export function dryRunOutcome(overrides: Partial<DryRunOutcome> = {}): DryRunOutcome {
  return {
    score: 48,
    fit: 30,
    engagement: 18,
    mql: false,
    stage: 'lead',
    stageLabel: 'Lead',
    routing: 'assigned',
    ownerId: '501',
    ownerName: 'Dana Lee',
    queue: null,
    routingRule: null,
    slaDueAt: null,
    slaPolicy: null,
    ...overrides,
  };
}

/** settings_dry_run on three contacts: one becomes an MQL routed to another rep with an SLA, two do not change. */
export function dryRunAnswer(): DryRunAnswer & { readonly ok: true } {
  const unchanged = dryRunOutcome();
  return {
    ok: true,
    rows: [
      {
        contactId: '901',
        email: 'pat.kim@northwind.example',
        before: dryRunOutcome({ score: 55 }),
        // 2026-03-03 14:30 UTC, a Tuesday
        after: dryRunOutcome({ score: 65, mql: true, stage: 'marketingqualifiedlead', stageLabel: 'Marketing qualified lead', ownerId: '502', ownerName: 'Ben Brooks', slaDueAt: Date.UTC(2026, 2, 3, 14, 30), slaPolicy: 'mql-first-touch' }),
        changed: ['score', 'mql', 'stage', 'owner', 'sla'],
      },
      { contactId: '902', email: 'lee.ray@contoso.example', before: unchanged, after: unchanged, changed: [] },
      { contactId: '903', email: null, before: unchanged, after: unchanged, changed: [] },
    ],
    summary: { contacts: 3, changed: 1, score: 1, mql: 1, newMqls: 1, lostMqls: 0, stage: 1, owner: 1, sla: 1 },
    currentVersion: 3,
    repWarnings: ['Ben Brooks has no calendar and no HubSpot working hours: LeadOps routes to him around the clock.'],
  };
}

/** How a test answers one app function, given the parameters the page sent. */
export type FunctionAnswer = (parameters: Readonly<Record<string, unknown>>) => unknown;

/**
 * Spies on hubspot.serverless and answers each function by uid: settings_read with the fixture and
 * app_status as deployed unless the test says otherwise; a function the test did not expect throws.
 */
export function answerFunctions(answers: Readonly<Record<string, FunctionAnswer>> = {}) {
  const defaults: Readonly<Record<string, FunctionAnswer>> = {
    settings_read: () => settingsReadAnswer(),
    app_status: () => ({ ok: true, rulesEngineVersion: '0.1.0', accessTokenPresent: true }),
  };
  return jest.spyOn(hubspot, 'serverless').mockImplementation(async (name, options) => {
    const answer = answers[name] ?? defaults[name];
    if (!answer) throw new Error(`This test does not expect a call to ${name}.`);
    return answer((options?.parameters ?? {}) as Readonly<Record<string, unknown>>);
  });
}

/** The parameters of every call to one function, in order. */
export function callsTo(serverless: ReturnType<typeof answerFunctions>, uid: string): Readonly<Record<string, unknown>>[] {
  return serverless.mock.calls.filter(([name]) => name === uid).map(([, options]) => (options?.parameters ?? {}) as Readonly<Record<string, unknown>>);
}

/** The config document a call sent, parsed from the JSON text the page sends. */
export function sentDocument(parameters: Readonly<Record<string, unknown>> | undefined): unknown {
  const config = parameters?.['config'];
  if (typeof config !== 'string') throw new Error(`The call sent no config text: ${JSON.stringify(parameters)}`);
  return JSON.parse(config) as unknown;
}
