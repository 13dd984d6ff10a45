import { defaultConfigJsonCopy } from '../../../rules/test-support/default-config';
import { draftFromConfig, draftJson, draftProblems, jsonTextFor, pendingBox, withFieldValue, withJsonText, withoutPendingText } from './config-draft';

describe('config draft', () => {
  it('finds no problem in the shipped default config', () => {
    expect(draftProblems(draftFromConfig(defaultConfigJsonCopy()))).toEqual([]);
  });

  it('reports a schema problem with the path, message and fix the server uses', () => {
    const draft = withFieldValue(draftFromConfig(defaultConfigJsonCopy()), ['scoring', 'rules', 12, 'halfLifeDays'], -2);
    expect(draftProblems(draft)).toEqual([{ path: 'scoring.rules[12].halfLifeDays', message: 'expected a positive number, got -2', fix: 'Use a number above 0.' }]);
  });

  it('keeps a JSON box that does not parse as typed, with the document unchanged, until the text parses', () => {
    const loaded = draftFromConfig(defaultConfigJsonCopy());
    const broken = withJsonText(loaded, ['nurture'], '{"tracks": [');
    expect(broken.document).toBe(loaded.document);
    expect(jsonTextFor(broken, ['nurture'])).toBe('{"tracks": [');
    expect(draftProblems(broken).map((p) => p.path)).toEqual(['nurture']);
    const fixed = withJsonText(broken, ['nurture'], '{"tracks": []}');
    expect(draftProblems(fixed)).toEqual([]);
    expect(JSON.parse(draftJson(fixed))).toMatchObject({ nurture: { tracks: [] } });
  });

  it("removes a section whose JSON box is emptied, so LeadOps' defaults apply", () => {
    const draft = withJsonText(draftFromConfig(defaultConfigJsonCopy()), ['dataQuality'], '  ');
    expect(JSON.parse(draftJson(draft))).not.toHaveProperty('dataQuality');
    expect(jsonTextFor(draft, ['dataQuality'])).toBe('');
    expect(draftProblems(draft)).toEqual([]);
  });

  it('opens a stored value that is not JSON as text to repair in the whole-document box', () => {
    const draft = draftFromConfig('{"schemaVersion": 1,');
    expect(jsonTextFor(draft, [])).toBe('{"schemaVersion": 1,');
    expect(draftProblems(draft)[0]).toMatchObject({ path: '', message: expect.stringMatching(/^is not valid JSON \(/) });
  });

  it('keeps an edit made while the whole document is being repaired: other editors wait until the JSON parses', () => {
    const loaded = draftFromConfig(defaultConfigJsonCopy());
    const wholeText = jsonTextFor(loaded, []);
    const broken = withJsonText(loaded, [], wholeText.replace('"name": ', '"name" '));
    expect(pendingBox(broken)).toBe('');
    // Were these taken, the whole-document text (written before them) would overwrite them once it parses.
    expect(withFieldValue(broken, ['scoring', 'mql', 'threshold'], 55)).toBe(broken);
    expect(withJsonText(broken, ['nurture'], '{"tracks": []}')).toBe(broken);
    const fixed = withJsonText(broken, [], wholeText.replace('"name": "', '"name": "EMEA – '));
    expect(pendingBox(fixed)).toBeNull();
    const edited = withFieldValue(fixed, ['scoring', 'mql', 'threshold'], 55);
    expect(JSON.parse(draftJson(edited))).toMatchObject({ name: expect.stringMatching(/^EMEA – /), scoring: { mql: { threshold: 55 } } });
  });

  it('refuses edits to the whole document while a section box is being repaired, and lets the admin discard that text', () => {
    const loaded = draftFromConfig(defaultConfigJsonCopy());
    const broken = withJsonText(loaded, ['routing'], '{ "pools": ');
    expect(pendingBox(broken)).toBe('routing');
    expect(withJsonText(broken, [], JSON.stringify({ ...defaultConfigJsonCopy(), name: 'Other' }))).toBe(broken);
    // The pending box itself still takes text.
    expect(jsonTextFor(withJsonText(broken, ['routing'], '{ "pools": ['), ['routing'])).toBe('{ "pools": [');
    const discarded = withoutPendingText(broken);
    expect(pendingBox(discarded)).toBeNull();
    expect(jsonTextFor(discarded, ['routing'])).toBe(jsonTextFor(loaded, ['routing']));
    expect(draftProblems(discarded)).toEqual([]);
  });
});
