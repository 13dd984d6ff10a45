import { EMPTY_ROUTING_STATE, type RoutingState } from '@leadops/rules';
import { STATE_PART_PROPERTIES, encodeRoutingState } from './state-store';

const joined = (properties: Readonly<Record<string, string>>) => STATE_PART_PROPERTIES.map((name) => properties[name] ?? '').join('');

describe('encodeRoutingState', () => {
  it('puts a short state in the first value and clears the other parts', () => {
    const state: RoutingState = { ...EMPTY_ROUTING_STATE, pools: { emea: { lastOwnerId: '21' } } };
    const encoded = encodeRoutingState(state, 8);
    expect(encoded.properties['state_json']).toBe(JSON.stringify(state));
    expect(STATE_PART_PROPERTIES.slice(1).map((name) => encoded.properties[name])).toEqual(Array(7).fill(''));
    expect([encoded.droppedPeriods, encoded.notice]).toEqual([[], null]);
  });

  it('never splits a character made of two UTF-16 units between two values', () => {
    // A rep key whose emoji straddles the 65,536th character.
    const key = `${'r'.repeat(65_536 - '{"pools":{},"reps":{"'.length - 1)}😀`;
    const state: RoutingState = { ...EMPTY_ROUTING_STATE, reps: { [key]: { day: '', assignedOnDay: 0, openLeads: 0 } } };
    const { properties } = encodeRoutingState(state, 2);
    expect(properties['state_json']?.length).toBe(65_535);
    expect(properties['state_json_2']?.startsWith('😀')).toBe(true);
    expect(JSON.parse(joined(properties))).toEqual(state);
  });
});
