import { defaultConfigJsonCopy, loadDefaultConfig } from '../../test-support/default-config';
import { parseConfig } from '../config/parse-config';
import { rerouteLimit } from './reroute-limit';

describe('rerouteLimit', () => {
  it('allows two re-routes of a lead by default and says which one it is', () => {
    const config = loadDefaultConfig();
    expect(config.sla.maxReroutes).toBe(2);
    expect(rerouteLimit(config, 0)).toEqual({ allowed: true, text: 'Re-route 1 of at most 2' });
    expect(rerouteLimit(config, 1).allowed).toBe(true);
  });

  it('refuses the one past the limit, saying the lead stays with its owner', () => {
    const json = defaultConfigJsonCopy() as { sla: Record<string, unknown> };
    json.sla['maxReroutes'] = 1;
    const parsed = parseConfig(json);
    if (!parsed.ok) throw new Error('the edited default config should parse');
    expect(rerouteLimit(parsed.config, 1)).toEqual({ allowed: false, text: 'Not re-routed: already re-routed 1 time, the most sla.maxReroutes (1) allows, so the lead stays with its owner' });
  });
});
