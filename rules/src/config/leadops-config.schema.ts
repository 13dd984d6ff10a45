import { z } from 'zod';
import { conditionSchema } from '../conditions/condition.schema';
import { PROPERTY_TYPES } from '../conditions/property-type';

/** The version of the config document format; bumped when a change is not backward compatible. */
export const CONFIG_SCHEMA_VERSION = 1;

const id = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'use lowercase letters, digits, "_", "-" or "."');
const label = z.string().min(1);
const positive = z.number().positive();
const nonNegative = z.number().min(0);
const positiveInt = z.number().int().positive();
const percent = z.number().gt(0).max(100);
const ownerId = z.string().regex(/^\d+$/, 'a HubSpot owner id is digits only');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'write times as HH:MM, 00:00 to 24:00');

export const ACTIVITY_TYPES = ['page_view', 'form_submission', 'email_open', 'email_click', 'meeting', 'call', 'chat'] as const;
export const DECAY_KINDS = ['none', 'exponential', 'linear', 'step'] as const;
export const STAGE_TEAMS = ['marketing', 'sales', 'customer_success'] as const;
export const POOL_STRATEGIES = ['round_robin', 'weighted', 'least_loaded'] as const;
export const ESCALATION_ACTIONS = ['task_owner', 'notify_manager', 'reroute'] as const;
/** HubSpot's default lead statuses that mean a rep is still working the lead (not Unqualified, Bad timing or Open deal). */
export const OPEN_LEAD_STATUSES = ['NEW', 'OPEN', 'IN_PROGRESS', 'ATTEMPTED_TO_CONTACT', 'CONNECTED'] as const;

const propertySchema = z.strictObject({
  name: z.string().min(1).describe('Internal name of the HubSpot property.'),
  label: label.describe('Name shown in explanations.'),
  type: z.enum(PROPERTY_TYPES).describe('How the string HubSpot returns is read.'),
});

const fitRuleSchema = z.strictObject({
  id,
  kind: z.literal('fit'),
  label: label.describe('Short reason shown to reps, e.g. "VP title".'),
  when: conditionSchema,
  points: z.number().refine((n) => n !== 0, 'points must not be 0').describe('Points added (negative: removed) when the condition matches.'),
  group: id.optional().describe('Group whose cap applies.'),
});

const engagementRuleSchema = z.strictObject({
  id,
  kind: z.literal('engagement'),
  label,
  activity: z.enum(ACTIVITY_TYPES).describe('Which activity counts.'),
  when: conditionSchema.optional().describe('Condition on the activity (e.g. url contains /pricing).'),
  points: z.number().refine((n) => n !== 0, 'points must not be 0').describe('Points per matching activity, before decay.'),
  maxEvents: positiveInt.optional().describe('Only the most recent N matching activities count.'),
  cap: positive.optional().describe('Most points (in absolute value) this rule can give.'),
  decay: z.enum(DECAY_KINDS).describe('How points fade with the activity\'s age.'),
  halfLifeDays: positive.optional().describe('exponential: days after which points halve.'),
  lifetimeDays: positive.optional().describe('linear: days after which points reach the floor.'),
  stepDays: positive.optional().describe('step (HubSpot style): points are reduced every N days…'),
  stepPercent: percent.optional().describe('step: …by this percentage of what is left.'),
  floorPoints: nonNegative.optional().describe('Points never decay below this (absolute value).'),
  group: id.optional(),
});

export const scoringRuleSchema = z.discriminatedUnion('kind', [fitRuleSchema, engagementRuleSchema]);

const scoringSchema = z.strictObject({
  rules: z.array(scoringRuleSchema),
  groups: z.array(z.strictObject({ id, label, cap: positive.describe('Most points the group adds; penalties are not capped.') })).default([]),
  caps: z.strictObject({ fit: positive.optional(), engagement: positive.optional(), total: positive.default(100) }).default({ total: 100 }),
  mql: z.strictObject({
    threshold: positive.describe('Total score at which a lead is an MQL.'),
    minimumFit: nonNegative.default(0).describe('Fit a lead needs besides the threshold: engagement alone is not enough.'),
  }),
  meaningfulDropPoints: positive.default(5).describe('A score change smaller than this is not announced as a drop.'),
  projectionDays: positiveInt.max(365).default(56).describe('How far ahead the score projection goes.'),
});

