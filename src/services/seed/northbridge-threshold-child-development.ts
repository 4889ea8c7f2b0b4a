import type { ThresholdIndicator } from '../../domain/threshold/threshold-document.js'

// Northbridge's indicators for the child's developmental needs, written for Threshold. Examples
// describe what a practitioner might see; they are prompts for judgement, not a checklist.

export const CHILD_DEVELOPMENT_INDICATORS: ThresholdIndicator[] = [
  {
    code: 'CD-HEALTH-01',
    domain: 'child-development',
    dimension: 'Health',
    title: 'Physical health, growth and development',
    examples: {
      1: [
        'Growing and developing as expected, with immunisations and health checks up to date',
        'Registered with a GP and a dentist, and taken to appointments when needed',
      ],
      2: [
        'Several missed health, dental or developmental appointments without a clear reason',
        'Weight or growth starting to fall behind, or a health need the family is unsure how to manage',
      ],
      3: [
        'A long-term condition or disability that is poorly managed, so the child’s health is getting worse',
        'Faltering growth or significant developmental delay that has not improved with support',
      ],
      4: [
        'Medical care for a serious condition is refused or repeatedly not sought, putting the child at risk',
        'Symptoms that may have been made up or caused by a carer (fabricated or induced illness)',
      ],
    },
  },
  {
    code: 'CD-EDUCATION-01',
    domain: 'child-development',
    dimension: 'Education',
    title: 'Attendance and engagement in learning',
    examples: {
      1: [
        'Attends school or an early years setting regularly and is making progress',
        'Any special educational needs are identified and met in school',
      ],
      2: [
        'Attendance is falling, or the child is often late, and the school has raised it with the family',
        'Special educational needs that need extra support in school, without an education, health and care plan',
      ],
      3: [
        'Persistent absence, repeated suspensions or a reduced timetable that is not improving',
        'Not in any school or education, or electively home educated with concerns about what is being provided',
      ],
      4: [
        'Missing education altogether and the family cannot be found, or will not say where the child is',
        'Kept off school to hide injuries or to stop the child telling anyone what is happening at home',
      ],
    },
  },
  {
    code: 'CD-EMOTIONAL-01',
    domain: 'child-development',
    dimension: 'Emotional and behavioural development',
    title: 'Emotional wellbeing and mental health',
    examples: {
      1: [
        'Generally content, copes with everyday setbacks and can say how they feel',
        'Has a trusted adult to turn to when worried',
      ],
      2: [
        'Low mood, anxiety or withdrawal that is starting to affect school, sleep or friendships',
        'Struggling after a loss, a parental separation or a move',
      ],
      3: [
        'Ongoing mental health difficulties that need specialist help, such as an eating disorder or severe anxiety',
        'Repeated self-harm, or talk of wanting to die, without an immediate plan',
      ],
      4: [
        'Self-harm or suicidal thoughts with a plan or serious intent, or a recent attempt',
        'Serious mental illness and no adult able to keep the child safe',
      ],
    },
  },
  {
    code: 'CD-EMOTIONAL-02',
    domain: 'child-development',
    dimension: 'Emotional and behavioural development',
    title: 'Behaviour, risk-taking and offending',
    examples: {
      1: ['Behaviour is appropriate for the child’s age, and the child responds to boundaries'],
      2: [
        'Behaviour at home or school that adults are finding hard to manage',
        'Experimenting with alcohol, cannabis or vaping',
      ],
      3: [
        'Regular drug or alcohol use that affects health, learning or safety',
        'Involved in anti-social behaviour or offending, or showing harmful sexual behaviour towards other children',
      ],
      4: [
        'Serious violence, carrying a weapon, or harmful sexual behaviour that has hurt another child',
        'Drug or alcohol use so heavy that the child has needed emergency treatment',
      ],
    },
  },
  {
    code: 'CD-IDENTITY-01',
    domain: 'child-development',
    dimension: 'Identity',
    title: 'Identity, self-esteem and belonging',
    examples: {
      1: [
        'Has a positive sense of who they are, including their culture, faith, sexuality and gender',
        'Knows their family history in a way that is right for their age',
      ],
      2: [
        'Low self-esteem, or being bullied because of who they are',
        'Confused or distressed about their identity and wanting support',
      ],
      3: [
        'Experiencing discrimination or rejection at home because of their identity, affecting their wellbeing',
        'Persistent self-blame or a very negative view of themselves after harm or loss',
      ],
      4: [
        'At risk of forced marriage, or of abuse or being thrown out because of their sexuality or gender identity',
        'Harmed because of beliefs in witchcraft, spirit possession or similar, or at risk of it',
      ],
    },
  },
  {
    code: 'CD-RELATIONSHIPS-01',
    domain: 'child-development',
    dimension: 'Family and social relationships',
    title: 'Relationships with family and friends, and caring for others',
    examples: {
      1: [
        'Has warm, stable relationships with parents or carers, brothers and sisters',
        'Makes and keeps friendships with children of a similar age',
      ],
      2: [
        'Few or no friends, or frequent falling out with family',
        'Helps to care for a parent or sibling in a way that sometimes gets in the way of school or play',
      ],
      3: [
        'A young carer whose caring role is affecting their health, education or development',
        'Relationships at home have broken down and the child often stays away',
      ],
      4: [
        'The child has been abandoned or rejected, and no one with parental responsibility will care for them',
        'Relationships with older people who may be grooming or controlling them',
      ],
    },
  },
  {
    code: 'CD-PRESENTATION-01',
    domain: 'child-development',
    dimension: 'Social presentation',
    title: 'How the child presents to others',
    examples: {
      1: ['Clean, dressed for the weather, and able to behave appropriately in different settings'],
      2: [
        'Often arrives unwashed or in unsuitable clothes, and other children have started to notice',
        'Finds it hard to judge how to behave with adults and other children',
      ],
      3: [
        'Persistent poor hygiene or unsuitable clothing that leads to bullying or isolation',
        'Sexualised behaviour or language that is not expected for the child’s age',
      ],
      4: [
        'Presentation that suggests serious neglect, such as untreated infestations, sores or being very hungry',
        'Inappropriate sexual knowledge or behaviour that suggests the child may have been sexually abused',
      ],
    },
  },
  {
    code: 'CD-SELF-CARE-01',
    domain: 'child-development',
    dimension: 'Self-care skills',
    title: 'Independence and self-care',
    examples: {
      1: ['Learning to look after themselves as expected for their age and ability'],
      2: [
        'Self-care skills behind what is expected, with the family needing advice on how to help',
        'Expected to do more for themselves than is right for their age',
      ],
      3: [
        'Left to fend for themselves for food, washing and getting to school for long periods',
        'A disabled child whose self-care needs are not being met, affecting their health or dignity',
      ],
      4: [
        'A young child regularly left to care for themselves or younger children, with no adult available',
        'So lacking in self-care that the child is at risk of serious illness or injury',
      ],
    },
  },
  {
    code: 'CD-EXPLOITATION-01',
    domain: 'child-development',
    dimension: 'Harm outside the home',
    title: 'Child sexual exploitation',
    examples: {
      1: ['Understands healthy relationships and consent, and knows who to tell if something feels wrong'],
      2: [
        'A new older boyfriend or girlfriend, or new friends the family does not know',
        'Unexplained gifts, phone credit or money',
      ],
      3: [
        'Going to parties or addresses with older people, or getting into unknown cars',
        'Sharing sexual images or being pressured to, with signs the child is being groomed',
      ],
      4: [
        'Being sexually exploited, or strong signs of it, such as being taken to hotels or other towns',
        'A sexual relationship with an adult, or with someone in a position of trust',
      ],
    },
  },
  {
    code: 'CD-EXPLOITATION-02',
    domain: 'child-development',
    dimension: 'Harm outside the home',
    title: 'Child criminal exploitation and county lines',
    examples: {
      1: ['Spends time with friends and in activities that are safe and known to the family'],
      2: [
        'Spending time with older young people the family is worried about',
        'New clothes, trainers or a second phone that cannot be explained',
      ],
      3: [
        'Found in possession of drugs or cash, or in areas linked to drug dealing',
        'Associating with a group involved in crime and starting to go missing for short periods',
      ],
      4: [
        'Found far from home, for example in another town, and believed to be moving drugs or money',
        'Threatened, assaulted or in debt to people exploiting them, or believed to be carrying a weapon for them',
      ],
    },
  },
  {
    code: 'CD-MISSING-01',
    domain: 'child-development',
    dimension: 'Harm outside the home',
    title: 'Going missing from home, care or school',
    examples: {
      1: ['Always home when expected, or the family knows where the child is'],
      2: [
        'Occasionally home late without saying where they have been',
        'Leaving school during the day without permission',
      ],
      3: [
        'Repeatedly missing overnight, returning tired, hungry or unwilling to say where they were',
        'Regularly truanting with others who are known to be at risk',
      ],
      4: [
        'Missing for long periods or repeatedly, with a known risk of exploitation or harm',
        'Returned home with injuries, drugs or signs of sexual activity, or refuses to say who they were with',
      ],
    },
  },
  {
    code: 'CD-ONLINE-01',
    domain: 'child-development',
    dimension: 'Harm outside the home',
    title: 'Online safety and harm',
    examples: {
      1: [
        'Uses the internet and social media safely for their age, with sensible rules at home',
        'Knows how to block and report, and who to tell about anything upsetting online',
      ],
      2: [
        'Spending a lot of time online, late at night or without any supervision',
        'Has seen upsetting or age-inappropriate content, or has been bullied online',
      ],
      3: [
        'Talking to adults they have met online, or being drawn into extremist ideas (consider a Prevent referral too)',
        'Sharing nude images or being targeted for them, without evidence of blackmail or abuse yet',
      ],
      4: [
        'Being blackmailed with sexual images (sextortion), or groomed online by an adult',
        'Planning to meet an adult they have met online who may want to harm them',
      ],
    },
  },
]
