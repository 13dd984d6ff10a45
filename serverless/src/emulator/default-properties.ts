import type { PropertyDraft } from './property-definition';

const LIFECYCLE_STAGES = ['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other'];
const LEAD_STATUSES = ['NEW', 'OPEN', 'IN_PROGRESS', 'OPEN_DEAL', 'UNQUALIFIED', 'ATTEMPTED_TO_CONTACT', 'CONNECTED', 'BAD_TIMING'];

const hubspot = (draft: PropertyDraft): PropertyDraft => ({ hubspotDefined: true, ...draft });
const readOnly = (draft: PropertyDraft): PropertyDraft => hubspot({ readOnlyValue: true, ...draft });
const text = (name: string, label: string): PropertyDraft => hubspot({ name, label, type: 'string' });
const owner: PropertyDraft = hubspot({ name: 'hubspot_owner_id', label: 'Owner', type: 'enumeration', referencedObjectType: 'OWNER' });

/** Properties every object has; HubSpot maintains their values. */
function systemProperties(created: string, modified: string): PropertyDraft[] {
  return [
    readOnly({ name: 'hs_object_id', label: 'Record ID', type: 'number' }),
    // HubSpot lets integrations set a contact's or company's create date (imports), not an engagement's.
    created === 'createdate' ? hubspot({ name: created, label: 'Create Date', type: 'datetime' }) : readOnly({ name: created, label: 'Created at', type: 'datetime' }),
    readOnly({ name: modified, label: 'Last Modified Date', type: 'datetime' }),
  ];
}

/**
 * HubSpot's default properties of the standard objects, keyed by objectTypeId: the ones LeadOps reads or
 * writes and a few neighbours. Types follow HubSpot, except `numemployees`, which HubSpot ships as an
 * enumeration of ranges and LeadOps treats as a number (see the rules' HUBSPOT_CONTACT_PROPERTIES).
 */
