import { readActivitiesCsv } from './activities-csv';

const HEADER = 'Contact ID,Activity,Timestamp,Detail';
const read = (lines: readonly string[]) => readActivitiesCsv(`${[HEADER, ...lines].join('\n')}\n`, { file: 'activities.csv', contactIds: new Set(['1', '2']) });
const at = (iso: string) => Date.parse(iso);

describe('readActivitiesCsv', () => {
  it('puts Detail where the engagement rules look for it and sorts each contact\'s activities by time', () => {
    const result = read([
      '1,form_submission,2026-10-22T10:00:00Z,Request a demo',
      '1,page_view,2026-10-21T09:00:00Z,https://www.leadops.example/pricing',
      '2,email_click,2026-10-23T08:00:00Z,November newsletter',
      '2,meeting,2026-10-24 15:00,Discovery call',
      '1,Email open,2026-10-20,',
    ]);
    expect(result.issues).toEqual([]);
    expect(result.byContact.get('1')).toEqual([
      { type: 'email_open', at: at('2026-10-20T00:00:00Z') },
      { type: 'page_view', at: at('2026-10-21T09:00:00Z'), properties: { url: 'https://www.leadops.example/pricing' } },
      { type: 'form_submission', at: at('2026-10-22T10:00:00Z'), properties: { form: 'Request a demo' } },
    ]);
    expect(result.byContact.get('2')).toEqual([
      { type: 'email_click', at: at('2026-10-23T08:00:00Z'), properties: { campaign: 'November newsletter' } },
      { type: 'meeting', at: at('2026-10-24T15:00:00Z'), properties: { title: 'Discovery call' } },
    ]);
  });

  it.each([
    ['an unknown contact', '3,page_view,2026-10-21T09:00:00Z,/pricing', 'Contact ID', /contact 3 is not among the imported contacts/],
    ['an unknown activity type', '1,webinar,2026-10-21T09:00:00Z,Live demo', 'Activity', /unknown activity "webinar"/],
    ['a bad timestamp', '1,page_view,21/10/2026 09:00,/pricing', 'Timestamp', /bad timestamp "21\/10\/2026 09:00"/],
    ['a missing timestamp', '1,page_view,,/pricing', 'Timestamp', /missing Timestamp/],
    ['a short row', '1,page_view', 'Timestamp', /2 cells but the header has 4/],
  ])('skips %s with line and column and keeps the rows around it', (_kind, row, column, message) => {
    const result = read(['1,page_view,2026-10-21T09:00:00Z,/a', row, '2,page_view,2026-10-21T10:00:00Z,/b']);
    expect(result.issues).toEqual([{ file: 'activities.csv', line: 3, column, message: expect.stringMatching(message), effect: 'skipped' }]);
    expect(result.byContact.get('1')).toEqual([{ type: 'page_view', at: at('2026-10-21T09:00:00Z'), properties: { url: '/a' } }]);
    expect(result.byContact.get('2')).toEqual([{ type: 'page_view', at: at('2026-10-21T10:00:00Z'), properties: { url: '/b' } }]);
  });
});
