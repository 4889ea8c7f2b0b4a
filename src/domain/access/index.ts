export * from './actor.js'
export * from './landing.js'
export * from './permissions.js'
export * from './roles.js'
