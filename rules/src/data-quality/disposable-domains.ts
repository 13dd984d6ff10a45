/** Throwaway mailbox services: a lead from one of these will not answer. */
export const DISPOSABLE_DOMAINS: readonly string[] = [
  'mailinator.com', 'guerrillamail.com', 'guerrillamail.net', 'sharklasers.com', '10minutemail.com', '10minutemail.net',
  'temp-mail.org', 'tempmail.com', 'tempmailo.com', 'throwawaymail.com', 'yopmail.com', 'yopmail.fr', 'trashmail.com',
  'getnada.com', 'dispostable.com', 'maildrop.cc', 'mintemail.com', 'fakeinbox.com', 'mohmal.com', 'emailondeck.com',
  'spamgourmet.com', 'mailnesia.com', 'tempinbox.com', 'burnermail.io', 'mytemp.email',
];
