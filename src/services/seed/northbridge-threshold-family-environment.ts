import type { ThresholdIndicator } from '../../domain/threshold/threshold-document.js'

// Northbridge's indicators for family and environmental factors, written for Threshold.

export const FAMILY_ENVIRONMENT_INDICATORS: ThresholdIndicator[] = [
  {
    code: 'FE-FAMILY-01',
    domain: 'family-environment',
    dimension: 'Family history and functioning',
    title: 'Family relationships and history',
    examples: {
      1: ['Family relationships are supportive, and any separation is managed with the child in mind'],
      2: [
        'Parents are separating or arguing, and the child is unsettled by it',
        'A parent had a difficult childhood, or a bereavement is affecting how the family copes',
      ],
      3: [
        'High conflict between separated parents that the child is caught up in, despite support',
        'A parent’s own experience of abuse or care affects their ability to meet the child’s needs',
      ],
      4: [
        'A parent or household member has harmed a child before, and there is no evidence things have changed',
        'A previous child protection plan or care proceedings, and the concerns that led to them have returned',
      ],
    },
  },
  {
    code: 'FE-DOMESTIC-ABUSE-01',
    domain: 'family-environment',
    dimension: 'Family history and functioning',
    title: 'Domestic abuse',
    examples: {
      1: ['No domestic abuse: adults in the home resolve disagreements without fear or control'],
      2: [
        'A single incident of abuse between adults, assessed as standard risk, with the adult victim accepting support',
        'Arguments at home that frighten the child, without violence',
      ],
      3: [
        'Repeated domestic abuse incidents, or coercive and controlling behaviour, with the child living in the home',
        'A young person is being abused or controlled by a boyfriend or girlfriend',
      ],
      4: [
        'Domestic abuse assessed as high risk (for example heard at a MARAC), or any incident in which the child was hurt or involved',
        'Violence in pregnancy, strangulation, or threats to kill the adult victim or the children',
      ],
    },
  },
  {
    code: 'FE-MENTAL-HEALTH-01',
    domain: 'family-environment',
    dimension: 'Family history and functioning',
    title: 'Parents’ mental health',
    examples: {
      1: ['Parents look after their own mental health and get help when they need it'],
      2: [
        'A parent has anxiety, depression or postnatal low mood that is starting to affect daily routines',
        'A parent is waiting for mental health support and the family has little help',
      ],
      3: [
        'A parent’s mental illness means the child’s needs are often not met, or the child is caring for them',
        'A parent has stopped treatment and their mental health is getting worse',
      ],
      4: [
        'A parent’s mental illness includes thoughts of harming the child, or the child is part of their delusions',
        'A parent has attempted suicide or is in crisis, and no other adult can care for the child',
      ],
    },
  },
  {
    code: 'FE-SUBSTANCE-USE-01',
    domain: 'family-environment',
    dimension: 'Family history and functioning',
    title: 'Parents’ drug and alcohol use',
    examples: {
      1: ['Any alcohol use by parents is moderate and never affects their care of the child'],
      2: [
        'A parent drinks or uses drugs in a way that sometimes affects routines, and is willing to get help',
        'A parent in recovery who needs support to stay well',
      ],
      3: [
        'A parent’s drug or alcohol use regularly affects the care the child receives',
        'Drugs, drug equipment or drug-related visitors in the home, with the child exposed to them',
      ],
      4: [
        'A parent is often too intoxicated to care for the child, or has driven with the child while intoxicated',
        'The child has swallowed drugs or alcohol, or been given them by an adult',
      ],
    },
  },
  {
    code: 'FE-WIDER-FAMILY-01',
    domain: 'family-environment',
    dimension: 'Wider family',
    title: 'Support from wider family and friends',
    examples: {
      1: ['Relatives and friends offer practical and emotional support'],
      2: [
        'Little contact with wider family, so parents have no one to turn to',
        'Relatives are willing to help but live far away',
      ],
      3: [
        'The wider family is a source of conflict or risk rather than support',
        'A grandparent or other relative is caring for the child without support, and struggling',
      ],
      4: [
        'Wider family members pose a risk to the child and parents cannot or will not protect them',
        'The family has been cut off by relatives, or is fleeing them, because of threats of honour-based abuse',
      ],
    },
  },
  {
    code: 'FE-HOUSING-01',
    domain: 'family-environment',
    dimension: 'Housing',
    title: 'Housing',
    examples: {
      1: ['The family has safe, stable housing that meets its needs'],
      2: [
        'Overcrowding, damp or disrepair that is affecting the family’s health',
        'Rent arrears or a notice to leave, and the family is working with housing services',
      ],
      3: [
        'Homeless and living in temporary accommodation, or moving often, affecting the child’s schooling and health',
        'Housing conditions so poor that they are harming the child’s health, despite action by housing services',
      ],
      4: [
        'The family is street homeless, or the child has nowhere safe to sleep tonight',
        'A 16 or 17 year old who is homeless or has been asked to leave home',
      ],
    },
  },
  {
    code: 'FE-EMPLOYMENT-01',
    domain: 'family-environment',
    dimension: 'Employment',
    title: 'Work and the time parents have for their children',
    examples: {
      1: ['Parents’ work, or lack of it, does not get in the way of caring for the child'],
      2: [
        'Long or irregular hours mean there is little time or supervision for the child',
        'A parent has lost their job and the family is under strain',
      ],
      3: [
        'Parents’ work patterns leave a young child unsupervised or cared for by unsuitable people',
        'Unemployment over a long time alongside other needs, such as poor mental health or debt',
      ],
      4: ['A parent is in forced or exploitative work, or the child is being made to work'],
    },
  },
  {
    code: 'FE-INCOME-01',
    domain: 'family-environment',
    dimension: 'Income',
    title: 'Money, debt and poverty',
    examples: {
      1: ['The family has enough money for food, heating and essentials, and manages it'],
      2: [
        'Struggling with bills or debt, or using food banks, with parents seeking advice',
        'Benefits stopped or delayed, putting pressure on the family',
      ],
      3: [
        'Serious debt or no regular income, so the child often goes without essentials',
        'Money is controlled by one adult as part of abusive behaviour',
      ],
      4: [
        'No money for food or heating, leaving the child at immediate risk',
        'A family with no recourse to public funds and no means of support',
      ],
    },
  },
  {
    code: 'FE-SOCIAL-01',
    domain: 'family-environment',
    dimension: "Family's social integration",
    title: 'Belonging to the community',
    examples: {
      1: ['The family has friends, neighbours and community links, and takes part in local life'],
      2: [
        'The family is new to the area, isolated, or needs help with language to use services',
        'Experiencing some harassment or unfriendliness from neighbours',
      ],
      3: [
        'The family is socially isolated, and it is affecting the child’s development and wellbeing',
        'Persistent hate crime or harassment directed at the family',
      ],
      4: [
        'The family is deliberately isolated by an adult, so that no one outside sees the child',
        'Serious threats or violence towards the family from others in the community',
      ],
    },
  },
  {
    code: 'FE-COMMUNITY-01',
    domain: 'family-environment',
    dimension: 'Community resources',
    title: 'Access to local services and a safe neighbourhood',
    examples: {
      1: ['The family knows about and uses local services, such as family hubs, libraries and leisure centres'],
      2: [
        'The family does not know what help is available, or cannot get to it',
        'The neighbourhood has few safe places for children to play',
      ],
      3: [
        'Services the child needs are not available or the family cannot reach them, and needs are going unmet',
        'The neighbourhood has high levels of crime or drug dealing that the child is exposed to',
      ],
      4: [
        'The child is at risk of serious harm in the area where they live, for example from gangs, and needs a safety plan',
      ],
    },
  },
]