export const DEFAULT_PROPERTIES: Readonly<Record<string, readonly PropertyDraft[]>> = {
  '0-1': [
    ...systemProperties('createdate', 'lastmodifieddate'),
    text('email', 'Email'),
    text('firstname', 'First Name'),
    text('lastname', 'Last Name'),
    text('jobtitle', 'Job Title'),
    text('company', 'Company Name'),
    text('website', 'Website URL'),
    hubspot({ name: 'phone', label: 'Phone Number', type: 'string', fieldType: 'phonenumber' }),
    hubspot({ name: 'mobilephone', label: 'Mobile Phone Number', type: 'string', fieldType: 'phonenumber' }),
    text('address', 'Street Address'),
    text('city', 'City'),
    text('state', 'State/Region'),
    text('zip', 'Postal Code'),
    text('country', 'Country/Region'),
    hubspot({ name: 'industry', label: 'Industry', type: 'string' }),
    hubspot({ name: 'numemployees', label: 'Number of Employees', type: 'number' }),
    hubspot({ name: 'annualrevenue', label: 'Annual Revenue', type: 'number' }),
    hubspot({ name: 'lifecyclestage', label: 'Lifecycle Stage', type: 'enumeration', fieldType: 'radio', options: LIFECYCLE_STAGES }),
    hubspot({ name: 'hs_lead_status', label: 'Lead Status', type: 'enumeration', fieldType: 'radio', options: LEAD_STATUSES }),
    hubspot({ name: 'hs_persona', label: 'Persona', type: 'enumeration' }),
    owner,
    hubspot({ name: 'associatedcompanyid', label: 'Primary Associated Company ID', type: 'number' }),
    hubspot({ name: 'hs_email_optout', label: 'Unsubscribed from all email', type: 'bool' }),
    hubspot({ name: 'hs_sa_first_engagement_date', label: 'Date of first engagement', type: 'datetime' }),
    hubspot({ name: 'hs_first_outreach_date', label: 'First outreach date', type: 'datetime' }),
    readOnly({ name: 'hubspot_owner_assigneddate', label: 'Owner assigned date', type: 'datetime' }),
    readOnly({ name: 'hs_analytics_source', label: 'Original Source', type: 'enumeration' }),
    readOnly({ name: 'hs_analytics_num_page_views', label: 'Number of Pageviews', type: 'number' }),
    readOnly({ name: 'num_conversion_events', label: 'Number of Form Submissions', type: 'number' }),
    readOnly({ name: 'hs_email_last_click_date', label: 'Last marketing email click date', type: 'datetime' }),
    readOnly({ name: 'num_associated_deals', label: 'Number of Associated Deals', type: 'number' }),
    readOnly({ name: 'recent_deal_close_date', label: 'Recent Deal Close Date', type: 'datetime' }),
    readOnly({ name: 'hs_email_domain', label: 'Email Domain', type: 'string' }),
  ],
  '0-2': [
    ...systemProperties('createdate', 'hs_lastmodifieddate'),
    text('name', 'Company name'),
    text('domain', 'Company Domain Name'),
    text('website', 'Website URL'),
    hubspot({ name: 'phone', label: 'Phone Number', type: 'string', fieldType: 'phonenumber' }),
    text('city', 'City'),
    text('state', 'State/Region'),
    text('country', 'Country/Region'),
    hubspot({ name: 'industry', label: 'Industry', type: 'string' }),
    hubspot({ name: 'numberofemployees', label: 'Number of Employees', type: 'number' }),
    hubspot({ name: 'annualrevenue', label: 'Annual Revenue', type: 'number' }),
    hubspot({ name: 'lifecyclestage', label: 'Lifecycle Stage', type: 'enumeration', fieldType: 'radio', options: LIFECYCLE_STAGES }),
    hubspot({ name: 'description', label: 'Description', type: 'string', fieldType: 'textarea' }),
    owner,
  ],
  '0-46': [
    ...systemProperties('hs_createdate', 'hs_lastmodifieddate'),
    hubspot({ name: 'hs_timestamp', label: 'Activity date', type: 'datetime' }),
    hubspot({ name: 'hs_note_body', label: 'Note body', type: 'string', fieldType: 'html' }),
    text('hs_attachment_ids', 'Attachment IDs'),
    owner,
  ],
  '0-27': [
    ...systemProperties('hs_createdate', 'hs_lastmodifieddate'),
    hubspot({ name: 'hs_timestamp', label: 'Due date', type: 'datetime' }),
    text('hs_task_subject', 'Task Title'),
    hubspot({ name: 'hs_task_body', label: 'Notes', type: 'string', fieldType: 'html' }),
    hubspot({ name: 'hs_task_status', label: 'Task Status', type: 'enumeration', options: ['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED'] }),
    hubspot({ name: 'hs_task_priority', label: 'Priority', type: 'enumeration', options: ['NONE', 'LOW', 'MEDIUM', 'HIGH'] }),
    hubspot({ name: 'hs_task_type', label: 'Task Type', type: 'enumeration', options: ['CALL', 'EMAIL', 'TODO', 'LINKED_IN', 'LINKED_IN_CONNECT', 'LINKED_IN_MESSAGE'] }),
    text('hs_queue_membership_ids', 'Queue'),
    text('hs_task_reminders', 'Reminder'),
    owner,
  ],
  '0-115': [
    ...systemProperties('hs_createdate', 'hs_lastmodifieddate'),
    text('hs_email', 'Email'),
    text('hs_given_name', 'First name'),
    text('hs_family_name', 'Last name'),
    text('hs_job_title', 'Job title'),
    hubspot({ name: 'hs_internal_user_id', label: 'User ID', type: 'number' }),
    // HubSpot stores working and out-of-office hours as JSON text.
    text('hs_working_hours', 'Working hours'),
    text('hs_out_of_office_hours', 'Out of office hours'),
    text('hs_standard_time_zone', 'Time zone'),
    hubspot({ name: 'hs_availability_status', label: 'Availability status', type: 'enumeration', options: ['available', 'away'] }),
    owner,
  ],
};

/** HubSpot's default property group per standard object type. */
export const DEFAULT_GROUPS: Readonly<Record<string, readonly { readonly name: string; readonly label: string }[]>> = {
  '0-1': [
    { name: 'contactinformation', label: 'Contact information' },
    { name: 'analyticsinformation', label: 'Web analytics history' },
  ],
  '0-2': [{ name: 'companyinformation', label: 'Company information' }],
  '0-46': [{ name: 'noteinformation', label: 'Note information' }],
  '0-27': [{ name: 'taskinformation', label: 'Task information' }],
  '0-115': [{ name: 'userinformation', label: 'User information' }],
};
