// Dates and times as GOV.UK writes them, always in London time: 26 November 2026, 3:05pm.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
})

export function formatDate(d: Date): string {
  return dateFormat.format(d)
}

export function formatTime(d: Date): string {
  // en-GB writes midnight hours as 0:30 am; GOV.UK style is 12:30am.
  const t = timeFormat
    .format(d)
    .replace(/^0:/, '12:')
    .replace(/\s?(am|pm)$/i, (_, p: string) => p.toLowerCase())
  return t === '12:00pm' ? 'midday' : t === '12:00am' ? 'midnight' : t
}

export function formatDateTime(d: Date): string {
  return `${formatDate(d)}, ${formatTime(d)}`
}
