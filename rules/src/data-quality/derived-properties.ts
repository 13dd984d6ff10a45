/**
 * Values cleaning derives for conditions to test, with the HubSpot property each is read from. They are
 * not HubSpot properties: a rep fixes the source, and a read asks HubSpot for the source.
 */
export const DERIVED_PROPERTY_SOURCES: Readonly<Record<string, string>> = { leadops_seniority: 'jobtitle', leadops_job_function: 'jobtitle', leadops_email_kind: 'email' };
