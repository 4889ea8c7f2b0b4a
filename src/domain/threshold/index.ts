export * from './assessment-framework.js'
export * from './threshold-document.js'
export * from './threshold-document-json.js'
export * from './threshold-document-rules.js'
