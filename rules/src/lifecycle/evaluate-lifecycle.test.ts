import { NOW, buildContact, daysAgo, formSubmission, pageView } from '../../test-support/build-contact';
import { MINUTE_MS } from '../shared/time';
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

describe('evaluateLifecycle after a recycle', () => {
  // The MQL a rep turned down ("bad timing") a minute ago: its score still meets the MQL definition.
  const recycledAt = NOW - MINUTE_MS;
  const recycle = { from: 'mql', to: 'lead', at: recycledAt, kind: 'recycle', reasonCode: 'bad_timing' } as const;
  const recycled = (activities = engaged) => buildContact({ activities, lifecycleHistory: [recycle] });

  it('holds the contact at the recycled stage while nothing new has happened, and says why', () => {
    const result = evaluateLifecycle(recycled(), config, NOW);
    expect(result.qualifiesFor.id).toBe('mql');
    expect(result.recommended.id).toBe('lead');
    expect(result.transition).toBeNull();
    expect(result.reasons.find((r) => r.code === 'stage-recycle-hold')?.text).toBe(`Held at Lead: recycled on ${new Date(recycledAt).toISOString().slice(0, 10)} (Interested, but not now); it meets "Marketing qualified lead" but moves forward only after new activity`);
  });

  it('lets new activity after the recycle promote it again, naming that activity', () => {
    const result = evaluateLifecycle(recycled([...engaged, formSubmission('Demo request', NOW - 10_000)]), config, NOW);
    expect(result.transition).toEqual({ from: 'lead', to: 'mql', at: NOW, kind: 'promotion' });
    expect(result.reasons.map((r) => r.text)).toContain(`Moves forward again: recycled on ${new Date(recycledAt).toISOString().slice(0, 10)} (Interested, but not now), then form submission on ${new Date(NOW).toISOString().slice(0, 10)}`);
  });

  it('does not count activity recorded after "now" as re-engagement', () => {
    expect(evaluateLifecycle(recycled([...engaged, formSubmission('Demo request', NOW + MINUTE_MS)]), config, NOW).transition).toBeNull();
  });

  it('puts a contact whose stage was cleared mid-recycle back at the recycled stage, not at the one it scores for', () => {
    const cleared = buildContact({ properties: { lifecyclestage: '' }, activities: engaged, lifecycleHistory: [recycle] });
    expect(evaluateLifecycle(cleared, config, NOW).transition).toEqual({ from: null, to: 'lead', at: NOW, kind: 'promotion' });
  });

  it('goes by the latest recycle when there were several', () => {
    const older = { ...recycle, at: daysAgo(30) };
    // Activity after the older recycle but before the latest does not release the hold.
    const result = evaluateLifecycle(buildContact({ activities: [...engaged, formSubmission('Webinar', daysAgo(3))], lifecycleHistory: [recycle, older] }), config, NOW);
    expect(result.recommended.id).toBe('lead');
  });
});

describe('evaluateLifecycle with a HubSpot stage the config does not define', () => {
  it('leaves a custom stage alone instead of treating it as no stage', () => {
    const result = evaluateLifecycle(buildContact({ properties: { lifecyclestage: '1234567' }, activities: engaged }), config, NOW);
    expect(result.current).toBeNull();
    expect(result.transition).toBeNull();
    expect(result.reasons.find((r) => r.code === 'stage-unknown')?.text).toMatch(/^Stays "1234567": that HubSpot stage is not in the config's lifecycle.stages/);
  });

  it('does not move a customer back to lead when the config leaves the customer stage out', () => {
    const withoutCustomer = { ...config, lifecycle: { ...config.lifecycle, stages: config.lifecycle.stages.filter((s) => s.id !== 'customer') } };
    expect(evaluateLifecycle(buildContact({ properties: { lifecyclestage: 'customer' } }), withoutCustomer, NOW).transition).toBeNull();
  });

  it('starts a contact that meets no criteria at the first stage without claiming it meets them', () => {
    const nothingKnown = buildContact({ properties: { lifecyclestage: '', email: '', jobtitle: '', leadops_email_kind: '' } });
    const result = evaluateLifecycle(nothingKnown, config, NOW);
    expect(result.transition?.to).toBe('subscriber');
    expect(result.reasons.find((r) => r.code === 'stage-transition')?.text).toBe("Moves to Subscriber: the first stage, as it meets no stage's entry criteria yet");
  });

  it('still promotes a contact with no stage at all', () => {
    expect(evaluateLifecycle(buildContact({ properties: { lifecyclestage: '' } }), config, NOW).transition?.to).toBe('lead');
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

  it('reads the current stage with surrounding spaces, so a forward "recycle" is still refused', () => {
    const spaced = buildContact({ properties: { lifecyclestage: ' marketingqualifiedlead ' } });
    expect(recycleLifecycle(spaced, config, { to: 'customer', reasonCode: 'bad_timing' }, NOW).ok).toBe(false);
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