const stageSchema = z.strictObject({
  id,
  hubspotValue: z.string().min(1).describe("Internal value of HubSpot's lifecyclestage: subscriber, lead, marketingqualifiedlead, salesqualifiedlead, opportunity, customer, evangelist, other, or a custom stage's id."),
  label,
  definition: z.string().min(1).describe('The shared, plain-language definition marketing and sales agreed on.'),
  ownerTeam: z.enum(STAGE_TEAMS),
  entry: z.array(conditionSchema).default([]).describe('Every criterion must be met to enter the stage. A later stage with no criteria is entered only by hand or by a handoff.'),
});

const lifecycleSchema = z.strictObject({
  forwardOnly: z.boolean().default(true).describe('As in HubSpot: stages only move forward unless a recycle with a reason is recorded.'),
  stages: z.array(stageSchema).min(1),
  recycleReasons: z.array(z.strictObject({ code: id, label })).default([]),
});

const dayHours = z.array(z.tuple([clockTime, clockTime])).default([]);
const dayOff = z.union([
  isoDate,
  z.strictObject({
    date: isoDate,
    from: clockTime.optional().describe('Off from this local time; the start of the day when left out.'),
    to: clockTime.optional().describe('Off until this local time; the end of the day ("24:00") when left out.'),
  }),
]).describe('A whole day off, "YYYY-MM-DD", or part of one: {"date": "2026-12-24", "from": "12:00"} is that afternoon off.');
const calendarSchema = z.strictObject({
  id,
  label,
  timeZone: z.string().min(1).describe('IANA time zone, e.g. America/New_York.'),
  week: z.strictObject({ monday: dayHours, tuesday: dayHours, wednesday: dayHours, thursday: dayHours, friday: dayHours, saturday: dayHours, sunday: dayHours }),
  holidays: z.strictObject({ country: z.string().length(2), region: z.string().min(1).optional() }).optional(),
  extraHolidays: z.array(dayOff).default([]).describe('Days off beyond the public holidays, whole or in part.'),
});

const caps = z.strictObject({ leadsPerDay: positiveInt.optional(), openLeads: positiveInt.optional() });

const repSchema = z.strictObject({
  ownerId,
  name: label,
  calendar: id.optional().describe("Calendar id; without one the rep's HubSpot working hours or the team calendar apply."),
  team: id.optional().describe('Team the rep belongs to: a "team" routing target shares leads among its reps.'),
  managerOwnerId: ownerId.optional().describe("Who is notified when this rep's SLA is breached (else the team's manager)."),
  caps: caps.optional(),
});

const routingTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('pool'), pool: id }),
  z.strictObject({ type: z.literal('team'), team: id.describe('Round robin among the reps of this team.') }),
  z.strictObject({ type: z.literal('owner'), ownerId }),
  z.strictObject({ type: z.literal('account_owner'), otherwise: id.optional().describe('Pool used when the account has no owner.') }),
]);

const routingSchema = z.strictObject({
  reps: z.array(repSchema).default([]),
  teams: z.array(z.strictObject({ id, label, calendar: id, managerOwnerId: ownerId.optional() })).default([]),
  pools: z.array(z.strictObject({
    id,
    label,
    team: id.optional(),
    strategy: z.enum(POOL_STRATEGIES),
    members: z.array(z.strictObject({ ownerId, weight: positive.default(1) })).min(1),
    caps: caps.optional(),
  })).default([]),
  rules: z.array(z.strictObject({ id, label, when: conditionSchema, target: routingTargetSchema })).default([]),
  availability: z.enum(['skip_unavailable', 'assign_and_wait']).default('skip_unavailable'),
  leadToAccount: z.strictObject({ enabled: z.boolean(), matchBy: z.array(z.enum(['association', 'email_domain'])).min(1) }).default({ enabled: false, matchBy: ['association'] }),
  fallbackQueue: z.strictObject({ id, label }).default({ id: 'unassigned', label: 'Unassigned leads' }),
  openLeads: z.strictObject({
    property: z.string().min(1).default('hs_lead_status').describe('Contact property that says whether the owner is still working a lead.'),
    values: z.array(z.string().min(1)).min(1).default([...OPEN_LEAD_STATUSES]).describe('Values of that property that count as an open lead.'),
    assignValue: z.string().min(1).nullable().default('NEW').describe('Written to the property when LeadOps assigns a lead that has no value yet, so the lead counts at once; null writes nothing.'),
  }).default({ property: 'hs_lead_status', values: [...OPEN_LEAD_STATUSES], assignValue: 'NEW' })
    .describe('Which contacts count as a rep\'s open leads, for least-loaded pools and open-lead caps; LeadOps counts them in HubSpot before it routes.'),
});

