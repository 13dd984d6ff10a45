import { DAY_MS, type Contact } from '@leadops/rules';

/** Three leads that show the engine's range until the sample portal and `leadops simulate` exist. */
export function demoContacts(now: number): Contact[] {
  return [
    {
      id: 'demo-1',
      properties: { email: ' Dana.Lee@Northwind.example ', firstname: 'Dana', lastname: 'Lee', jobtitle: 'VP Sales', numemployees: '240', country: 'United States', state: 'California', phone: '(415) 555-0132', lifecyclestage: 'lead' },
      activities: [
        { type: 'page_view', at: now - 1 * DAY_MS, properties: { url: 'https://northwind.example/pricing' } },
        { type: 'page_view', at: now - 3 * DAY_MS, properties: { url: 'https://northwind.example/pricing' } },
        { type: 'form_submission', at: now - 4 * DAY_MS, properties: { form: 'Demo request' } },
      ],
    },
    {
      id: 'demo-2',
      properties: { email: 'kim.student@gmail.com', firstname: 'Kim', lastname: 'Park', jobtitle: 'Marketing Intern', country: 'Deutschland', lifecyclestage: 'subscriber' },
      activities: Array.from({ length: 6 }, (_, i) => ({ type: 'page_view' as const, at: now - i * DAY_MS, properties: { url: '/pricing' } })),
    },
    {
      id: 'demo-3',
      properties: { email: 'info@globex.example', jobtitle: 'Director of Operations', numemployees: '1200', country: 'UK', lifecyclestage: 'marketingqualifiedlead' },
      activities: [{ type: 'email_click', at: now - 40 * DAY_MS, properties: { campaign: 'Newsletter' } }],
    },
  ];
}
