/** Local parts of shared mailboxes: nobody in particular reads them, so they are poor leads. */
export const ROLE_LOCAL_PARTS: readonly string[] = [
  'info', 'sales', 'support', 'admin', 'administrator', 'contact', 'hello', 'help', 'office', 'team', 'marketing', 'billing',
  'accounts', 'accounting', 'finance', 'hr', 'jobs', 'careers', 'noreply', 'no-reply', 'donotreply', 'webmaster', 'postmaster',
  'enquiries', 'inquiries', 'service', 'customerservice', 'press', 'media', 'legal', 'privacy', 'security', 'it', 'ops',
];
