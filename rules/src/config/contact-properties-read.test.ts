import { defaultConfigJsonCopy, loadDefaultConfig } from '../../test-support/default-config';
import { contactPropertiesReadBy } from './contact-properties-read';
import { parseConfig } from './parse-config';

describe('contactPropertiesReadBy', () => {
  it('names the deal properties the default Opportunity and Customer stages test, and each derived value by its source', () => {
    const read = contactPropertiesReadBy(loadDefaultConfig());
    expect(read).toEqual(expect.arrayContaining(['num_associated_deals', 'recent_deal_close_date', 'jobtitle', 'email', 'numemployees', 'country']));
    for (const derived of ['leadops_seniority', 'leadops_job_function', 'leadops_email_kind']) expect(read).not.toContain(derived);
  });

  it('adds the config’s own properties, first-touch properties and open-lead property, and no activity field', () => {
    const json = defaultConfigJsonCopy();
    json['properties'] = [{ name: 'preferred_plan', label: 'Preferred plan', type: 'string' }];
    const scoring = json['scoring'] as { rules: Record<string, unknown>[] };
    scoring.rules.push({ id: 'enterprise-plan', label: 'Asked for the enterprise plan', kind: 'fit', group: (scoring.rules[0] as { group: string }).group, points: 10, when: { not: { property: 'preferred_plan', op: 'neq', value: 'enterprise' } } });
    const sla = json['sla'] as Record<string, unknown>;
    sla['firstTouchProperties'] = ['first_call_at'];
    const routing = json['routing'] as Record<string, unknown>;
    routing['openLeads'] = { property: 'lead_state', values: ['OPEN'], assignValue: 'OPEN' };
    const parsed = parseConfig(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const read = contactPropertiesReadBy(parsed.config);
    expect(read).toEqual(expect.arrayContaining(['preferred_plan', 'first_call_at', 'lead_state']));
    expect(read).not.toContain('hs_sa_first_engagement_date');
    // Engagement rules test activities ("url contains /pricing"), which are not contact properties.
    expect(read).not.toContain('url');
    expect(read).not.toContain('form');
  });
});
