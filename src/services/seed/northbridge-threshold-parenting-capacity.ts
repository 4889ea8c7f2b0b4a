import type { ThresholdIndicator } from '../../domain/threshold/threshold-document.js'

// Northbridge's indicators for parenting capacity, written for Threshold.

export const PARENTING_CAPACITY_INDICATORS: ThresholdIndicator[] = [
  {
    code: 'PC-BASIC-CARE-01',
    domain: 'parenting-capacity',
    dimension: 'Basic care',
    title: 'Food, warmth, hygiene and a clean home',
    examples: {
      1: ['The child is fed, clean, warm and dressed for the weather, in a home that is safe and clean'],
      2: [
        'Meals are irregular or of poor quality, or the home is sometimes cold or untidy enough to worry visitors',
        'Parents need advice on routines, feeding or hygiene',
      ],
      3: [
        'Basic care is often not provided despite support, and the child’s health or development is affected',
        'Home conditions are poor and not improving, for example rubbish, animal mess or no working heating',
      ],
      4: [
        'The child is persistently hungry, dirty or cold, and the neglect is causing harm',
        'Home conditions are dangerous, for example no food, exposed wiring, drugs or needles within reach',
      ],
    },
  },
  {
    code: 'PC-SAFETY-01',
    domain: 'parenting-capacity',
    dimension: 'Ensuring safety',
    title: 'Supervision and protection from danger',
    examples: {
      1: [
        'The child is supervised as right for their age, and parents recognise and deal with hazards',
        'Parents choose safe people to look after the child',
      ],
      2: [
        'Sometimes left with carers who are too young or not suitable, or supervision is inconsistent',
        'A small number of minor accidents that suggest the home or supervision could be safer',
      ],
      3: [
        'Repeated accidents or A&E visits, or young children often left alone for short periods',
        'Parents have contact with adults who may pose a risk to children, and do not see the risk',
      ],
      4: [
        'A young child left alone at home, or found wandering outside alone, especially at night',
        'Parents allow contact with a person who has harmed children, or cannot keep the child away from them',
      ],
    },
  },
  {
    code: 'PC-SAFETY-02',
    domain: 'parenting-capacity',
    dimension: 'Ensuring safety',
    title: 'Injuries and physical harm',
    examples: {
      1: ['Everyday bumps and grazes in mobile children, explained and in places you would expect'],
      2: [
        'Parents use physical punishment or ask for advice because they are struggling to manage behaviour',
        'Injuries that are explained but happen more often than you would expect',
      ],
      3: [
        'Harsh or frequent physical punishment, without injuries',
        'A pattern of minor injuries with explanations that vary',
      ],
      4: [
        'Any bruise, mark or injury on a baby who is not yet mobile, or an injury the child says an adult caused',
        'A girl who has had, or is at risk of, female genital mutilation (known cases must also be reported to the police)',
      ],
    },
  },
  {
    code: 'PC-SAFETY-03',
    domain: 'parenting-capacity',
    dimension: 'Ensuring safety',
    title: 'Sexual abuse',
    examples: {
      1: ['Parents teach the child about their body, privacy and consent in a way that fits their age'],
      2: [
        'Parents do not set clear boundaries about privacy, nudity or adult content at home',
        'The child has seen sexual material by accident and parents want advice',
      ],
      3: [
        'The child has been exposed to adults’ sexual activity or pornography at home',
        'An adult in the household has a history of concerning sexual behaviour, not known to involve children',
      ],
      4: [
        'The child says they have been sexually abused, or there are physical signs of sexual abuse',
        'A person who has sexually harmed children lives in, or visits, the household',
      ],
    },
  },
  {
    code: 'PC-WARMTH-01',
    domain: 'parenting-capacity',
    dimension: 'Emotional warmth',
    title: 'Warmth, praise and emotional harm',
    examples: {
      1: ['The child is praised, comforted and shown affection, and has a secure attachment to their carers'],
      2: [
        'Parents find it hard to show warmth or respond to the child’s feelings, often because of stress',
        'The child is sometimes shouted at or compared unfavourably with brothers and sisters',
      ],
      3: [
        'Persistent criticism, blaming or coldness towards the child that is affecting their wellbeing',
        'A parent’s relationship with the baby or child is clearly strained and not improving with support',
      ],
      4: [
        'The child is persistently rejected, humiliated, threatened or scapegoated',
        'The child is used in adult conflict in a way that is causing serious emotional harm',
      ],
    },
  },
  {
    code: 'PC-STIMULATION-01',
    domain: 'parenting-capacity',
    dimension: 'Stimulation',
    title: 'Play, learning and new experiences',
    examples: {
      1: ['Parents talk, read and play with the child, and support school or nursery'],
      2: [
        'Limited play, talk or books at home, and the child is not yet taking up an early years place',
        'Parents are not engaging with the school about the child’s learning',
      ],
      3: [
        'Long periods spent alone with screens or strapped into a buggy or car seat, with delay in speech or play',
        'Parents do not take up support for the child’s learning and development needs',
      ],
      4: ['The child is kept isolated and deprived of play, talk and contact with others, causing serious delay'],
    },
  },
  {
    code: 'PC-BOUNDARIES-01',
    domain: 'parenting-capacity',
    dimension: 'Guidance and boundaries',
    title: 'Guidance, routines and boundaries',
    examples: {
      1: ['Clear, consistent routines and boundaries, explained and kept without harsh punishment'],
      2: [
        'Routines and boundaries are inconsistent, and parents ask for help with behaviour',
        'Parents disagree about how to manage the child, leading to arguments',
      ],
      3: [
        'Parents have lost control of the child’s behaviour, or do not know where an older child is at night',
        'Boundaries are so rigid or punitive that the child is fearful or withdrawn',
      ],
      4: [
        'Parents encourage or ignore the child’s involvement in crime, drugs or sexual activity',
        'Parents refuse to look after the child because of their behaviour, leaving them without a safe place to stay',
      ],
    },
  },
  {
    code: 'PC-STABILITY-01',
    domain: 'parenting-capacity',
    dimension: 'Stability',
    title: 'Stable care and living arrangements',
    examples: {
      1: ['The child lives with the same consistent carers, with changes planned and explained'],
      2: [
        'Several recent changes of home, school or carer, or a parent’s new partner moving in quickly',
        'The child is staying with friends or relatives for a few days at a time without a clear plan',
      ],
      3: [
        'Frequent changes of carer or address that are affecting the child’s attachment or education',
        'The child is living with someone who is not a close relative for 28 days or more (private fostering: tell the front door)',
      ],
      4: [
        'No parent or carer is able or willing to look after the child',
        'Moved between addresses to avoid services, or brought into the country in circumstances that suggest trafficking',
      ],
    },
  },
  {
    code: 'PC-PRE-BIRTH-01',
    domain: 'parenting-capacity',
    dimension: 'Unborn babies',
    title: 'Concerns about an unborn baby',
    examples: {
      1: ['Parents are preparing for the baby and attending antenatal care'],
      2: [
        'Late booking for antenatal care or several missed appointments',
        'Young or isolated parents-to-be who need support to prepare for the baby',
      ],
      3: [
        'Domestic abuse, mental ill health or drug or alcohol use in pregnancy, with parents accepting help',
        'Parents with learning needs who will need a lot of support to care safely for a baby',
      ],
      4: [
        'A parent whose previous children were removed, or who has harmed a child, with no evidence of change',
        'Serious domestic abuse, or heavy drug or alcohol use in pregnancy, and parents refusing support',
      ],
    },
  },
]
