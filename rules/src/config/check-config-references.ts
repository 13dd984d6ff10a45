import Holidays from 'date-holidays';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { DateTime, IANAZone } from 'luxon';
import { compileCondition, type ConditionContext } from '../conditions/compile-condition';
import type { Condition } from '../conditions/condition';
import { normalizeCountry } from '../data-quality/normalize-country';
import { formatPath, type ConfigProblem } from './config-problem';
import { activityConditionContext, contactConditionContext } from './condition-context';
import type { LeadOpsConfig } from './leadops-config.schema';

type Path = readonly (string | number)[];

class ReferenceChecker {
  readonly problems: ConfigProblem[] = [];
  private readonly contactContext: ConditionContext;
  private readonly activityContext: ConditionContext;

  constructor(private readonly config: LeadOpsConfig) {
    this.contactContext = contactConditionContext(config);
    this.activityContext = activityConditionContext(config);
  }

  add(path: Path, message: string, fix: string): void {
    this.problems.push({ path: formatPath(path), message, fix });
  }

  unique<T>(items: readonly T[], key: (item: T) => string, path: Path, field: string): void {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const value = key(item);
      const first = seen.get(value);
      if (first !== undefined) this.add([...path, index, field], `"${value}" is already used by ${formatPath([...path, first])}`, `Give each entry its own ${field}.`);
      else seen.set(value, index);
    });
  }

  exists(known: ReadonlySet<string>, value: string | undefined, path: Path, what: string): void {
    if (value === undefined || known.has(value)) return;
    const options = [...known];
    this.add(path, `refers to ${what} "${value}", which does not exist`, options.length > 0 ? `Use one of: ${options.join(', ')}.` : `Define the ${what} first.`);
  }

  condition(condition: Condition, path: Path, context: ConditionContext = this.contactContext): void {
    const result = compileCondition(condition, context);
    if (!result.ok) for (const p of result.problems) this.add([...path, ...p.path], p.message, p.fix);
  }

  run(): void {
    const c = this.config;
    const stageIds = new Set(c.lifecycle.stages.map((s) => s.id));
    const stageOrder = new Map(c.lifecycle.stages.map((s, i) => [s.id, i]));
    const groupIds = new Set(c.scoring.groups.map((g) => g.id));
    const calendarIds = new Set(c.calendars.map((cal) => cal.id));
    const repIds = new Set(c.routing.reps.map((r) => r.ownerId));
    const teamIds = new Set(c.routing.teams.map((t) => t.id));
    const poolIds = new Set(c.routing.pools.map((p) => p.id));
    const trackIds = new Set(c.nurture.tracks.map((t) => t.id));

    this.unique(c.lifecycle.stages, (s) => s.id, ['lifecycle', 'stages'], 'id');
    // LeadOps reads HubSpot's stage value case-insensitively, so "Lead" and "lead" would be one stage.
    this.unique(c.lifecycle.stages, (s) => s.hubspotValue.trim().toLowerCase(), ['lifecycle', 'stages'], 'hubspotValue');
    c.lifecycle.stages.forEach((stage, i) => {
      // HubSpot's values have no spaces around them, so a stage written "lead " would never match a contact.
      if (stage.hubspotValue !== stage.hubspotValue.trim()) this.add(['lifecycle', 'stages', i, 'hubspotValue'], `"${stage.hubspotValue}" has spaces before or after it, so no HubSpot stage matches it`, `Write "${stage.hubspotValue.trim()}".`);
    });
    this.unique(c.properties, (p) => p.name, ['properties'], 'name');
    this.unique(c.lifecycle.recycleReasons, (r) => r.code, ['lifecycle', 'recycleReasons'], 'code');
    c.lifecycle.stages.forEach((stage, i) => stage.entry.forEach((criterion, j) => this.condition(criterion, ['lifecycle', 'stages', i, 'entry', j])));

    this.unique(c.scoring.rules, (r) => r.id, ['scoring', 'rules'], 'id');
    this.unique(c.scoring.groups, (g) => g.id, ['scoring', 'groups'], 'id');
    c.scoring.rules.forEach((rule, i) => {
      const path = ['scoring', 'rules', i];
      this.exists(groupIds, rule.group, [...path, 'group'], 'scoring group');
      if (rule.kind === 'fit') {
        this.condition(rule.when, [...path, 'when']);
        return;
      }
      if (rule.when) this.condition(rule.when, [...path, 'when'], this.activityContext);
      const needs: Record<string, readonly (keyof typeof rule)[]> = { none: [], exponential: ['halfLifeDays'], linear: ['lifetimeDays'], step: ['stepDays', 'stepPercent'] };
      const decayParams = ['halfLifeDays', 'lifetimeDays', 'stepDays', 'stepPercent'] as const;
      for (const param of needs[rule.decay] ?? []) {
        if (rule[param] === undefined) this.add([...path, param], `is required when decay is "${rule.decay}"`, `Add "${String(param)}".`);
      }
      for (const param of decayParams) {
        if (rule[param] !== undefined && !(needs[rule.decay] ?? []).includes(param)) this.add([...path, param], `is not used when decay is "${rule.decay}"`, 'Remove it, or change "decay".');
      }
      if (rule.floorPoints !== undefined && rule.floorPoints > Math.abs(rule.points)) this.add([...path, 'floorPoints'], `(${rule.floorPoints}) is larger than the rule's points (${rule.points})`, 'Use a floor between 0 and the points.');
    });
    c.scoring.groups.forEach((group, i) => {
      const kinds = new Set(c.scoring.rules.filter((r) => r.group === group.id).map((r) => r.kind));
      if (kinds.size > 1) this.add(['scoring', 'groups', i], `mixes fit and engagement rules`, 'Use separate groups for fit and engagement rules, so each cap applies to one kind of points.');
    });
    if (c.scoring.mql.threshold > c.scoring.caps.total) this.add(['scoring', 'mql', 'threshold'], `(${c.scoring.mql.threshold}) is above the total cap (${c.scoring.caps.total}), so no lead can become an MQL`, 'Lower the threshold or raise scoring.caps.total.');
    const { fit: fitCap, engagement: engagementCap } = c.scoring.caps;
    if (fitCap !== undefined && c.scoring.mql.minimumFit > fitCap) this.add(['scoring', 'mql', 'minimumFit'], `(${c.scoring.mql.minimumFit}) is above the fit cap (${fitCap}), so no lead can become an MQL`, 'Lower minimumFit or raise scoring.caps.fit.');
    else if (fitCap !== undefined && engagementCap !== undefined && fitCap + engagementCap < c.scoring.mql.threshold && c.scoring.mql.threshold <= c.scoring.caps.total) this.add(['scoring', 'mql', 'threshold'], `(${c.scoring.mql.threshold}) is above the fit and engagement caps together (${fitCap} + ${engagementCap}), so no lead can become an MQL`, 'Lower the threshold or raise scoring.caps.fit or scoring.caps.engagement.');

    this.unique(c.calendars, (cal) => cal.id, ['calendars'], 'id');
    const holidays = new Holidays();
    c.calendars.forEach((calendar, i) => {
      const path = ['calendars', i];
      if (!IANAZone.isValidZone(calendar.timeZone)) this.add([...path, 'timeZone'], `"${calendar.timeZone}" is not an IANA time zone`, 'Use a name such as "America/New_York" or "Europe/London".');
      for (const [day, intervals] of Object.entries(calendar.week)) {
        // Sorted for the overlap check; each keeps its index as written, so a problem points at the right entry.
        const sorted = intervals.map(([from, to], written) => [minutes(from), minutes(to), written] as const).sort((a, b) => a[0] - b[0]);
        sorted.forEach(([from, to, written], k) => {
          if (from >= to) this.add([...path, 'week', day, written], `interval ${intervals[written]?.join('–')} ends before it starts`, 'A shift that crosses midnight is two intervals: ["22:00","24:00"] today and ["00:00","06:00"] the next day.');
          const next = sorted[k + 1];
          if (next && next[0] < to) this.add([...path, 'week', day], 'has overlapping intervals', 'Merge or separate them.');
        });
      }
      // The schema checks the YYYY-MM-DD shape; "2026-02-30" has it and is no day, which would stop the calendar from loading.
      calendar.extraHolidays.forEach((entry, k) => {
        const { date, from = '00:00', to = '24:00' } = typeof entry === 'string' ? { date: entry } : entry;
        const at = typeof entry === 'string' ? [...path, 'extraHolidays', k] : [...path, 'extraHolidays', k, 'date'];
        if (!DateTime.fromISO(date, { zone: 'utc' }).isValid) this.add(at, `"${date}" is not a day of the calendar`, 'Write a date that exists, as "YYYY-MM-DD" (months have 28 to 31 days).');
        if (minutes(from) >= minutes(to)) this.add([...path, 'extraHolidays', k], `time off ${from}–${to} ends before it starts`, 'Give "from" before "to"; leave "to" out to be off until the end of the day, "from" to be off from its start.');
      });
      if (calendar.holidays) {
        const countries = holidays.getCountries();
        if (!(calendar.holidays.country in countries)) this.add([...path, 'holidays', 'country'], `"${calendar.holidays.country}" has no public-holiday data`, countryCodeFix(calendar.holidays.country, '"holidays"'));
        else if (calendar.holidays.region) {
          const regions = holidays.getStates(calendar.holidays.country) ?? {};
          if (!(calendar.holidays.region in regions)) this.add([...path, 'holidays', 'region'], `"${calendar.holidays.region}" is not a region of ${calendar.holidays.country}`, `Use one of: ${Object.keys(regions).join(', ') || '(none: remove "region")'}.`);
        }
      }
    });

    const defaultCountry = c.dataQuality.defaultCountry;
    // Checked here, not left to phone parsing: an unknown country there reads every national number as invalid.
    if (defaultCountry !== undefined && !isSupportedCountry(defaultCountry)) this.add(['dataQuality', 'defaultCountry'], `"${defaultCountry}" is not a country whose phone numbers LeadOps can read`, countryCodeFix(defaultCountry, 'defaultCountry'));

    this.unique(c.routing.reps, (r) => r.ownerId, ['routing', 'reps'], 'ownerId');
    this.unique(c.routing.teams, (t) => t.id, ['routing', 'teams'], 'id');
    this.unique(c.routing.pools, (p) => p.id, ['routing', 'pools'], 'id');
    this.unique(c.routing.rules, (r) => r.id, ['routing', 'rules'], 'id');
    c.routing.reps.forEach((rep, i) => {
      this.exists(calendarIds, rep.calendar, ['routing', 'reps', i, 'calendar'], 'calendar');
      this.exists(teamIds, rep.team, ['routing', 'reps', i, 'team'], 'team');
    });
    c.routing.teams.forEach((team, i) => this.exists(calendarIds, team.calendar, ['routing', 'teams', i, 'calendar'], 'calendar'));
    c.routing.pools.forEach((pool, i) => {
      this.exists(teamIds, pool.team, ['routing', 'pools', i, 'team'], 'team');
      this.unique(pool.members, (m) => m.ownerId, ['routing', 'pools', i, 'members'], 'ownerId');
      pool.members.forEach((member, j) => this.exists(repIds, member.ownerId, ['routing', 'pools', i, 'members', j, 'ownerId'], 'rep'));
    });
    c.routing.rules.forEach((rule, i) => {
      const path = ['routing', 'rules', i];
      this.condition(rule.when, [...path, 'when']);
      if (rule.target.type === 'pool') this.exists(poolIds, rule.target.pool, [...path, 'target', 'pool'], 'pool');
      if (rule.target.type === 'owner') this.exists(repIds, rule.target.ownerId, [...path, 'target', 'ownerId'], 'rep');
      if (rule.target.type === 'team') {
        this.exists(teamIds, rule.target.team, [...path, 'target', 'team'], 'team');
        const team = rule.target.team;
        if (teamIds.has(team) && !c.routing.reps.some((r) => r.team === team)) this.add([...path, 'target', 'team'], `team "${team}" has no reps`, 'Set "team" on the reps who belong to it.');
      }
      if (rule.target.type === 'account_owner') this.exists(poolIds, rule.target.otherwise, [...path, 'target', 'otherwise'], 'pool');
    });
    const open = c.routing.openLeads;
    if (open.assignValue !== null && !open.values.includes(open.assignValue)) {
      this.add(['routing', 'openLeads', 'assignValue'], `"${open.assignValue}" is not one of the open values (${open.values.join(', ')}), so a lead LeadOps assigns would not count as open`, 'Add it to routing.openLeads.values, or set assignValue to one of them (or null to write nothing).');
    }

    this.unique(c.sla.policies, (p) => p.id, ['sla', 'policies'], 'id');
    this.unique(c.sla.escalation, (s) => s.id, ['sla', 'escalation'], 'id');
    c.sla.policies.forEach((policy, i) => this.condition(policy.when, ['sla', 'policies', i, 'when']));

    this.unique(c.nurture.tracks, (t) => t.id, ['nurture', 'tracks'], 'id');
    const handoff = c.handoff;
    if (handoff) {
      this.exists(stageIds, handoff.fromStage, ['handoff', 'fromStage'], 'stage');
      this.exists(stageIds, handoff.toStage, ['handoff', 'toStage'], 'stage');
      const from = stageOrder.get(handoff.fromStage);
      const to = stageOrder.get(handoff.toStage);
      if (from !== undefined && to !== undefined && to <= from) this.add(['handoff', 'toStage'], `("${handoff.toStage}") is not after fromStage ("${handoff.fromStage}")`, 'An accepted handoff moves the lead forward: pick a later stage.');
      this.unique(handoff.rejectReasons, (r) => r.code, ['handoff', 'rejectReasons'], 'code');
      this.unique(handoff.escalation, (step) => step.id, ['handoff', 'escalation'], 'id');
      handoff.rejectReasons.forEach((reason, i) => {
        this.exists(stageIds, reason.recycleTo, ['handoff', 'rejectReasons', i, 'recycleTo'], 'stage');
        this.exists(trackIds, reason.suggestTrack, ['handoff', 'rejectReasons', i, 'suggestTrack'], 'nurture track');
        if (reason.leadStatus !== undefined && c.routing.openLeads.values.includes(reason.leadStatus)) this.add(['handoff', 'rejectReasons', i, 'leadStatus'], `"${reason.leadStatus}" is one of routing.openLeads.values, so a rejected lead would still count as the rep's open lead`, 'Use a status that is not open, such as UNQUALIFIED or BAD_TIMING.');
        const back = stageOrder.get(reason.recycleTo);
        if (from !== undefined && back !== undefined && back >= from) this.add(['handoff', 'rejectReasons', i, 'recycleTo'], `("${reason.recycleTo}") is not before fromStage ("${handoff.fromStage}")`, 'A rejected lead is recycled to an earlier stage.');
      });
    }
  }
}

/** The fix for a country code nothing knows: the ISO code the admin meant ("us" → "US", "UK" → "GB"), when there is one. */
function countryCodeFix(written: string, setting: string): string {
  const meant = normalizeCountry(written);
  if (meant !== undefined && meant !== written) return `Write "${meant}"${meant === written.toUpperCase() ? ': ISO 3166 codes are in capitals' : ', the ISO 3166 code'}.`;
  return `Use a two-letter ISO 3166 code such as "US", "GB" or "DE", or remove ${setting}.`;
}

function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Checks what the schema cannot: references between sections, conditions against property types, calendars. */
export function checkConfigReferences(config: LeadOpsConfig): ConfigProblem[] {
  const checker = new ReferenceChecker(config);
  checker.run();
  return checker.problems;
}
