import { defaultConfigJsonCopy, loadDefaultConfig } from '../../test-support/default-config';
import { formatConfigProblem } from './config-problem';
import { parseConfig } from './parse-config';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke into arbitrary JSON

function problemsOf(mutate: (config: Json) => void): string[] {
  const config = defaultConfigJsonCopy() as Json;
  mutate(config);
  const result = parseConfig(config);
  return result.ok ? [] : result.problems.map(formatConfigProblem);
}

function ruleIndex(config: Json, id: string): number {
  return (config['scoring']['rules'] as Json[]).findIndex((r) => r['id'] === id);
}

describe('parseConfig', () => {
  it('accepts the shipped default config and fills in defaults', () => {
    const config = loadDefaultConfig();
    expect(config.lifecycle.stages.map((s) => s.hubspotValue)).toEqual(['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other']);
    expect(config.routing.fallbackQueue.id).toBe('unassigned');
    expect(config.routing.openLeads).toEqual({ property: 'hs_lead_status', values: ['NEW', 'OPEN', 'IN_PROGRESS', 'ATTEMPTED_TO_CONTACT', 'CONNECTED'], assignValue: 'NEW' });
    expect(config.permissions.settingsRoleIds).toEqual([]);
  });

  it('names the path and the fix for a negative half-life', () => {
    const problems = problemsOf((c) => {
      const rules = c['scoring']['rules'] as Json[];
      rules[3] = { ...rules[ruleIndex(c, 'pricing-page')], id: 'pricing-page-2', halfLifeDays: -2 };
    });
    expect(problems).toContain('scoring.rules[3].halfLifeDays: expected a positive number, got -2. Use a number above 0.');
  });

  it('rejects unknown keys instead of dropping them', () => {
    expect(problemsOf((c) => { c['scoring']['mql']['treshold'] = 50; })).toEqual([expect.stringContaining('scoring.mql.treshold: is not a known setting')]);
  });

  it('says when references could not be checked yet because the shape is wrong, and checks them once it is right', () => {
    const broken = defaultConfigJsonCopy() as Json;
    broken['scoring']['mql']['threshold'] = -5;
    broken['handoff']['toStage'] = 'won';
    const first = parseConfig(broken);
    expect(first.ok ? null : { referencesChecked: first.referencesChecked, paths: first.problems.map((p) => p.path) }).toEqual({ referencesChecked: false, paths: ['scoring.mql.threshold'] });
    broken['scoring']['mql']['threshold'] = 60;
    const second = parseConfig(broken);
    expect(second.ok ? null : { referencesChecked: second.referencesChecked, paths: second.problems.map((p) => p.path) }).toEqual({ referencesChecked: true, paths: ['handoff.toStage'] });
    expect(parseConfig('{"schemaVersion": 1,')).toMatchObject({ ok: false, referencesChecked: false });
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf((c) => {
      c['scoring']['mql']['threshold'] = 'sixty';
      c['lifecycle']['forwardOnly'] = 'yes';
      c['calendars'][0]['week']['monday'] = [['9am', '17:00']];
    });
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining('scoring.mql.threshold: expected a number, got "sixty"'),
      expect.stringContaining('lifecycle.forwardOnly: expected a boolean, got "yes"'),
      expect.stringContaining('calendars[0].week.monday[0][0]: write times as HH:MM'),
    ]));
  });

  it('says when the text is not JSON', () => {
    const result = parseConfig('{ "schemaVersion": 1, ');
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('refuses another schema version', () => {
    expect(problemsOf((c) => { c['schemaVersion'] = 2; })).toEqual([expect.stringContaining('schemaVersion: expected 1, got 2')]);
  });

  describe('cross-field checks', () => {
    it('catches a scoring rule in a group that does not exist', () => {
      expect(problemsOf((c) => { c['scoring']['rules'][0]['group'] = 'titles'; })).toEqual([expect.stringContaining('scoring.rules[0].group: refers to scoring group "titles", which does not exist. Use one of: seniority.')]);
    });

    it('catches a handoff reason recycling to a stage that does not exist', () => {
      expect(problemsOf((c) => { c['handoff']['rejectReasons'][1]['recycleTo'] = 'nurture'; })).toEqual([expect.stringContaining('handoff.rejectReasons[1].recycleTo: refers to stage "nurture"')]);
    });

    it('catches an open-lead status written on assignment that would not count as open', () => {
      expect(problemsOf((c) => { c['routing']['openLeads'] = { property: 'hs_lead_status', values: ['OPEN', 'IN_PROGRESS'] }; })).toEqual([
        'routing.openLeads.assignValue: "NEW" is not one of the open values (OPEN, IN_PROGRESS), so a lead LeadOps assigns would not count as open. Add it to routing.openLeads.values, or set assignValue to one of them (or null to write nothing).',
      ]);
      expect(problemsOf((c) => { c['routing']['openLeads'] = { property: 'hs_lead_status', values: ['OPEN'], assignValue: null }; })).toEqual([]);
    });

    it('catches a handoff reject reason whose lead status would still count as open', () => {
      expect(problemsOf((c) => { c['handoff']['rejectReasons'][0]['leadStatus'] = 'OPEN'; })).toEqual([
        'handoff.rejectReasons[0].leadStatus: "OPEN" is one of routing.openLeads.values, so a rejected lead would still count as the rep\'s open lead. Use a status that is not open, such as UNQUALIFIED or BAD_TIMING.',
      ]);
    });

    it('catches a routing rule sending leads to a pool that does not exist', () => {
      const problems = problemsOf((c) => {
        c['routing']['rules'] = [{ id: 'emea', label: 'EMEA', when: { property: 'country', op: 'in', value: ['DE', 'FR'] }, target: { type: 'pool', pool: 'emea-team' } }];
      });
      expect(problems).toEqual([expect.stringContaining('routing.rules[0].target.pool: refers to pool "emea-team", which does not exist')]);
    });

    it('catches a pool member who is not a rep', () => {
      const problems = problemsOf((c) => {
        c['routing']['reps'] = [{ ownerId: '11', name: 'Ana' }];
        c['routing']['pools'] = [{ id: 'inbound', label: 'Inbound', strategy: 'round_robin', members: [{ ownerId: '11' }, { ownerId: '12' }] }];
      });
      expect(problems).toEqual([expect.stringContaining('routing.pools[0].members[1].ownerId: refers to rep "12", which does not exist')]);
    });

    it('checks conditions against property types, with a suggestion for typos', () => {
      const problems = problemsOf((c) => { c['scoring']['rules'][ruleIndex(c, 'vp')]['when'] = { property: 'leadops_senority', op: 'eq', value: 'vp' }; });
      expect(problems).toEqual([expect.stringMatching(/scoring\.rules\[1\]\.when: unknown property "leadops_senority".*Did you mean "leadops_seniority"\?/)]);
    });

    it('requires the decay parameter that the chosen decay uses, and rejects the others', () => {
      const problems = problemsOf((c) => {
        const rule = c['scoring']['rules'][ruleIndex(c, 'pricing-page')];
        rule['decay'] = 'linear';
      });
      expect(problems).toEqual(expect.arrayContaining([
        expect.stringContaining('halfLifeDays: is not used when decay is "linear"'),
        expect.stringContaining('lifetimeDays: is required when decay is "linear"'),
      ]));
    });

    it('catches an MQL threshold no lead can reach', () => {
      expect(problemsOf((c) => { c['scoring']['mql']['threshold'] = 150; })).toEqual([expect.stringContaining('scoring.mql.threshold: (150) is above the total cap (100)')]);
    });

    it('catches a calendar with an unknown time zone, a reversed interval and an unknown holiday region', () => {
      const problems = problemsOf((c) => {
        c['calendars'][0]['timeZone'] = 'America/Nowhere';
        c['calendars'][0]['week']['friday'] = [['17:00', '09:00']];
        c['calendars'][1]['holidays']['region'] = 'XX';
      });
      expect(problems).toEqual(expect.arrayContaining([
        expect.stringContaining('calendars[0].timeZone: "America/Nowhere" is not an IANA time zone'),
        expect.stringContaining('calendars[0].week.friday[0]: interval 17:00–09:00 ends before it starts'),
        expect.stringContaining('calendars[1].holidays.region: "XX" is not a region of GB'),
      ]));
    });

    it('points at a reversed interval as written, not at its place once the day is sorted', () => {
      const problems = problemsOf((c) => {
        c['calendars'][0]['week']['tuesday'] = [['13:00', '17:00'], ['12:00', '09:00']];
      });
      expect(problems).toEqual([expect.stringContaining('calendars[0].week.tuesday[1]: interval 12:00–09:00 ends before it starts')]);
    });

    it('names the ISO code an admin meant for a default phone country or a holiday country', () => {
      const problems = problemsOf((c) => {
        c['dataQuality'] = { ...c['dataQuality'], defaultCountry: 'UK' };
        c['calendars'][1]['holidays'] = { country: 'gb' };
      });
      expect(problems).toEqual(expect.arrayContaining([
        'dataQuality.defaultCountry: "UK" is not a country whose phone numbers LeadOps can read. Write "GB", the ISO 3166 code.',
        'calendars[1].holidays.country: "gb" has no public-holiday data. Write "GB": ISO 3166 codes are in capitals.',
      ]));
      expect(problemsOf((c) => { c['dataQuality'] = { ...c['dataQuality'], defaultCountry: 'us' }; })).toEqual(['dataQuality.defaultCountry: "us" is not a country whose phone numbers LeadOps can read. Write "US": ISO 3166 codes are in capitals.']);
      expect(problemsOf((c) => { c['dataQuality'] = { ...c['dataQuality'], defaultCountry: 'ZZ' }; })).toEqual(['dataQuality.defaultCountry: "ZZ" is not a country whose phone numbers LeadOps can read. Use a two-letter ISO 3166 code such as "US", "GB" or "DE", or remove defaultCountry.']);
      expect(problemsOf((c) => { c['dataQuality'] = { ...c['dataQuality'], defaultCountry: 'DE' }; })).toEqual([]);
    });

    it('catches an MQL no lead can reach because of the fit and engagement caps', () => {
      expect(problemsOf((c) => { c['scoring']['caps'] = { fit: 50, total: 100 }; c['scoring']['mql']['minimumFit'] = 60; })).toEqual([expect.stringContaining('scoring.mql.minimumFit: (60) is above the fit cap (50), so no lead can become an MQL')]);
      expect(problemsOf((c) => { c['scoring']['caps'] = { fit: 30, engagement: 20, total: 100 }; c['scoring']['mql']['minimumFit'] = 0; c['scoring']['mql']['threshold'] = 60; })).toEqual([expect.stringContaining('scoring.mql.threshold: (60) is above the fit and engagement caps together (30 + 20)')]);
    });

    it('catches an extra holiday that has the YYYY-MM-DD shape but is no day, before it stops the calendar from loading', () => {
      expect(problemsOf((c) => { c['calendars'][0]['extraHolidays'] = ['2026-12-24', '2026-02-30']; })).toEqual(['calendars[0].extraHolidays[1]: "2026-02-30" is not a day of the calendar. Write a date that exists, as "YYYY-MM-DD" (months have 28 to 31 days).']);
    });

    it('accepts part of a day off, and points at a date that is no day or a time off that ends before it starts', () => {
      expect(problemsOf((c) => { c['calendars'][0]['extraHolidays'] = ['2026-12-26', { date: '2026-12-24', from: '12:00' }, { date: '2026-12-31', to: '10:00' }]; })).toEqual([]);
      expect(problemsOf((c) => { c['calendars'][0]['extraHolidays'] = [{ date: '2026-02-30', from: '12:00' }, { date: '2026-12-24', from: '14:00', to: '12:00' }]; })).toEqual([
        'calendars[0].extraHolidays[0].date: "2026-02-30" is not a day of the calendar. Write a date that exists, as "YYYY-MM-DD" (months have 28 to 31 days).',
        'calendars[0].extraHolidays[1]: time off 14:00–12:00 ends before it starts. Give "from" before "to"; leave "to" out to be off until the end of the day, "from" to be off from its start.',
      ]);
      expect(problemsOf((c) => { c['calendars'][0]['extraHolidays'] = [{ date: '2026-12-24', from: '12h' }]; })).toEqual([expect.stringContaining('calendars[0].extraHolidays[0].from: write times as HH:MM')]);
      expect(problemsOf((c) => { c['calendars'][0]['extraHolidays'] = [{ day: '2026-12-24' }]; })).toEqual(expect.arrayContaining([expect.stringContaining('calendars[0].extraHolidays[0].day: is not a known setting')]));
    });

    it('catches a stage HubSpot value with spaces around it, which no contact would ever match', () => {
      expect(problemsOf((c) => { c['lifecycle']['stages'][1]['hubspotValue'] = 'lead '; })).toEqual(['lifecycle.stages[1].hubspotValue: "lead " has spaces before or after it, so no HubSpot stage matches it. Write "lead".']);
    });

    it('catches two stages whose HubSpot values differ only in case, which LeadOps would read as one', () => {
      expect(problemsOf((c) => { c['lifecycle']['stages'][2]['hubspotValue'] = 'Lead'; })).toEqual([expect.stringContaining('lifecycle.stages[2].hubspotValue: "lead" is already used by lifecycle.stages[1]')]);
    });

    it('catches duplicate handoff escalation ids and property names', () => {
      const problems = problemsOf((c) => {
        c['handoff']['escalation'][1]['id'] = c['handoff']['escalation'][0]['id'];
        c['properties'] = [{ name: 'utm_source', label: 'UTM source', type: 'string' }, { name: 'utm_source', label: 'UTM source', type: 'string' }];
      });
      expect(problems).toEqual(expect.arrayContaining([
        expect.stringContaining('handoff.escalation[1].id: "handoff-reminder" is already used by handoff.escalation[0]'),
        expect.stringContaining('properties[1].name: "utm_source" is already used by properties[0]'),
      ]));
    });

    it("tells an engagement rule that tests a contact property which fields an activity has, not to declare the property", () => {
      const problems = problemsOf((c) => {
        c['properties'] = [{ name: 'utm_source', label: 'UTM source', type: 'string' }];
        const engagement = (c['scoring']['rules'] as Json[]).findIndex((r) => r['kind'] === 'engagement');
        c['scoring']['rules'][engagement]['when'] = { property: 'utm_source', op: 'eq', value: 'google' };
      });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/unknown property "utm_source".*An engagement rule's "when" tests the activity, not the contact: use one of url, /);
    });

    it('catches duplicate stage ids', () => {
      expect(problemsOf((c) => { c['lifecycle']['stages'][2]['id'] = 'lead'; })).toEqual(expect.arrayContaining([expect.stringContaining('lifecycle.stages[2].id: "lead" is already used by lifecycle.stages[1]')]));
    });
  });
});
