import { NOW, buildContact, daysAgo, formSubmission, pageView } from '../../test-support/build-contact';
import { loadDefaultConfig } from '../../test-support/default-config';
import { DAY_MS, HOUR_MS } from '../shared/time';
import { scoreLead } from './score-lead';

const config = loadDefaultConfig();

describe('scoreLead with the default config', () => {
  it('explains every fit point with the rule that gave it', () => {
    const score = scoreLead(buildContact(), config, NOW);
    expect(score.contributions.map((c) => c.text)).toEqual([
      '+20 fit: VP title',
      '+15 fit: Company of 50 to 5,000 people',
      '+10 fit: Works in sales, marketing or revenue operations',
      '+5 fit: In a country we sell to',
    ]);
    expect(score.fit).toBe(50);
    expect(score.engagement).toBe(0);
    expect(score.total).toBe(50);
  });

  it('lists reasons that add up to the score shown, however the decayed points round', () => {
    // A pricing visit 2 days ago, a blog visit 4 days ago and a webinar 6 days ago: rounded one by one,
    // the reasons added up to 0.1 more than the score.
    for (const [pricing, blog] of [[2, 4], [2, 10], [9, 25], [17, 31]] as const) {
      const score = scoreLead(buildContact({ activities: [pageView('/pricing', daysAgo(pricing)), pageView('/blog/scoring', daysAgo(blog)), formSubmission('Webinar registration: SLAs', daysAgo(pricing + blog))] }), config, NOW);
      const listed = [...score.contributions, ...score.adjustments].reduce((sum, reason) => sum + (reason.points ?? 0), 0);
      expect(listed).toBeCloseTo(score.total, 9);
    }
  });

  it('decays engagement with the age of each activity and says how', () => {
    const score = scoreLead(buildContact({ activities: [pageView('https://northwind.example/pricing', daysAgo(14))] }), config, NOW);
    const pricing = score.contributions.find((c) => c.ruleId === 'pricing-page');
    expect(pricing?.points).toBe(5); // 10 points, one half-life old
    expect(pricing?.text).toBe('+5 engagement: Visited the pricing page (once, last 14 days ago; half-life 14 days)');
  });

  it('counts only the most recent activities a rule allows and caps the rule', () => {
    const visits = Array.from({ length: 8 }, (_, i) => pageView('/pricing', NOW - i * 60_000));
    const score = scoreLead(buildContact({ activities: visits }), config, NOW);
    const pricing = score.contributions.find((c) => c.ruleId === 'pricing-page');
    expect(pricing?.activities).toBe(5);
    expect(pricing?.points).toBe(30); // 5 visits × 10, capped at 30
  });

  it('counts the most recent activities whichever order they are listed in', () => {
    // Seven pricing visits one half-life apart: the five newest give 10 × (1/2 + 1/4 + … + 1/32) = 9.7.
    const ages = [14, 28, 42, 56, 70, 84, 98];
    const scoreOf = (order: readonly number[]) => scoreLead(buildContact({ activities: order.map((age) => pageView('/pricing', daysAgo(age))) }), config, NOW).contributions.find((c) => c.ruleId === 'pricing-page');
    const oldestFirst = scoreOf([...ages].reverse());
    expect(oldestFirst?.activities).toBe(5);
    expect(oldestFirst?.points).toBe(9.7);
    expect(scoreOf(ages)).toEqual(oldestFirst);
    expect(scoreOf([56, 14, 98, 28, 84, 42, 70])).toEqual(oldestFirst);
  });

  it('applies a group cap so stacked seniority rules do not double count, and says so', () => {
    const contact = buildContact({ properties: { leadops_seniority: 'c_level' } });
    const custom = { ...config, scoring: { ...config.scoring, rules: config.scoring.rules.map((r) => (r.id === 'vp' ? { ...r, when: { property: 'jobtitle', op: 'known' as const } } : r)) } };
    const score = scoreLead(contact, custom, NOW);
    expect(score.contributions.filter((c) => c.ruleId === 'c-level' || c.ruleId === 'vp').map((c) => c.points)).toEqual([25, 20]);
    expect(score.adjustments).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'cap-applied', points: -20, text: '-20 cap: Seniority counts at most 25' })]));
  });

  it('caps what fit rules add, then takes penalties off in full: a cap never absorbs a penalty', () => {
    // A C-level seller at a 500-person US company: more fit than the fit cap (50) allows.
    const cLevel = { leadops_seniority: 'c_level', jobtitle: 'CEO', email: 'ceo@acme.example' };
    const work = scoreLead(buildContact({ properties: cLevel }), config, NOW);
    expect(work.fit).toBe(50);
    const freeMail = scoreLead(buildContact({ properties: { ...cLevel, email: 'ceo@gmail.com', leadops_email_kind: 'free' } }), config, NOW);
    const penalty = freeMail.contributions.filter((c) => (c.points ?? 0) < 0).reduce((sum, c) => sum + (c.points ?? 0), 0);
    expect(penalty).toBeLessThan(0);
    expect(freeMail.fit).toBe(50 + penalty);
    expect(freeMail.adjustments.map((a) => a.text)).toContain(work.adjustments.find((a) => a.text.includes('fit counts at most 50'))?.text);
  });

  it('does not make a poorly fitting lead an MQL however engaged (minimum-fit guard)', () => {
    const weakFit = buildContact({ properties: { leadops_seniority: 'individual_contributor', jobtitle: 'Analyst', country: 'ZZ', leadops_job_function: 'other' } });
    const busy = [formSubmission('Demo request', daysAgo(1)), ...Array.from({ length: 5 }, (_, i) => pageView('/pricing', daysAgo(i))), { type: 'meeting' as const, at: daysAgo(2) }];
    const score = scoreLead({ ...weakFit, activities: busy }, config, NOW);
    expect(score.fit).toBe(15);
    expect(score.total).toBeGreaterThanOrEqual(config.scoring.mql.threshold);
    expect(score.mql.qualifies).toBe(false);
    expect(score.mql.reason).toEqual({ code: 'mql-fit-guard', text: 'Not an MQL: score 75 reaches 60, but fit 15 is below the 20 the definition requires' });
  });

  it('keeps a highly engaged student far from MQL', () => {
    const student = buildContact({ properties: { leadops_seniority: 'student', jobtitle: 'Student', leadops_job_function: 'other' } });
    const busy = [formSubmission('Demo request', daysAgo(1)), ...Array.from({ length: 5 }, (_, i) => pageView('/pricing', daysAgo(i)))];
    const score = scoreLead({ ...student, activities: busy }, config, NOW);
    expect(score.contributions).toEqual(expect.arrayContaining([expect.objectContaining({ text: '-30 fit: Student or intern' })]));
    expect(score.mql.qualifies).toBe(false);
  });

  it('makes a well-fitting, recently engaged lead an MQL and says when it stops being one', () => {
    const contact = buildContact({ activities: [pageView('/pricing', daysAgo(1)), pageView('/pricing', daysAgo(2))] });
    const score = scoreLead(contact, config, NOW);
    expect(score.mql.qualifies).toBe(true);
    expect(score.fallsBelowMql).not.toBeNull();
    const at = score.fallsBelowMql?.at ?? 0;
    // It is found to the hour (the card shows a date): an hour before it is still an MQL, at it no longer.
    expect(scoreLead(contact, config, at - HOUR_MS).total).toBeGreaterThanOrEqual(60);
    expect(scoreLead(contact, config, at).total).toBeLessThan(60);
    expect(score.fallsBelowMql?.text).toMatch(/^Falls below the MQL threshold \(60\) on \d{4}-\d{2}-\d{2} if nothing new happens$/);
  });

  it('finds the next meaningful drop and projects the score weekly', () => {
    const contact = buildContact({ activities: [formSubmission('Demo request', daysAgo(3))] });
    const score = scoreLead(contact, config, NOW);
    expect(score.nextDrop).not.toBeNull();
    expect(score.total - (score.nextDrop?.total ?? 0)).toBeGreaterThanOrEqual(config.scoring.meaningfulDropPoints - 0.1);
    expect(score.projection).toHaveLength(8);
    expect(score.projection[0]?.at).toBe(NOW + 7 * DAY_MS);
    const totals = score.projection.map((p) => p.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });

  it('skips the forecast when asked, leaving the score itself unchanged', () => {
    const contact = buildContact({ activities: [pageView('/pricing', daysAgo(1)), pageView('/pricing', daysAgo(2))] });
    const full = scoreLead(contact, config, NOW);
    const bulk = scoreLead(contact, config, NOW, { forecast: false });
    expect(bulk).toEqual({ ...full, nextDrop: null, fallsBelowMql: null, projection: [] });
  });

  it('has no forecast for a score that cannot decay', () => {
    const score = scoreLead(buildContact(), config, NOW);
    expect(score.nextDrop).toBeNull();
    expect(score.fallsBelowMql).toBeNull();
  });

  it('ignores activities after now and never goes below 0', () => {
    const competitor = buildContact({ properties: { email: 'spy@competitor.example', leadops_seniority: 'student', numemployees: '3', country: 'ZZ', leadops_job_function: 'other' }, activities: [pageView('/pricing', NOW + DAY_MS)] });
    const score = scoreLead(competitor, config, NOW);
    expect(score.engagement).toBe(0);
    expect(score.total).toBe(0);
    expect(score.adjustments.map((a) => a.text)).toContain('+90: the score does not go below 0');
  });

  it('is deterministic: same contact, config and now give the same result', () => {
    const contact = buildContact({ activities: [pageView('/pricing', daysAgo(3)), formSubmission('Whitepaper', daysAgo(9))] });
    expect(scoreLead(contact, config, NOW)).toEqual(scoreLead(contact, config, NOW));
  });
});
