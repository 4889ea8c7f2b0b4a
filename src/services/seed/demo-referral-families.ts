import type { LocalDate } from '../../domain/calendar/index.js'
import { addCalendarDays } from '../../domain/calendar/index.js'
import type {
  Address,
  AdultDetails,
  ChildDetails,
  Relationship,
  ReferralContent,
  Sex,
} from '../../domain/referral/referral-content.js'
import type { ReferralSection } from '../../domain/referral/referral-validation.js'
import { addMonths } from '../../domain/referral/validation-support.js'

// The families in the Northbridge demo's referrals. Everyone is fictional: telephone numbers
// are Ofcom drama numbers, NHS numbers are in the 999 test range, postcodes are in the made-up
// NB area and email addresses end in .example. Ages are counted from the day of the seed, so a
// family referred twice has the same dates of birth both times; what happened is dated from
// the day each referral was made.

export type SeedDates = {
  /** The day the demo was seeded. */
  seedDay: LocalDate
  /** The day this referral was made. */
  today: LocalDate
  /** The working day n working days before the seed. */
  workingDaysAgo: (n: number) => LocalDate
}

export type DemoReferral = {
  key: string
  /** The demo user who makes it, or who records it when it comes in by phone. */
  by: string
  channel: 'web' | 'phone' | 'api'
  /** When the referrer started: working days before the seed, at a London time. */
  daysAgo: number
  at: string
  /** A draft stops after these sections; anything without them is submitted. */
  draftSections?: readonly ReferralSection[]
  /** For web and API referrals only the job title and phone: the rest comes from the account. */
  content: (d: SeedDates) => ReferralContent
}

const HANNAH = 'hannah.ward@hv.northbridge.example'
const SAMIR = 'samir.chaudhry@gp.northbridge.example'
const GRACE = 'grace.okafor@school.northbridge.example'
const DAN = 'dan.price@police.northbridge.example'
const RUTH = 'ruth.kelly@probation.northbridge.example'
const MAREK = 'marek.nowak@housing.northbridge.example'
const AISHA = 'aisha.rahman@earlyhelp.northbridge.example'
const JO = 'jo.evans@familytrust.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'

export const spoken = (date: LocalDate): string =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

const born = (d: SeedDates, years: number, months = 0) => addMonths(d.seedDay, -(years * 12 + months))
const home = (line1: string, postcode: string): Address => ({ line1, town: 'Northbridge', postcode })
const as = (relationship: Relationship, ...childIds: string[]): Record<string, Relationship> =>
  Object.fromEntries(childIds.map(id => [id, relationship]))

function child(
  id: string,
  name: string,
  dateOfBirth: string,
  sex: Sex,
  more: Partial<ChildDetails> = {},
): ChildDetails {
  const [givenName, familyName] = name.split('|')
  return { id, givenName, familyName, dateOfBirth, sex, ...more }
}

function adult(
  id: string,
  name: string,
  relationships: Record<string, Relationship>,
  more: Partial<AdultDetails> = {},
): AdultDetails {
  const [givenName, familyName] = name.split('|')
  return { id, givenName, familyName, relationships, livesWithChildren: true, ...more }
}

const PR = { parentalResponsibility: 'yes' } as const
const AGREED = { parentsInformed: 'yes', consentGiven: 'yes', lawfulBasis: 'public-task' } as const

// Alfie Hughes and his parents, as Hannah Ward knows them; her second referral adds Ryan's details.
const hughes = (d: SeedDates, ryanKnown: boolean) => {
  const flat = home('Flat 2, 7 Larch Close', 'NB2 6LR')
  return {
    children: [child('alfie', 'Alfie|Hughes', born(d, 0, 5), 'male', { nhsNumber: '999 102 3135', address: flat })],
    adults: [
      adult('kayleigh', 'Kayleigh|Hughes', as('mother', 'alfie'), {
        ...PR,
        dateOfBirth: born(d, 21, 4),
        address: flat,
      }),
      adult('ryan', 'Ryan|Doyle', as('father', 'alfie'), {
        address: flat,
        ...(ryanKnown
          ? { ...PR, dateOfBirth: born(d, 24, 9), notes: 'Named on the birth certificate. Works nights.' }
          : {}),
      }),
    ],
  }
}

