import { addCalendarDays } from '../../domain/calendar/index.js'
import { HANNAH, SAMIR, AISHA, born, home, as, PR, child, adult, type DemoReferral } from './demo-referral-builders.js'

// Three drafts, left at different stages: referrals started but not yet sent.
export const DRAFT_REFERRALS: readonly DemoReferral[] = [
  {
    key: 'begum-ali-draft',
    by: HANNAH,
    channel: 'web',
    daysAgo: 1,
    at: '16:30',
    draftSections: ['immediate-danger', 'children', 'adults'],
    content: d => ({
      immediateDanger: 'no',
      children: [
        child('inaya', 'Inaya|Begum-Ali', addCalendarDays(d.seedDay, -26), 'female', { nhsNumber: '999 439 6420' }),
        child('yusuf', 'Yusuf|Begum-Ali', born(d, 4, 2), 'male', { nhsNumber: '999 514 6045' }),
      ],
      adults: [
        adult('rukhsana', 'Rukhsana|Begum', as('mother', 'inaya', 'yusuf'), { ...PR, dateOfBirth: born(d, 27, 8) }),
      ],
      concerns: {},
      referrerView: {},
      consent: {},
      referrer: {},
    }),
  },
  {
    key: 'kovacs-draft',
    by: SAMIR,
    channel: 'web',
    daysAgo: 2,
    at: '17:10',
    draftSections: ['immediate-danger', 'children', 'adults', 'concerns', 'level'],
    content: d => ({
      immediateDanger: 'no',
      children: [
        child('bence', 'Bence|Kovács', born(d, 13, 6), 'male', {
          nhsNumber: '999 552 0850',
          address: home('12 Weavers Yard', 'NB3 2DL'),
          schoolOrSetting: 'Northbridge Academy, Year 9',
        }),
      ],
      adults: [adult('eszter', 'Eszter|Kovács', as('mother', 'bence'), { ...PR, dateOfBirth: born(d, 42, 3) })],
      concerns: {
        indicatorCodes: ['CD-EMOTIONAL-01'],
        description:
          'Bence came with his mother about headaches and I saw healing cuts on both forearms. He said he has been cutting ' +
          'for a few months since',
      },
      referrerView: { level: 3 },
      consent: {},
      referrer: {},
    }),
  },
  {
    key: 'mensah-boateng-draft',
    by: AISHA,
    channel: 'web',
    daysAgo: 1,
    at: '09:45',
    draftSections: ['immediate-danger', 'children'],
    content: () => ({
      immediateDanger: 'no',
      // Only the name so far: she stopped to check his date of birth with school.
      children: [{ id: 'kwame', givenName: 'Kwame', familyName: 'Mensah-Boateng' }],
      adults: [],
      concerns: {},
      referrerView: {},
      consent: {},
      referrer: {},
    }),
  },
]
