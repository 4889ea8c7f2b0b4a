// The error messages for the referral, in GOV.UK style: say what is wrong and how to put it
// right, in the referrer's words. The web journey and the JSON API show the same messages,
// so they live here beside the rules rather than in the web layer's catalogue.

/** "Ava" → "Ava's", "the child" → "the child's". GOV.UK style adds 's even after an s. */
export const possessive = (who: string): string => `${who}'s`

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

// By hand rather than toLocaleString, so the wording never depends on the runtime's locale data.
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** Who the referrer details describe: the signed-in referrer, or a caller a handler is recording. */
export type ReferrerSubject = 'you' | 'caller'

export const referralMessages = {
  immediateDanger: {
    missing: 'Select yes if a child is in immediate danger',
  },
  children: {
    none: 'Add at least one child',
    duplicateId: 'Each child must have a different id',
    nameMissing: "Enter the child's first name or last name",
    dateOfBirthMissing: (who: string) => `Enter ${possessive(who)} date of birth`,
    dateOfBirthReal: 'Date of birth must be a real date',
    dateOfBirthPast: 'Date of birth must be in the past',
    adult: (who: string) =>
      `${capitalise(who)} is 18 or over. Referrals to the front door are for children under 18: check the date of birth, or contact adult social care`,
    expectedDateMissing: 'Enter the expected date of delivery',
    expectedDateReal: 'Expected date of delivery must be a real date',
    expectedDateTooFar: 'Expected date of delivery must be within the next 10 months',
    expectedDateTooLongAgo:
      'Expected date of delivery must be no more than 1 month ago. If the baby has been born, say so and enter their date of birth',
    sexMissing: (who: string) => `Select ${possessive(who)} sex`,
    sexBorn: (who: string) => `Select whether ${who} is female or male`,
    nhsNumberFormat: 'Enter an NHS number in the correct format, like 485 777 3456',
    nhsNumberInvalid: 'Enter a valid NHS number: check it has 10 digits and you have typed it correctly',
    postcode: 'Enter a real postcode, like NB1 4GH',
  },
  adults: {
    nameMissing: "Enter the adult's first name or last name",
    dateOfBirthReal: 'Date of birth must be a real date',
    dateOfBirthPast: 'Date of birth must be in the past',
    dateOfBirthTooEarly: 'Date of birth must be the same as or after 1 January 1900',
    relationshipMissing: (adult: string, child: string) => `Select how ${adult} is related to ${child}`,
    livesWithChildrenMissing: (adult: string, oneChild: boolean) =>
      `Select yes if ${adult} lives with ${oneChild ? 'the child' : 'the children'}`,
  },
  concerns: {
    indicatorsMissing: 'Select at least one indicator from the threshold document that matches your concern',
    indicatorUnknown: (code: string) =>
      `Select indicators from the threshold document: "${code}" is not one of its indicator codes`,
    descriptionMissing: 'Describe what happened and why you are worried about the child',
    descriptionShort: (minimum: number) =>
      `Describe what happened in more detail (at least ${minimum} characters): what you saw or were told, when and where`,
    impactMissing: 'Describe the impact on the child: how what is happening affects them',
  },
  level: {
    missing: "Select the threshold level you think the child's needs meet",
  },
  consent: {
    parentsInformedMissing: 'Select yes if the parents or carers know you are making this referral',
    consentGivenMissing: 'Select whether the parents or carers agreed to this referral',
    reasonNotTold: 'Explain why parents were not told, for example because it would put the child at risk',
    reasonNoConsent:
      "Explain why you are referring without the parents' agreement, for example because the child is at risk of significant harm",
    lawfulBasisMissing: 'Select the lawful basis for sharing this information',
    consentBasisWithoutConsent:
      'You cannot rely on consent as the lawful basis when the parents have not agreed: select public task, legal obligation or vital interests',
  },
  referrer: {
    nameMissing: (s: ReferrerSubject) => (s === 'you' ? 'Enter your full name' : "Enter the caller's name"),
    jobTitleMissing: (s: ReferrerSubject) => (s === 'you' ? 'Enter your job title' : "Enter the caller's job title"),
    agencyNameMissing: (s: ReferrerSubject) =>
      s === 'you' ? 'Enter the name of your organisation' : "Enter the name of the caller's organisation",
    phoneMissing: (s: ReferrerSubject) =>
      s === 'you' ? 'Enter your telephone number' : "Enter the caller's telephone number",
    phoneFormat: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
    emailMissing: (s: ReferrerSubject) =>
      s === 'you' ? 'Enter your email address' : "Enter the caller's email address",
    emailFormat: 'Enter an email address in the correct format, like name@example.org',
    contactMissing: "Enter the caller's telephone number or email address so the front door can contact them",
  },
  call: {
    callerTypeMissing: 'Select whether the caller is a professional or a member of the public',
    sourceMissing: 'Select who the caller is',
    sourceWrongList: (callerType: 'professional' | 'public') =>
      callerType === 'public'
        ? 'Select who the caller is from the options for a member of the public'
        : 'Select who the caller is from the options for a professional',
    rightsNotExplained:
      'Confirm you have told the caller they can ask to speak to a social worker and can challenge a decision',
    wantsSocialWorkerMissing: 'Select yes if the caller wants to speak to a social worker',
  },
  text: {
    tooLong: (label: string, maximum: number) =>
      `${capitalise(label)} must be ${thousands(maximum)} characters or less`,
  },
} as const
