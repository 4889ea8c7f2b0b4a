import { addCalendarDays } from '../../domain/calendar/index.js'
import {
  GRACE,
  MAREK,
  AISHA,
  JO,
  SAM,
  born,
  home,
  as,
  PR,
  AGREED,
  child,
  adult,
  spoken,
  type DemoReferral,
} from './demo-referral-builders.js'

// The last six demo referrals (the drafts are in demo-referral-drafts.ts).
export const LATER_REFERRALS: readonly DemoReferral[] = [
  {
    key: 'wisniewska',
    by: MAREK,
    channel: 'web',
    daysAgo: 13,
    at: '13:30',
    content: d => {
      const room = {
        line1: 'Room 4, Harbour View B&B',
        line2: '2 Quay Street',
        town: 'Northbridge',
        postcode: 'NB7 3TS',
      }
      return {
        immediateDanger: 'no',
        children: [
          child('zofia', 'Zofia|Wiśniewska', born(d, 6, 4), 'female', {
            address: room,
            schoolOrSetting: 'Northbridge Primary School, Year 2',
          }),
          child('jakub', 'Jakub|Wiśniewski', born(d, 3, 0), 'male', { address: room }),
        ],
        adults: [
          adult('agnieszka', 'Agnieszka|Wiśniewska', as('mother', 'zofia', 'jakub'), {
            ...PR,
            dateOfBirth: born(d, 31, 5),
          }),
        ],
        concerns: {
          indicatorCodes: ['FE-HOUSING-01', 'FE-INCOME-01'],
          description:
            `Agnieszka and the children were evicted from their private rented flat on ${spoken(addCalendarDays(d.today, -16))} ` +
            `after a section 21 notice. We placed them in one room at a B&B, sharing a bathroom with six adults, eleven ` +
            `miles from Zofia's school. Agnieszka has lost her warehouse job because she cannot do the school run and shifts.`,
          impactOnChild:
            'Zofia has missed six days of school and the three of them share one double bed. Jakub is not sleeping and ' +
            'wakes screaming when other residents come in late.',
          childsVoice:
            'Zofia asked me when they can "go home to our own house". Jakub would not leave his mum\'s lap during my visit.',
          actionsTaken:
            'Band A on the housing register with bids for two-bedroom homes, welfare rights referral, and bus passes for the school run.',
        },
        referrerView: {
          level: 2,
          reason: 'A capable mother in a housing crisis; early help could support her while we rehouse.',
        },
        consent: { parentsInformed: 'yes', consentGiven: 'yes', lawfulBasis: 'consent' },
        referrer: { jobTitle: 'Housing officer', phone: '01632 960 835' },
      }
    },
  },
  {
    key: 'warsame',
    by: AISHA,
    channel: 'web',
    daysAgo: 6,
    at: '10:50',
    content: d => {
      const house = home('63 Alder Grove', 'NB2 8HN')
      return {
        immediateDanger: 'no',
        children: [
          child('abdi', 'Abdirahman|Warsame', born(d, 14, 8), 'male', {
            otherNames: 'Abdi',
            nhsNumber: '999 327 1993',
            address: house,
            schoolOrSetting: 'Northbridge Academy, Year 10',
          }),
          child('ifrah', 'Ifrah|Warsame', born(d, 9, 1), 'female', {
            nhsNumber: '999 364 6806',
            address: house,
            schoolOrSetting: 'Northbridge Primary School, Year 5',
          }),
        ],
        adults: [
          adult('hodan', 'Hodan|Farah', as('mother', 'abdi', 'ifrah'), {
            ...PR,
            dateOfBirth: born(d, 39, 7),
            address: house,
          }),
          adult('mohamed', 'Mohamed|Warsame', as('father', 'abdi', 'ifrah'), {
            ...PR,
            dateOfBirth: born(d, 45, 0),
            livesWithChildren: false,
            notes: 'Lives in Leicester; Abdi stays with him some weekends.',
          }),
        ],
        concerns: {
          indicatorCodes: ['CD-MISSING-01', 'CD-EXPLOITATION-02', 'CD-EDUCATION-01'],
          description:
            `Abdi has been reported missing three times in five weeks, most recently from ${spoken(addCalendarDays(d.today, -4))} ` +
            `for two nights, when West Midlands Police found him in Birmingham. He came home with new trainers and a second ` +
            `phone that Hodan did not buy him. I have worked with the family under early help since March for attendance.`,
          impactOnChild:
            'Abdi is at risk of criminal exploitation. His attendance is now 61% and he has been excluded twice this ' +
            'term. Ifrah is frightened when he goes missing and has stopped sleeping in her own room.',
          childsVoice:
            'In his return home interview Abdi said he was "just with friends" and "no one\'s making me do anything". ' +
            'He told me nobody listens to him at home.',
          actionsTaken:
            'Early help plan since March, mentoring through the youth service, and return home interviews after each ' +
            'missing episode. Hodan asked for more help after the last one.',
        },
        referrerView: {
          level: 3,
          reason: 'Repeated missing episodes with signs of county lines; this needs more than early help can offer.',
        },
        consent: AGREED,
        referrer: { jobTitle: 'Family support worker', phone: '07700 900 263' },
      }
    },
  },
  {
    key: 'bennett-vague',
    by: JO,
    channel: 'web',
    daysAgo: 10,
    at: '16:20',
    content: d => ({
      immediateDanger: 'no',
      children: [child('tyler-rose', 'Tyler-Rose|Bennett', born(d, 3, 2), 'female')],
      adults: [],
      concerns: {
        indicatorCodes: ['PC-BASIC-CARE-01'],
        description: 'Family seem to be struggling. Kids not always clean and mum seems tired a lot.',
        impactOnChild: 'Not sure really',
      },
      referrerView: { level: 2 },
      consent: {
        parentsInformed: 'no',
        consentGiven: 'not-sought',
        reason: "Didn't want to upset mum",
        lawfulBasis: 'public-task',
      },
      referrer: { jobTitle: 'Family support volunteer', phone: '07700 900 158' },
    }),
  },
  {
    key: 'qureshi-vague',
    by: GRACE,
    channel: 'web',
    daysAgo: 1,
    at: '12:45',
    content: d => ({
      immediateDanger: 'no',
      children: [
        child('ayaan', 'Ayaan|Qureshi', born(d, 9, 9), 'male', {
          address: home('58 Victoria Road', 'NB1 5UZ'),
          schoolOrSetting: 'Northbridge Primary School, Year 5',
        }),
      ],
      adults: [adult('saima', 'Saima|Qureshi', as('mother', 'ayaan'), PR)],
      concerns: {
        indicatorCodes: ['CD-EDUCATION-01'],
        description:
          "Ayaan's attendance has dropped to 88% this term and he is often late. Mum says she has been unwell.",
        impactOnChild: 'Missing the start of maths.',
        actionsTaken: 'Letter home about attendance.',
      },
      referrerView: { level: 1 },
      consent: { parentsInformed: 'yes', consentGiven: 'yes', lawfulBasis: 'consent' },
      referrer: { jobTitle: 'Designated safeguarding lead', phone: '01632 960 508' },
    }),
  },
  {
    key: 'clarke-neighbour-call',
    by: SAM,
    channel: 'phone',
    daysAgo: 8,
    at: '11:05',
    content: d => {
      const house = home('31 Gorse Road', 'NB8 4BF')
      const night = addCalendarDays(d.today, -1)
      return {
        immediateDanger: 'no',
        children: [
          child('maisie', 'Maisie|Clarke', born(d, 2, 3), 'female', { address: house }),
          child('harley', 'Harley|Clarke', born(d, 5, 6), 'male', {
            address: house,
            schoolOrSetting: 'Caller thinks he goes to the primary school on Mill Lane',
          }),
        ],
        adults: [
          adult('jade', 'Jade|Clarke', as('mother', 'maisie', 'harley'), {
            parentalResponsibility: 'not-known',
            address: house,
          }),
        ],
        concerns: {
          indicatorCodes: ['PC-SAFETY-01', 'PC-BASIC-CARE-01'],
          description:
            `The caller lives next door and shares a wall. On the evening of ${spoken(night)} she heard Maisie crying for ` +
            `over two hours from about 8pm with no adult voices. At 10.30pm she knocked; Harley answered in a soiled T-shirt ` +
            `and said Mummy was "at the shop". Jade came back at about 11.15pm. Bin bags have been in the front garden for weeks.`,
          incidentDates: `${spoken(night)}, 8pm to 11.15pm; the caller thinks the children have been left before, at weekends.`,
          impactOnChild:
            'Maisie is two and was left for at least three hours with only her five-year-old brother. Harley is answering ' +
            'the door at night and the caller has seen Maisie in the garden in just a nappy in the cold.',
          childsVoice: 'Harley told the caller: "Mummy\'s at the shop, I\'m looking after Maisie."',
          actionsTaken:
            'The caller did not ring the police at the time. She has passed food over the fence to the children before.',
        },
        referrerView: {
          level: 3,
          reason: 'A toddler and a five-year-old left alone at night; a neglect assessment is needed.',
        },
        consent: {
          parentsInformed: 'no',
          consentGiven: 'not-sought',
          reason: 'A neighbour is not expected to tell the family; she is afraid of what Jade would do if she knew.',
          lawfulBasis: 'public-task',
        },
        referrer: { name: "Bernadette O'Leary", phone: '07700 900 412' },
        call: {
          callerType: 'public',
          sourceCode: '1B',
          relationshipToChild: 'Next-door neighbour',
          anonymous: false,
          rightsExplained: true,
          wantsToSpeakToSocialWorker: true,
        },
      }
    },
  },
  {
    key: 'eze-hospital-call',
    by: SAM,
    channel: 'phone',
    daysAgo: 3,
    at: '15:40',
    content: d => ({
      immediateDanger: 'no',
      children: [
        child('emeka', 'Chukwuemeka|Eze', born(d, 15, 4), 'male', {
          otherNames: 'Emeka',
          nhsNumber: '999 402 1613',
          address: home('4 Kiln Court', 'NB4 6RY'),
          schoolOrSetting: 'Northbridge Academy, Year 11',
        }),
      ],
      adults: [adult('ngozi', 'Ngozi|Eze', as('mother', 'emeka'), { ...PR, dateOfBirth: born(d, 44, 10) })],
      concerns: {
        indicatorCodes: ['CD-EXPLOITATION-02', 'CD-MISSING-01'],
        description:
          `Emeka came to A&E alone by taxi at 02:40 on ${spoken(d.today)} with a 3cm stab wound to his left thigh. He first ` +
          `gave a false name. He had £400 in cash and two phones and said he "fell on some glass" in Birmingham. His ` +
          `mother, reached at 6am, said he had been missing since Friday and she had reported it to the police.`,
        incidentDates: `Arrived ${spoken(d.today)} at 02:40; missing from home since the Friday before.`,
        impactOnChild:
          'Emeka is 15, has been seriously injured and shows signs of county lines exploitation. He is frightened to go ' +
          'home because he says he "owes" people money.',
        childsVoice: 'Emeka said: "If I talk to you they\'ll know. Just stitch it and let me go."',
        actionsTaken:
          "Police told at 04:00; the hospital safeguarding team informed; Emeka kept on the children's ward until a " +
          'safe discharge plan is agreed.',
      },
      referrerView: { level: 4, reason: 'A 15-year-old with a stab wound and clear signs of criminal exploitation.' },
      consent: { parentsInformed: 'yes', consentGiven: 'yes', lawfulBasis: 'public-task' },
      referrer: {
        name: 'Bronwen Ellis',
        jobTitle: 'Staff nurse, Emergency Department',
        agencyName: 'Northbridge General Hospital',
        phone: '01632 960 950',
        email: 'bronwen.ellis@northbridge-general.example',
      },
      call: {
        callerType: 'professional',
        sourceCode: '3E',
        relationshipToChild: 'Nurse who treated him in A&E',
        anonymous: false,
        rightsExplained: true,
        wantsToSpeakToSocialWorker: false,
      },
    }),
  },
]
