import { addCalendarDays, type LocalDate } from '../calendar/index.js'
import type { ReferralContent } from './referral-content.js'
import { addMonths } from './validation-support.js'

// Two referrals that read like cases, for tests and the demo seed. Every person, school and
// address is fictional; telephone numbers are Ofcom drama numbers, NHS numbers are in the
// 999 test range and postcodes use the made-up NB area. Dates are worked out from `today`,
// so the children are the same age and the baby still due whenever the personas are used.

/** Indicator codes the personas cite; a threshold document used with them should contain these. */
export const PERSONA_INDICATOR_CODES: ReadonlySet<string> = new Set([
  'PC-BASIC-CARE-01',
  'PC-SAFETY-01',
  'FE-DOMESTIC-ABUSE-01',
  'CD-EMOTIONAL-01',
])

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const spoken = (date: LocalDate): string => {
  const [year, month, day] = date.split('-').map(Number)
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`
}

/**
 * Tom Price, a practice nurse, refers Jayden Mills (7) with the least the form will accept:
 * "Mum seems stressed, worried about the kids". It can be submitted; it cannot be acted on.
 */
export function millsVagueReferral(today: LocalDate): ReferralContent {
  return {
    immediateDanger: 'no',
    children: [
      {
        id: 'child-jayden',
        givenName: 'Jayden',
        familyName: 'Mills',
        dateOfBirth: addMonths(today, -(7 * 12 + 2)),
        sex: 'male',
      },
    ],
    adults: [],
    concerns: {
      indicatorCodes: ['PC-BASIC-CARE-01'],
      description: 'Mum seems stressed, worried about the kids',
      impactOnChild: 'Not sure',
    },
    referrerView: { level: 3 },
    consent: { parentsInformed: 'yes', consentGiven: 'yes', lawfulBasis: 'public-task' },
    referrer: {
      name: 'Tom Price',
      jobTitle: 'Practice nurse',
      agencyName: 'Northbridge Medical Centre',
      phone: '01632 960 001',
      email: 'tom.price@example.org',
    },
  }
}

/**
 * Zoë Achterberg, designated safeguarding lead at Riverside Primary, refers Ava Okonkwo-Byrne
 * (6) and her unborn sibling after Ava described violence at home: everything the quality
 * assistant asks for is there. Ava's mother is Chloe O'Brien; her father is Daniel Okonkwo.
 */
export function okonkwoByrneReferral(today: LocalDate): ReferralContent {
  const lastIncident = addCalendarDays(today, -4)
  const firstIncident = addCalendarDays(today, -40)
  const home = { line1: '14 Canal Row', town: 'Northbridge', postcode: 'NB1 4GH' }
  return {
    immediateDanger: 'no',
    children: [
      {
        id: 'child-ava',
        givenName: 'Ava',
        familyName: 'Okonkwo-Byrne',
        dateOfBirth: addMonths(today, -(6 * 12 + 4)),
        sex: 'female',
        nhsNumber: '999 000 0018',
        address: home,
        schoolOrSetting: 'Riverside Primary School, Year 2',
      },
      { id: 'child-unborn', unborn: true, expectedDate: addMonths(today, 3), sex: 'not-known', address: home },
    ],
    adults: [
      {
        id: 'adult-chloe',
        givenName: 'Chloe',
        familyName: "O'Brien",
        dateOfBirth: addMonths(today, -(29 * 12 + 5)),
        address: home,
        livesWithChildren: true,
        relationships: { 'child-ava': 'mother', 'child-unborn': 'mother' },
        parentalResponsibility: 'yes',
      },
      {
        id: 'adult-daniel',
        givenName: 'Daniel',
        familyName: 'Okonkwo',
        dateOfBirth: addMonths(today, -(33 * 12 + 1)),
        address: home,
        livesWithChildren: true,
        relationships: { 'child-ava': 'father', 'child-unborn': 'father' },
        parentalResponsibility: 'yes',
        notes: 'Ava says he is the adult who shouts and pushes her mother.',
      },
    ],
    concerns: {
      indicatorCodes: ['FE-DOMESTIC-ABUSE-01', 'CD-EMOTIONAL-01'],
      description:
        `On ${spoken(lastIncident)} Ava told her class teacher, unprompted, that "Daddy pushed Mummy into the door ` +
        `and she was crying on the floor". I spoke to Ava myself the same morning with the teacher present. She said ` +
        `it happens "when Daddy has been at the pub" and that she hides under her bed with her headphones on. ` +
        `Chloe is about six months pregnant. Chloe came to collect Ava with a bruise on her cheek which she said was from a cupboard door.`,
      incidentDates: `${spoken(lastIncident)}; Ava says it has happened "lots of times" since about ${spoken(firstIncident)}, mostly at weekends.`,
      impactOnChild:
        'Ava has been tired and withdrawn in class for about six weeks, falls asleep after lunch and has stopped playing with her friends. ' +
        'She wet herself in class twice this month, which she had not done since Reception. She is frightened to go home on Fridays.',
      childsVoice:
        'Ava said: "I don\'t like it when Daddy shouts. I put my headphones on so I can\'t hear." She asked me not to tell her dad she had told us. ' +
        'She was tearful and kept looking at the door while we talked.',
      actionsTaken:
        'Ava has daily check-ins with our learning mentor since the start of term. We offered Chloe a referral to the Northbridge domestic abuse service ' +
        "on the same day; she declined. We have told the school nurse and Chloe's midwife.",
    },
    referrerView: {
      level: 4,
      reason:
        'Ava describes repeated domestic abuse that frightens her and is affecting her health and learning, her mother is pregnant and injured, and support offered has been declined.',
    },
    consent: {
      parentsInformed: 'no',
      consentGiven: 'not-sought',
      reason: 'Telling the parents could put Ava and her mother at risk of further violence.',
      lawfulBasis: 'public-task',
    },
    referrer: {
      name: 'Zoë Achterberg',
      jobTitle: 'Designated safeguarding lead',
      agencyName: 'Riverside Primary School',
      phone: '01632 960 123',
      email: 'z.achterberg@riverside-primary.example.org',
    },
  }
}
