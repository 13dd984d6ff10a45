import type { FieldSpec } from './field-spec';
import { isJsonObject, readAt, type JsonPath } from './json-path';

/** The config sections the page edits, each on its own tab. */
export type SectionKey = 'lifecycle' | 'scoring' | 'routing' | 'sla' | 'handoff' | 'nurture' | 'dataQuality';

/** A tab: forms for the values admins change most, plus the section as JSON for everything else. */
export interface SectionSpec {
  readonly key: SectionKey;
  readonly title: string;
  /** What the section decides and what only its JSON box edits. */
  readonly about: string;
  /** The section's form fields; list items (stages, rules, policies…) each get theirs. */
  readonly fields: (document: unknown) => readonly FieldSpec[];
}

/** The objects of a list in the document, with their index (the path needs it). */
function items(document: unknown, path: JsonPath): readonly { readonly index: number; readonly item: Readonly<Record<string, unknown>> }[] {
  const list = readAt(document, path);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => (isJsonObject(item) ? [{ index, item }] : []));
}

/** How an admin recognises a list item: its label, else its id or code. */
function nameOf(item: Readonly<Record<string, unknown>>, index: number): string {
  for (const key of ['label', 'id', 'code']) {
    const value = item[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return `#${index + 1}`;
}

function stageOptions(document: unknown): readonly { readonly label: string; readonly value: string }[] {
  return items(document, ['lifecycle', 'stages']).flatMap(({ item, index }) => (typeof item['id'] === 'string' ? [{ label: nameOf(item, index), value: item['id'] }] : []));
}

const lifecycle: SectionSpec = {
  key: 'lifecycle',
  title: 'Lifecycle',
  about: "Stages in order, each mapped to a value of HubSpot's lifecycle stage. Definitions, entry criteria and recycle reasons are edited as JSON below.",
  fields: (document) => [
    { kind: 'toggle', path: ['lifecycle', 'forwardOnly'], label: 'Stages only move forward', description: 'As in HubSpot: moving back is a recycle and needs a reason.', defaultValue: true },
    ...items(document, ['lifecycle', 'stages']).map(({ item, index }): FieldSpec => ({ kind: 'text', path: ['lifecycle', 'stages', index, 'label'], label: `Stage ${index + 1} label`, description: `Shown to reps for "${String(item['hubspotValue'] ?? item['id'] ?? '')}".` })),
  ],
};

const scoring: SectionSpec = {
  key: 'scoring',
  title: 'Scoring',
  about: 'When a lead is an MQL, how far each part of the score may go, and each rule\'s points. Conditions, decay and new rules are edited as JSON below.',
  fields: (document) => [
    { kind: 'number', path: ['scoring', 'mql', 'threshold'], label: 'MQL threshold', description: 'Total score at which a lead becomes an MQL.', min: 0 },
    { kind: 'number', path: ['scoring', 'mql', 'minimumFit'], label: 'Minimum fit for an MQL', description: 'Fit points a lead needs besides the threshold: engagement alone is not enough.', min: 0, placeholder: 'Default: 0' },
    { kind: 'number', path: ['scoring', 'caps', 'fit'], label: 'Most fit points', min: 0, placeholder: 'No cap' },
    { kind: 'number', path: ['scoring', 'caps', 'engagement'], label: 'Most engagement points', min: 0, placeholder: 'No cap' },
    { kind: 'number', path: ['scoring', 'caps', 'total'], label: 'Most points in total', min: 0, placeholder: 'Default: 100' },
    ...items(document, ['scoring', 'groups']).map(({ item, index }): FieldSpec => ({ kind: 'number', path: ['scoring', 'groups', index, 'cap'], label: `Cap of the "${nameOf(item, index)}" group`, min: 0 })),
    ...items(document, ['scoring', 'rules']).map(({ item, index }): FieldSpec => ({ kind: 'number', path: ['scoring', 'rules', index, 'points'], label: `Points: ${nameOf(item, index)}`, description: `${String(item['kind'] ?? 'scoring')} rule${item['kind'] === 'engagement' ? ', per activity before decay' : ''}; negative points are a penalty.` })),
    { kind: 'number', path: ['scoring', 'meaningfulDropPoints'], label: 'Smallest drop worth announcing', min: 0, placeholder: 'Default: 5' },
    { kind: 'number', path: ['scoring', 'projectionDays'], label: 'Days the score projection covers', min: 1, max: 365, placeholder: 'Default: 56' },
  ],
};

const routing: SectionSpec = {
  key: 'routing',
  title: 'Routing',
  about: 'What happens when a rep is away, lead-to-account matching, where unroutable leads wait, and what counts as a rep\'s open lead. Reps, teams, pools and routing rules are edited as JSON below.',
  fields: () => [
    { kind: 'choice', path: ['routing', 'availability'], label: 'When a rep is away', options: [{ label: 'Skip them (default)', value: 'skip_unavailable' }, { label: 'Assign anyway; the SLA waits for their working hours', value: 'assign_and_wait' }] },
    { kind: 'toggle', path: ['routing', 'leadToAccount', 'enabled'], label: "Route leads to their account's owner", defaultValue: false },
    { kind: 'list', path: ['routing', 'leadToAccount', 'matchBy'], label: 'Match leads to accounts by', description: 'One a line: association, email_domain.' },
    { kind: 'text', path: ['routing', 'fallbackQueue', 'id'], label: 'Fallback queue id', description: 'Leads no rep can take wait here.' },
    { kind: 'text', path: ['routing', 'fallbackQueue', 'label'], label: 'Fallback queue name' },
    { kind: 'text', path: ['routing', 'openLeads', 'property'], label: 'Open leads: contact property', description: "Least-loaded pools and open-lead caps count a rep's contacts whose value here is open. Default: hs_lead_status." },
    { kind: 'list', path: ['routing', 'openLeads', 'values'], label: 'Open leads: open values', description: 'One a line, e.g. NEW, OPEN, IN_PROGRESS, ATTEMPTED_TO_CONTACT, CONNECTED.' },
    { kind: 'text', path: ['routing', 'openLeads', 'assignValue'], label: 'Open leads: value set on assignment', optional: true, description: 'Written when LeadOps assigns a lead that has no value, so it counts at once. Empty: NEW.' },
  ],
};

const sla: SectionSpec = {
  key: 'sla',
  title: 'SLA',
  about: "First-touch times in working minutes of the owner's calendar. Policy conditions and the escalation ladder are edited as JSON below.",
  fields: (document) => [
    { kind: 'choice', path: ['sla', 'clockStarts'], label: 'The clock starts', options: [{ label: "At the owner's next working moment (default)", value: 'next_working_moment' }, { label: 'At assignment', value: 'assignment' }] },
    ...items(document, ['sla', 'policies']).flatMap(({ item, index }): FieldSpec[] => [
      { kind: 'number', path: ['sla', 'policies', index, 'firstTouchWorkingMinutes'], label: `${nameOf(item, index)}: working minutes to first touch`, min: 0 },
      { kind: 'number', path: ['sla', 'policies', index, 'atRiskPercent'], label: `${nameOf(item, index)}: at risk after (% of the time)`, min: 0, max: 100, placeholder: 'Default: 75' },
    ]),
    { kind: 'number', path: ['sla', 'maxReroutes'], label: 'Re-route one lead at most (times)', description: 'After that, the re-route step leaves the lead with its owner.', min: 1, placeholder: 'Default: 2' },
    { kind: 'list', path: ['sla', 'firstTouchProperties'], label: 'Properties that record a first touch', description: 'One HubSpot property a line; the earliest date counts.' },
  ],
};

const handoff: SectionSpec = {
  key: 'handoff',
  title: 'Handoff',
  about: 'The MQL to SQL handoff: how long the receiving rep has to answer, and the reasons they may reject with. Escalation and recycle targets are edited as JSON below.',
  fields: (document) => [
    { kind: 'number', path: ['handoff', 'acceptWithinWorkingMinutes'], label: 'Accept or reject within (working minutes)', min: 0 },
    { kind: 'choice', path: ['handoff', 'fromStage'], label: 'Handoff starts at stage', options: stageOptions(document) },
    { kind: 'choice', path: ['handoff', 'toStage'], label: 'An accepted lead moves to stage', options: stageOptions(document) },
    ...items(document, ['handoff', 'rejectReasons']).flatMap(({ item, index }): FieldSpec[] => [
      { kind: 'text', path: ['handoff', 'rejectReasons', index, 'label'], label: `Reject reason "${String(item['code'] ?? index + 1)}"`, description: 'What the rep picks when rejecting.' },
      { kind: 'text', path: ['handoff', 'rejectReasons', index, 'leadStatus'], label: `Reject reason "${String(item['code'] ?? index + 1)}": lead status`, optional: true, description: 'Written on reject (e.g. UNQUALIFIED), so the lead is no longer the rep\'s open lead. Empty: unchanged.' },
    ]),
  ],
};

const nurture: SectionSpec = {
  key: 'nurture',
  title: 'Nurture',
  about: 'The tracks marketers enroll leads in. How each track enrolls (sequence, list or property) is edited as JSON below.',
  fields: (document) =>
    items(document, ['nurture', 'tracks']).flatMap(({ item, index }): FieldSpec[] => [
      { kind: 'text', path: ['nurture', 'tracks', index, 'label'], label: `Track "${String(item['id'] ?? index + 1)}" name` },
      { kind: 'text', path: ['nurture', 'tracks', index, 'description'], label: `Track "${String(item['id'] ?? index + 1)}" description`, optional: true },
    ]),
};

const dataQuality: SectionSpec = {
  key: 'dataQuality',
  title: 'Data quality',
  about: 'Added to the built-in lists LeadOps cleans and flags contacts with.',
  fields: () => [
    { kind: 'text', path: ['dataQuality', 'defaultCountry'], label: 'Default country for phone numbers', description: 'Two-letter ISO code, e.g. US.', optional: true },
    { kind: 'list', path: ['dataQuality', 'freeMailDomains'], label: 'More free-mail domains', description: 'One domain a line.' },
    { kind: 'list', path: ['dataQuality', 'disposableDomains'], label: 'More disposable-mail domains', description: 'One domain a line.' },
    { kind: 'list', path: ['dataQuality', 'roleAddresses'], label: 'More shared-mailbox names', description: 'The part before @, one a line (e.g. hello).' },
  ],
};

/** Every section tab, in the order of the document. Lists, calendars, properties and permissions are in the whole-document tab. */
export const SETTINGS_SECTIONS: readonly SectionSpec[] = [lifecycle, scoring, routing, sla, handoff, nurture, dataQuality];
