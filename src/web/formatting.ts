// Views format dates through the one implementation in the domain's shared helpers.
export { formatDate, formatDateTime, formatTime } from '../domain/shared/formatting.js'
