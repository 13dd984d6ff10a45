import type { ConfigProblem } from '@leadops/rules';
import { placeProblems } from './problems-by-section';

const problem = (path: string): ConfigProblem => ({ path, message: 'is wrong', fix: 'Fix it.' });
const SECTIONS = ['scoring', 'dataQuality', 'handoff'];

describe('placeProblems', () => {
  it('shows a problem at the field with its path, and a list item\'s problem at the list field', () => {
    const placed = placeProblems([problem('scoring.mql.threshold'), problem('dataQuality.freeMailDomains[2]')], SECTIONS, ['scoring.mql.threshold', 'dataQuality.freeMailDomains']);
    expect(Object.fromEntries(placed.atField)).toEqual({ 'scoring.mql.threshold': [problem('scoring.mql.threshold')], 'dataQuality.freeMailDomains': [problem('dataQuality.freeMailDomains[2]')] });
    expect(placed.atSection.size).toBe(0);
    expect(placed.atDocument).toEqual([]);
  });

  it('prefers the most specific field when fields nest', () => {
    const placed = placeProblems([problem('handoff.rejectReasons[0].label')], SECTIONS, ['handoff.rejectReasons', 'handoff.rejectReasons[0].label']);
    expect([...placed.atField.keys()]).toEqual(['handoff.rejectReasons[0].label']);
  });

  it("does not take a sibling's problem for a field whose name it starts with", () => {
    const placed = placeProblems([problem('scoring.mql.thresholdx')], SECTIONS, ['scoring.mql.threshold']);
    expect(placed.atField.size).toBe(0);
    expect(placed.atSection.get('scoring')).toEqual([problem('scoring.mql.thresholdx')]);
  });

  it("sends what no field shows to its section's JSON box, and the rest to the whole document", () => {
    const placed = placeProblems([problem('scoring.rules[4].when'), problem('scoring'), problem('calendars[0].timeZone'), problem('')], SECTIONS, ['scoring.mql.threshold']);
    expect(placed.atSection.get('scoring')).toEqual([problem('scoring.rules[4].when'), problem('scoring')]);
    expect(placed.atDocument).toEqual([problem('calendars[0].timeZone'), problem('')]);
  });
});