const escalationStepSchema = z.strictObject({
  id,
  label,
  at: z.union([z.strictObject({ percent: percent }), z.strictObject({ minutesAfterBreach: positive })]),
  action: z.enum(ESCALATION_ACTIONS),
});

const slaSchema = z.strictObject({
  policies: z.array(z.strictObject({
    id,
    label,
    when: conditionSchema,
    firstTouchWorkingMinutes: positive,
    atRiskPercent: percent.default(75),
  })).default([]),
  clockStarts: z.enum(['assignment', 'next_working_moment']).default('next_working_moment'),
  escalation: z.array(escalationStepSchema).default([]),
  maxReroutes: positiveInt.default(2).describe('How many times the ladder may re-route one lead; after that its re-route step leaves the lead with its owner.'),
  firstTouchProperties: z.array(z.string().min(1)).min(1).default(['hs_sa_first_engagement_date', 'hs_first_outreach_date']),
});

const handoffSchema = z.strictObject({
  fromStage: id.describe('Stage the handoff starts from (usually the MQL stage).'),
  toStage: id.describe('Stage an accepted handoff moves to (usually SQL).'),
  acceptWithinWorkingMinutes: positive,
  rejectReasons: z.array(z.strictObject({
    code: id,
    label,
    recycleTo: id,
    suggestTrack: id.optional(),
    leadStatus: z.string().min(1).optional().describe("Written to the open-lead property (routing.openLeads.property) on a reject with this reason, e.g. UNQUALIFIED or BAD_TIMING, so the lead stops counting as the rep's open lead."),
  })).min(1),
  escalation: z.array(escalationStepSchema).default([]),
});

const nurtureSchema = z.strictObject({
  tracks: z.array(z.strictObject({
    id,
    label,
    description: z.string().default(''),
    via: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('sequence'), sequenceId: z.string().min(1), senderEmail: z.email() }),
      z.strictObject({ kind: z.literal('list'), listId: z.string().min(1) }),
      z.strictObject({ kind: z.literal('property'), property: z.string().min(1), value: z.string() }),
    ]),
  })).default([]),
});

const dataQualitySchema = z.strictObject({
  defaultCountry: z.string().length(2).optional().describe('ISO country used to read phone numbers without a country code.'),
  freeMailDomains: z.array(z.string()).default([]).describe('Added to the built-in free-mail list.'),
  disposableDomains: z.array(z.string()).default([]).describe('Added to the built-in disposable-domain list.'),
  roleAddresses: z.array(z.string()).default([]).describe('Added to the built-in role local parts (info, sales, …).'),
});

export const leadOpsConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(CONFIG_SCHEMA_VERSION),
  name: z.string().default('LeadOps configuration'),
  properties: z.array(propertySchema).default([]).describe('Extra or overriding property definitions for conditions.'),
  lists: z.record(id, z.array(z.string().min(1))).default({}).describe('Named domain lists, e.g. competitors.'),
  calendars: z.array(calendarSchema).default([]),
  lifecycle: lifecycleSchema,
  scoring: scoringSchema,
  routing: routingSchema.default(() => routingSchema.parse({})),
  sla: slaSchema.default(() => slaSchema.parse({})),
  handoff: handoffSchema.optional(),
  nurture: nurtureSchema.default(() => nurtureSchema.parse({})),
  dataQuality: dataQualitySchema.default(() => dataQualitySchema.parse({})),
  permissions: z.strictObject({
    settingsRoleIds: z.array(z.string()).default([]).describe('HubSpot role ids that may change settings (super admins always may).'),
    rerouteRoleIds: z.array(z.string()).default([]),
  }).default({ settingsRoleIds: [], rerouteRoleIds: [] }),
});

export type LeadOpsConfig = z.output<typeof leadOpsConfigSchema>;
export type LeadOpsConfigInput = z.input<typeof leadOpsConfigSchema>;
export type ScoringRule = LeadOpsConfig['scoring']['rules'][number];
export type FitRule = Extract<ScoringRule, { kind: 'fit' }>;
export type EngagementRule = Extract<ScoringRule, { kind: 'engagement' }>;
export type LifecycleStage = LeadOpsConfig['lifecycle']['stages'][number];
export type CalendarConfig = LeadOpsConfig['calendars'][number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
