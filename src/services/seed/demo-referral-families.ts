import { addCalendarDays } from '../../domain/calendar/index.js'
import { addMonths } from '../../domain/referral/validation-support.js'
import {
  HANNAH,
  SAMIR,
  GRACE,
  DAN,
  RUTH,
  born,
  home,
  as,
  PR,
  AGREED,
  hughes,
  child,
  adult,
  spoken,
  type DemoReferral,
} from './demo-referral-builders.js'

// The first six demo referrals, oldest first. See demo-referral-builders.ts for who they are.
export const EARLIER_REFERRALS: readonly DemoReferral[] = [
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
]
