import type { ThresholdDocumentContent } from '../../domain/threshold/threshold-document-rules.js'
import { CHILD_DEVELOPMENT_INDICATORS } from './northbridge-threshold-child-development.js'
import { FAMILY_ENVIRONMENT_INDICATORS } from './northbridge-threshold-family-environment.js'
import { PARENTING_CAPACITY_INDICATORS } from './northbridge-threshold-parenting-capacity.js'

// The fictional Northbridge partnership's threshold document ("continuum of need"), written
// for Threshold in its own words. The demo publishes it as version 1; a partnership replaces it
// with its own by publishing a new version. The indicators are split by domain to keep files short.

export const NORTHBRIDGE_THRESHOLD_DOCUMENT: ThresholdDocumentContent = {
  title: 'Northbridge threshold guidance',
  levels: [
    {
      level: 1,
      name: 'Universal',
      summary:
        'The child’s needs are met by their family and by the services every child uses: GPs, health visitors, nurseries, schools and school nurses.',
      response:
        'No referral is needed. Universal services carry on supporting the child and family and give advice when asked.',
    },
    {
      level: 2,
      name: 'Additional needs – early help',
      summary:
        'The child has an emerging or additional need that one service, or a few services working together, can meet with the family’s agreement.',
      response:
        'The agency that knows the family best offers early help, using an early help assessment if needs are wider. Agree a plan with the family and review it. Ask the Early Help Service for advice: there is no need to refer to the front door.',
    },
    {
      level: 3,
      name: 'Complex needs – targeted early help or child in need',
      summary:
        'The child has several or longer-lasting needs, and their health or development is likely to be significantly impaired without coordinated help from several agencies.',
      response:
        'A team around the family with a lead practitioner, or an assessment by children’s social care under section 17 of the Children Act 1989 if the child may be a child in need. Refer to the front door when early help has not made enough difference or the needs are too complex for it. Tell parents and seek their consent unless that would put the child at risk.',
    },
    {
      level: 4,
      name: 'Specialist – statutory and child protection',
      summary:
        'The child is suffering, or is likely to suffer, significant harm, or their needs are so acute that specialist or statutory services must act now.',
      response:
        'Refer to the front door straight away by phone and confirm in writing. Children’s social care decides what to do within one working day, and may hold a strategy discussion and start enquiries under section 47 of the Children Act 1989. If a child is in immediate danger, call 999.',
    },
  ],
  indicators: [...CHILD_DEVELOPMENT_INDICATORS, ...PARENTING_CAPACITY_INDICATORS, ...FAMILY_ENVIRONMENT_INDICATORS],
}
