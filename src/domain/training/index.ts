export * from './audience.js'
export * from './escalation-check.js'
export * from './marking.js'
