import { NOW, buildContact, daysAgo, pageView } from '../../test-support/build-contact';
import { loadDefaultConfig } from '../../test-support/default-config';
import { scoreLead } from '../scoring/score-lead';
import { evaluateLifecycle, withScoreProperties } from './evaluate-lifecycle';
import { recycleLifecycle } from './recycle-lifecycle';

const config = loadDefaultConfig();
const engaged = [pageView('/pricing', daysAgo(1)), pageView('/pricing', daysAgo(2))];

describe('evaluateLifecycle with the default definitions', () => {
  it('shows the current stage, its definition, and what the next stage still misses', () => {
    const result = evaluateLifecycle(buildContact(), config, NOW);
    expect(result.current?.id).toBe('lead');
    expect(result.current?.definition).toMatch(/told us who they are/);
    expect(result.next?.id).toBe('mql');
    expect(result.next?.criteria).toEqual([{ criterion: 'Meets the MQL definition (score and fit)', met: false, sentence: 'not: Meets the MQL definition (score and fit)' }]);
    expect(result.reasons.map((r) => r.text)).toContain('For Marketing qualified lead it still needs: Meets the MQL definition (score and fit)');
  });

  it('lists met and missing criteria of the lead stage for a free-mail contact', () => {
    const result = evaluateLifecycle(buildContact({ properties: { email: 'dana@gmail.com', lifecyclestage: 'subscriber', jobtitle: '' } }), config, NOW);
    expect(result.next?.id).toBe('lead');
    expect(result.next?.criteria.map((c) => [c.criterion, c.met])).toEqual([
      ['Email is known', true],
      ['Uses a work email address', false],
      ['Job title is known', false],
    ]);
  });

  it('promotes a lead who meets the MQL definition and records the move', () => {
    const result = evaluateLifecycle(buildContact({ activities: engaged }), config, NOW);
    expect(result.qualifiesFor.id).toBe('mql');
    expect(result.recommended.hubspotValue).toBe('marketingqualifiedlead');
    expect(result.transition).toEqual({ from: 'lead', to: 'mql', at: NOW, kind: 'promotion' });
    expect(result.history).toEqual([result.transition]);
  });

  it('never moves a contact back on its own (forward-only)', () => {
    const result = evaluateLifecycle(buildContact({ properties: { lifecyclestage: 'marketingqualifiedlead' } }), config, NOW);
    expect(result.qualifiesFor.id).toBe('lead');
    expect(result.recommended.id).toBe('mql');
    expect(result.transition).toBeNull();
    expect(result.reasons[0]?.code).toBe('stage-forward-only');
  });

  it('moves back when the config allows backward moves', () => {
    const relaxed = { ...config, lifecycle: { ...config.lifecycle, forwardOnly: false } };
    const result = evaluateLifecycle(buildContact({ properties: { lifecyclestage: 'marketingqualifiedlead' } }), relaxed, NOW);
    expect(result.transition).toEqual({ from: 'mql', to: 'lead', at: NOW, kind: 'demotion' });
  });

  it('never reaches a stage that has no criteria by evaluation', () => {
    const customer = buildContact({ properties: { lifecyclestage: 'customer', recent_deal_close_date: '2026-01-15' } });
    expect(evaluateLifecycle(customer, config, NOW).qualifiesFor.id).toBe('customer');
  });
});

describe('recycleLifecycle', () => {
  const mql = buildContact({ properties: { lifecyclestage: 'marketingqualifiedlead' } });

  it('needs a reason code from the config and keeps the move in the history', () => {
    const result = recycleLifecycle(mql, config, { to: 'lead', reasonCode: 'bad_timing', note: 'Budget next year' }, NOW);
    expect(result).toEqual({
      ok: true,
      transition: { from: 'mql', to: 'lead', at: NOW, kind: 'recycle', reasonCode: 'bad_timing', note: 'Budget next year' },
      history: [{ from: 'mql', to: 'lead', at: NOW, kind: 'recycle', reasonCode: 'bad_timing', note: 'Budget next year' }],
      text: 'Recycled to Lead: Interested, but not now',
    });
  });

  it('refuses a reason the config does not define', () => {
    const result = recycleLifecycle(mql, config, { to: 'lead', reasonCode: 'meh' }, NOW);
    expect(result.ok ? '' : result.code).toBe('unknown-reason');
  });

  it('refuses to "recycle" forward', () => {
    const result = recycleLifecycle(mql, config, { to: 'customer', reasonCode: 'bad_timing' }, NOW);
    expect(result.ok ? '' : result.code).toBe('not-backward');
  });
});

describe('withScoreProperties', () => {
  const contact = buildContact({ activities: engaged });
  const score = scoreLead(contact, config, NOW);

  it("adds the score's values to a copy, leaving the contact as it was", () => {
    const properties = withScoreProperties(contact, score);
    expect(properties).toEqual({ ...contact.properties, leadops_score: String(score.total), leadops_fit_score: String(score.fit), leadops_engagement_score: String(score.engagement), leadops_is_mql: String(score.mql.qualifies) });
    expect(contact.properties['leadops_score']).toBeUndefined();
  });

  it('returns the properties themselves when they already carry this score, and a fresh copy for another score', () => {
    const scored = { ...contact, properties: withScoreProperties(contact, score) };
    expect(withScoreProperties(scored, score)).toBe(scored.properties);
    const later = scoreLead(contact, config, NOW + 90 * 24 * 3_600_000);
    expect(later.total).not.toBe(score.total);
    const rescored = withScoreProperties(scored, later);
    expect(rescored).not.toBe(scored.properties);
    expect(rescored['leadops_score']).toBe(String(later.total));
  });
});
