import type { EarlyHelpService } from '../../domain/early-help/early-help-service.js'

// The Northbridge early help directory for the demo. Every service is fictional: phone numbers
// are in Ofcom’s drama range (01632 960xxx), and email and web addresses use the reserved .example domain.
// External ids are fixed so seeding twice adds nothing the second time.

type SeedService = EarlyHelpService & { externalId: string }

const seed = (key: string, service: Omit<SeedService, 'externalId' | 'source'>): SeedService => ({
  externalId: `northbridge-seed:${key}`,
  source: 'northbridge-seed',
  ...service,
})

export const NORTHBRIDGE_EARLY_HELP_SERVICES: readonly SeedService[] = [
  seed('team-around-the-family', {
    name: 'Northbridge Early Help Family Support',
    description:
      'A family support worker works with the whole family for up to six months, agrees a plan with them and ' +
      'brings in other services through a Team Around the Family meeting.',
    eligibility:
      'Families with a child aged 0 to 18 whose needs are more than one universal service can meet (level 2 or 3 ' +
      'of the threshold guidance). The family must agree to the referral.',
    area: 'Northbridge-wide',
    contact: {
      phone: '01632 960111',
      email: 'earlyhelp@earlyhelp.northbridge.example',
      website: 'https://earlyhelp.northbridge.example',
    },
    minAgeYears: 0,
    maxAgeYears: 18,
  }),
  seed('family-hubs', {
    name: 'Northbridge Family Hubs',
    description:
      'Drop-in help for families in one place: stay and play, baby feeding support, health visitor clinics, ' +
      'benefits and housing advice, and a family hub worker to talk to.',
    eligibility: 'Any family with a child or young person aged 0 to 19 (up to 25 with special educational needs)',
    area: 'Northbridge-wide: hubs in Riverside, Eastgate and Northfield',
    contact: {
      phone: '01632 960101',
      email: 'familyhubs@earlyhelp.northbridge.example',
      website: 'https://familyhubs.northbridge.example',
      address: 'Riverside Family Hub, 2 Mill Lane, Northbridge NB1 4RT',
    },
    minAgeYears: 0,
    maxAgeYears: 25,
  }),
  seed('growing-together', {
    name: 'Growing Together Parenting Programme',
    description:
      'A ten-week group for parents on play, praise, routines and calm boundaries, with a crèche. One-to-one ' +
      'sessions at home for parents who cannot join a group.',
    eligibility: 'Parents and carers of children aged 2 to 11. Parents can refer themselves.',
    area: 'Northbridge-wide',
    contact: {
      phone: '01632 960102',
      email: 'parenting@earlyhelp.northbridge.example',
      website: 'https://parenting.northbridge.example',
    },
    minAgeYears: 2,
    maxAgeYears: 11,
  }),
  seed('young-carers', {
    name: 'Northbridge Young Carers Service',
    description:
      'Young carers assessments, one-to-one support, clubs and trips, and help for schools to support pupils ' +
      'who care for someone at home.',
    eligibility:
      'Children and young people aged 5 to 18 who help look after a family member with an illness, disability, ' +
      'mental health condition or addiction',
    area: 'Northbridge-wide',
    contact: {
      phone: '01632 960103',
      email: 'youngcarers@carers.northbridge.example',
      website: 'https://youngcarers.northbridge.example',
    },
    minAgeYears: 5,
    maxAgeYears: 18,
  }),
  seed('school-nursing', {
    name: 'Northbridge School Nursing Service',
    description:
      'School nurses offer health reviews, drop-ins in schools, support with emotional health, continence, ' +
      'sleep and healthy weight, and a confidential text service for secondary pupils.',
    eligibility: 'Children and young people aged 5 to 19 at school or living in Northbridge, and their parents',
    area: 'Northbridge-wide',
    contact: {
      phone: '01632 960104',
      email: 'schoolnursing@health.northbridge.example',
      website: 'https://schoolnursing.northbridge.example',
    },
    minAgeYears: 5,
    maxAgeYears: 19,
  }),
  seed('harbour-domestic-abuse', {
    name: 'Harbour Family Domestic Abuse Support',
    description:
      'Support for children and the non-abusing parent after domestic abuse: safety planning, a children’s ' +
      'recovery group and a parallel group for parents.',
    eligibility:
      'Children aged 4 to 16 who have lived with domestic abuse, and their non-abusing parent, where the abuser ' +
      'no longer lives with the family. High-risk cases go to MARAC first.',
    area: 'Northbridge-wide',
    contact: {
      phone: '01632 960105',
      email: 'families@harbour.northbridge.example',
      website: 'https://harbour.northbridge.example',
    },
    minAgeYears: 4,
    maxAgeYears: 16,
  }),
  seed('youth-service', {
    name: 'Northbridge Youth Service',
    description:
      'Youth clubs, detached youth work, and one-to-one youth workers for young people at risk of exclusion, ' +
      'exploitation or going missing.',
    eligibility: 'Young people aged 11 to 19 (up to 25 with special educational needs or disabilities)',
    area: 'Northbridge-wide; youth centres in Eastgate and Northfield',
    contact: {
      phone: '01632 960106',
      email: 'youth@youth.northbridge.example',
      website: 'https://youth.northbridge.example',
      address: 'Eastgate Youth Centre, 18 Station Road, Northbridge NB3 2SR',
    },
    minAgeYears: 11,
    maxAgeYears: 25,
  }),
  seed('sendiass', {
    name: 'Northbridge SEND Information, Advice and Support Service',
    description:
      'Free, impartial and confidential advice on special educational needs and disabilities: EHC needs ' +
      'assessments, school support, exclusions and tribunals.',
    eligibility:
      'Children and young people aged 0 to 25 with special educational needs or disabilities, and their parents',
    area: 'Northbridge-wide',
    contact: {
      phone: '01632 960107',
      email: 'sendiass@send.northbridge.example',
      website: 'https://sendiass.northbridge.example',
    },
    minAgeYears: 0,
    maxAgeYears: 25,
  }),
  seed('healthy-relationships', {
    name: 'Healthy Relationships Project',
    description:
      'Group and one-to-one sessions for young people on consent, control, online safety and what a healthy ' +
      'relationship looks like; also sessions for young people who have harmed a partner.',
    eligibility: 'Young people aged 11 to 18 in a relationship that worries them or someone who knows them',
    area: 'Northbridge-wide',
    contact: {
      phone: '01632 960108',
      email: 'relationships@youth.northbridge.example',
      website: 'https://relationships.northbridge.example',
    },
    minAgeYears: 11,
    maxAgeYears: 18,
  }),
  seed('money-advice', {
    name: 'Northbridge Family Money Advice',
    description:
      'Benefit checks, help with debts and rent arrears, energy and food vouchers, and applications for ' +
      'free school meals and the household support fund.',
    eligibility: 'Any Northbridge household with children that is struggling with money',
    area: 'Northbridge-wide; appointments at the family hubs',
    contact: {
      phone: '01632 960109',
      email: 'moneyadvice@advice.northbridge.example',
      website: 'https://moneyadvice.northbridge.example',
    },
  }),
  seed('bump-to-baby', {
    name: 'Bump to Baby Peer Support',
    description:
      'Trained volunteer parents who have been through it offer weekly peer support for anxiety and low mood ' +
      'in pregnancy and the first year, alongside the perinatal mental health team.',
    eligibility:
      'Parents from pregnancy until their baby’s first birthday, with mild to moderate perinatal mental health needs',
    area: 'Northbridge-wide',
    contact: {
      phone: '01632 960110',
      email: 'bumptobaby@familytrust.northbridge.example',
      website: 'https://bumptobaby.northbridge.example',
    },
    minAgeYears: 0,
    maxAgeYears: 1,
  }),
  seed('holiday-activities', {
    name: 'Northbridge Holiday Activities and Food',
    description:
      'Free holiday clubs with a hot meal in the Easter, summer and Christmas holidays: sport, arts and trips.',
    eligibility: 'Children aged 5 to 16 who get benefits-related free school meals',
    area: 'Northbridge-wide',
    contact: {
      phone: '01632 960112',
      email: 'haf@earlyhelp.northbridge.example',
      website: 'https://haf.northbridge.example',
    },
    minAgeYears: 5,
    maxAgeYears: 16,
  }),
]
