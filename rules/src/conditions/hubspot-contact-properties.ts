import type { PropertyDefinition } from './property-type';

/**
 * HubSpot contact properties the default rules use, with their HubSpot types, plus the values LeadOps
 * derives while cleaning data (`leadops_*`). A config can add its own in `properties`.
 */
export const HUBSPOT_CONTACT_PROPERTIES: readonly PropertyDefinition[] = [
  { name: 'email', label: 'Email', type: 'string' },
  { name: 'firstname', label: 'First name', type: 'string' },
  { name: 'lastname', label: 'Last name', type: 'string' },
  { name: 'jobtitle', label: 'Job title', type: 'string' },
  { name: 'company', label: 'Company name', type: 'string' },
  { name: 'website', label: 'Website', type: 'string' },
  { name: 'phone', label: 'Phone', type: 'string' },
  { name: 'mobilephone', label: 'Mobile phone', type: 'string' },
  { name: 'country', label: 'Country', type: 'string' },
  { name: 'state', label: 'State/Region', type: 'string' },
  { name: 'city', label: 'City', type: 'string' },
  { name: 'industry', label: 'Industry', type: 'enumeration' },
  { name: 'numemployees', label: 'Number of employees', type: 'number' },
  { name: 'annualrevenue', label: 'Annual revenue', type: 'number' },
  { name: 'lifecyclestage', label: 'Lifecycle stage', type: 'enumeration' },
  { name: 'hs_lead_status', label: 'Lead status', type: 'enumeration' },
  { name: 'hs_persona', label: 'Persona', type: 'enumeration' },
  { name: 'hs_analytics_source', label: 'Original source', type: 'enumeration' },
  { name: 'hs_analytics_num_page_views', label: 'Page views', type: 'number' },
  { name: 'num_conversion_events', label: 'Form submissions', type: 'number' },
  { name: 'hs_email_last_click_date', label: 'Last email click', type: 'datetime' },
  { name: 'createdate', label: 'Create date', type: 'datetime' },
  { name: 'num_associated_deals', label: 'Associated deals', type: 'number' },
  { name: 'recent_deal_close_date', label: 'Last deal closed', type: 'datetime' },
  { name: 'hs_email_optout', label: 'Unsubscribed from all email', type: 'bool' },
  { name: 'hubspot_owner_id', label: 'Contact owner', type: 'enumeration' },
  { name: 'associatedcompanyid', label: 'Primary company', type: 'string' },
  { name: 'hs_sa_first_engagement_date', label: "Owner's first engagement", type: 'datetime' },
  { name: 'hs_first_outreach_date', label: 'First outreach', type: 'datetime' },
  { name: 'leadops_seniority', label: 'Seniority', type: 'enumeration' },
  { name: 'leadops_job_function', label: 'Job function', type: 'enumeration' },
  { name: 'leadops_email_kind', label: 'Email kind', type: 'enumeration' },
  { name: 'leadops_score', label: 'LeadOps score', type: 'number' },
  { name: 'leadops_fit_score', label: 'LeadOps fit score', type: 'number' },
  { name: 'leadops_engagement_score', label: 'LeadOps engagement score', type: 'number' },
  { name: 'leadops_is_mql', label: 'Meets the MQL definition', type: 'bool' },
];

/** Properties of an activity (page view, form submission, email click, meeting) that engagement rules can test. */
export const ACTIVITY_PROPERTIES: readonly PropertyDefinition[] = [
  { name: 'url', label: 'Page URL', type: 'string' },
  { name: 'title', label: 'Title', type: 'string' },
  { name: 'form', label: 'Form', type: 'string' },
  { name: 'campaign', label: 'Email campaign', type: 'string' },
  { name: 'outcome', label: 'Outcome', type: 'enumeration' },
  { name: 'durationMinutes', label: 'Duration (minutes)', type: 'number' },
];