export const DEMO_REFERRALS: readonly DemoReferral[] = [
  {
    key: 'hughes-first',
    by: HANNAH,
    channel: 'web',
    daysAgo: 14,
    at: '10:15',
    content: d => ({
      immediateDanger: 'no',
      ...hughes(d, false),
      concerns: {
        indicatorCodes: ['FE-MENTAL-HEALTH-01', 'PC-BASIC-CARE-01'],
        description:
          `At Alfie's four-month contact at home on ${spoken(d.today)} Kayleigh told me she has felt low since he was born ` +
          `and is "not coping". Alfie has dropped from the 50th centile to below the 25th since his eight-week check. The flat ` +
          `was cold because the meter had run out, and there were several days of unwashed bottles by the sink.`,
        incidentDates: `Home visit ${spoken(d.today)}; weighed at clinic on ${spoken(addCalendarDays(d.today, -14))}.`,
        impactOnChild:
          'Alfie is not gaining weight as he should and was in a wet, heavy nappy during the visit. Kayleigh says she often ' +
          'leaves him in his cot because she "can\'t face" picking him up.',
        childsVoice:
          'Alfie is too young to tell us. He was quiet, settled when held and fed hungrily during the visit.',
        actionsTaken:
          "Weekly weighing at clinic, visits increased to fortnightly, GP asked to review Kayleigh's mood, and details of the " +
          'perinatal mental health team and the food bank given.',
      },
      referrerView: {
        level: 2,
        reason: 'Kayleigh wants help; early help alongside health visiting could turn this round.',
      },
      consent: { parentsInformed: 'yes', consentGiven: 'yes', lawfulBasis: 'consent' },
      referrer: { jobTitle: 'Health visitor', phone: '01632 960 214' },
    }),
  },
  {
    key: 'hughes-second',
    by: HANNAH,
    channel: 'web',
    daysAgo: 4,
    at: '14:05',
    content: d => ({
      immediateDanger: 'no',
      ...hughes(d, true),
      concerns: {
        indicatorCodes: ['PC-SAFETY-02', 'PC-BASIC-CARE-01', 'FE-MENTAL-HEALTH-01'],
        description:
          `I referred Alfie on ${spoken(d.workingDaysAgo(14))} because of his weight and his mother's low mood. At a home ` +
          `visit today I saw a 2cm bruise on Alfie's left upper arm and two small round marks on his right forearm. Alfie is ` +
          `not yet rolling over. Kayleigh said Ryan "must have gripped him too hard" changing him; Ryan was asleep upstairs.`,
        incidentDates: `Bruising seen ${spoken(d.today)} at about 1pm; Kayleigh thinks it happened the night before.`,
        impactOnChild:
          'Alfie is a baby who cannot move himself, with unexplained bruising and weight now on the 9th centile. He is ' +
          "wholly dependent on two adults who are exhausted and, in his mother's case, depressed.",
        childsVoice:
          'Alfie cried when his left arm was moved as I undressed him, and settled when held still against Kayleigh.',
        actionsTaken:
          `Since my first referral: weekly weighing, and the GP started Kayleigh on antidepressants. Today I discussed this ` +
          `with Claire Moss (named nurse), phoned the front door, and Kayleigh agreed to take Alfie to the Children's ` +
          `Assessment Unit at Northbridge General, where I met them.`,
      },
      referrerView: {
        level: 4,
        reason: 'Bruising to a non-mobile baby, with faltering growth, needs a child protection response.',
      },
      consent: {
        parentsInformed: 'yes',
        consentGiven: 'not-sought',
        reason:
          'Bruising to a baby who is not mobile is referred whatever the parents think; Kayleigh knows I am referring.',
        lawfulBasis: 'public-task',
      },
      referrer: { jobTitle: 'Health visitor', phone: '01632 960 214' },
    }),
  },
  {
    key: 'o-donaill',
    by: SAMIR,
    channel: 'web',
    daysAgo: 12,
    at: '11:40',
    content: d => ({
      immediateDanger: 'no',
      children: [
        child('ciaran', 'Ciarán|Ó Dónaill', born(d, 9, 3), 'male', {
          nhsNumber: '999 139 7949',
          address: home('22 Foundry Street', 'NB4 2XD'),
          schoolOrSetting: 'Hollins Park Special School',
          needs: 'Autistic and non-verbal; uses Makaton and a picture board. Epilepsy, on sodium valproate.',
        }),
      ],
      adults: [
        adult('siobhan', 'Siobhán|Ó Dónaill', as('mother', 'ciaran'), { ...PR, dateOfBirth: born(d, 41, 2) }),
        adult('padraig', 'Pádraig|Ó Dónaill', as('father', 'ciaran'), {
          ...PR,
          livesWithChildren: false,
          notes: 'Moved to Galway last year; phones Ciarán most weeks.',
        }),
      ],
      concerns: {
        indicatorCodes: ['CD-HEALTH-01', 'PC-BASIC-CARE-01'],
        description:
          `Ciarán has missed three neurology appointments since July and his valproate, due monthly, was last collected ` +
          `seven weeks ago. His school told us on ${spoken(d.today)} that he has had two seizures in class this month, the ` +
          `second lasting four minutes. Siobhán, who has cared for him alone since his father moved away, told me she is ` +
          `"exhausted and can't get him out of the house".`,
        impactOnChild:
          'Without his medication Ciarán is at risk of prolonged seizures. He cannot tell anyone he is unwell, and he is ' +
          'missing therapy at school because of the time he needs to recover.',
        childsVoice:
          'Ciarán does not use speech. School say he has been more distressed this month, biting his hand and refusing lunch.',
        actionsTaken:
          "Pharmacy asked to dispense weekly and deliver; neurology asked to rebook; Siobhán accepted a carer's assessment referral.",
      },
      referrerView: {
        level: 3,
        reason:
          'A disabled child whose health needs are not being met; his mother needs a child in need plan and short breaks.',
      },
      consent: AGREED,
      referrer: { jobTitle: 'GP', phone: '01632 960 377' },
    }),
  },
  {
    key: 'nguyen',
    by: GRACE,
    channel: 'web',
    daysAgo: 11,
    at: '09:20',
    content: d => {
      const flat = home('Flat 3, 41 Mill Lane', 'NB3 7QP')
      return {
        immediateDanger: 'no',
        children: [
          child('minh-anh', 'Minh Anh|Nguyễn', born(d, 8, 7), 'female', {
            address: flat,
            schoolOrSetting: 'Northbridge Primary School, Year 4',
          }),
          child('bao', 'Bảo|Nguyễn', born(d, 5, 10), 'male', {
            address: flat,
            schoolOrSetting: 'Northbridge Primary School, Year 1',
            needs: 'The family speak Vietnamese at home; please use an interpreter with Mum.',
          }),
        ],
        adults: [
          adult('lan', 'Thị Lan|Phạm', as('mother', 'minh-anh', 'bao'), { ...PR, dateOfBirth: born(d, 33, 1) }),
          adult('hung', 'Văn Hùng|Nguyễn', as('father', 'minh-anh', 'bao'), { ...PR, dateOfBirth: born(d, 38, 6) }),
        ],
        concerns: {
          indicatorCodes: ['PC-BASIC-CARE-01', 'FE-INCOME-01'],
          description:
            'Since half term both children have arrived hungry most mornings and in the same uniform all week. Minh Anh ' +
            "has been seen taking food from other children's lunchboxes. Bảo has had toothache for two weeks and cannot " +
            "eat on one side. Mum told us through an interpreter that Dad's hours at the nail bar were cut.",
          impactOnChild:
            'Both children are tired and struggle to concentrate before lunch; Minh Anh is embarrassed and has started ' +
            'avoiding her friends at break. Bảo is in pain and cries at lunchtime.',
          childsVoice: 'Minh Anh said: "There\'s only rice at home and Bố is at work all the time."',
          actionsTaken:
            'Free breakfast club places, uniform from our pre-loved rail, help to apply for free school meals, and a ' +
            'dentist and food bank appointment made with Mum using an interpreter.',
        },
        referrerView: { level: 2, reason: 'A family in sudden poverty who accept help; early help can coordinate it.' },
        consent: AGREED,
        referrer: { jobTitle: 'Designated safeguarding lead', phone: '01632 960 508' },
      }
    },
  },
  {
    key: 'popescu',
    by: DAN,
    channel: 'api',
    daysAgo: 9,
    at: '09:35',
    content: d => {
      const house = home('15 Ropewalk Terrace', 'NB5 9AW')
      const kids = ['stefan', 'daria', 'luca']
      const night = addCalendarDays(d.today, -1)
      return {
        immediateDanger: 'no',
        children: [
          child('stefan', 'Ștefan|Popescu', born(d, 11, 5), 'male', {
            nhsNumber: '999 177 2758',
            address: house,
            schoolOrSetting: 'Northbridge Primary School, Year 6',
          }),
          child('daria', 'Daria|Popescu', born(d, 8, 2), 'female', {
            nhsNumber: '999 214 7563',
            address: house,
            schoolOrSetting: 'Northbridge Primary School, Year 3',
          }),
          child('luca', 'Luca|Popescu', born(d, 2, 1), 'male', { nhsNumber: '999 252 2372', address: house }),
        ],
        adults: [
          adult('ioana', 'Ioana|Popescu', as('mother', ...kids), {
            ...PR,
            dateOfBirth: born(d, 34, 8),
            address: house,
          }),
          adult('andrei', 'Andrei|Popescu', as('father', ...kids), {
            ...PR,
            dateOfBirth: born(d, 37, 3),
            livesWithChildren: false,
            notes: 'Arrested for assault; bailed not to contact Ioana or go to the address. Staying with his brother.',
          }),
        ],
        concerns: {
          indicatorCodes: ['FE-DOMESTIC-ABUSE-01', 'FE-SUBSTANCE-USE-01'],
          description:
            `Domestic abuse notification. At 23:10 on ${spoken(night)} officers attended after a 999 call from Ștefan. ` +
            `Andrei had been drinking and pushed Ioana against the kitchen worktop, holding her by the throat; officers saw ` +
            `red marks on her neck. DASH risk assessment: high. This is the third incident reported in twelve months.`,
          incidentDates: `${spoken(night)}; earlier incidents reported in March and June this year.`,
          impactOnChild:
            'All three children were at home. Ștefan took Luca into his bedroom and made the call himself; Daria was ' +
            'found crying on the stairs. Ștefan is taking on the role of protecting his mother and siblings.',
          childsVoice:
            'Ștefan told officers: "I called because I thought he was going to kill her." Daria asked if Dad was going to prison.',
          actionsTaken:
            'Andrei arrested and bailed with conditions; Ioana referred to the IDVA service and the case to MARAC; school ' +
            'told through Operation Encompass before the start of the day.',
        },
        referrerView: {
          level: 3,
          reason: 'Repeated, escalating high-risk domestic abuse witnessed by three children.',
        },
        consent: {
          parentsInformed: 'yes',
          consentGiven: 'not-sought',
          reason:
            'Police share domestic abuse notifications about children without consent; Ioana knows we are sharing.',
          lawfulBasis: 'public-task',
        },
        referrer: { jobTitle: 'Police constable, Public Protection Unit', phone: '01632 960 611' },
      }
    },
  },
  {
    key: 'campbell-pre-birth',
    by: RUTH,
    channel: 'web',
    daysAgo: 7,
    at: '15:10',
    content: d => {
      const flat = home('9 Sorrel Walk', 'NB6 1EJ')
      return {
        immediateDanger: 'no',
        children: [
          { id: 'unborn', unborn: true, expectedDate: addMonths(d.seedDay, 4), sex: 'not-known', address: flat },
        ],
        adults: [
          adult('tia', 'Tia-Louise|Campbell', as('mother', 'unborn'), {
            ...PR,
            dateOfBirth: born(d, 19, 2),
            address: flat,
          }),
          adult('kyle', "Kyle|D'Souza", as('father', 'unborn'), {
            dateOfBirth: born(d, 28, 11),
            parentalResponsibility: 'not-known',
            notes: 'On licence after 18 months for assault (ABH) on a former partner, who was pregnant at the time.',
          }),
        ],
        concerns: {
          indicatorCodes: ['PC-PRE-BIRTH-01', 'FE-DOMESTIC-ABUSE-01'],
          description:
            `At supervision on ${spoken(d.today)} Kyle told me his new partner, Tia-Louise, is about 22 weeks pregnant and ` +
            `that he stays at her flat most nights. He had not disclosed the relationship, which breaches his licence. He ` +
            `has attended 4 of 26 sessions of a domestic abuse programme. Tia-Louise is 19, a care leaver and estranged ` +
            `from her family.`,
          impactOnChild:
            'The baby is at risk of harm from domestic abuse before and after birth. Tia-Louise has not booked with a ' +
            'midwife, so the baby has had no antenatal care.',
          childsVoice:
            'The baby cannot speak for themselves. Tia-Louise told me by phone she is "really happy" and that Kyle "has changed".',
          actionsTaken:
            "Disclosure application under Clare's Law made; midwifery safeguarding team told; licence breach recorded and " +
            'a home visit to check the address booked.',
        },
        referrerView: {
          level: 3,
          reason: 'Pre-birth assessment needed: a known perpetrator of violence to a pregnant partner.',
        },
        consent: {
          parentsInformed: 'yes',
          consentGiven: 'no',
          reason: 'Kyle does not agree; the risk to the baby and to Tia-Louise outweighs his objection.',
          lawfulBasis: 'public-task',
        },
        referrer: { jobTitle: 'Probation officer', phone: '01632 960 742' },
      }
    },
  },
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
    daysAgo: 2,
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
  // Drafts, left at different stages.
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
