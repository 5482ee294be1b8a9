// Dates as a British newsroom writes them, in the publication's time zone.
const TIME_ZONE = 'Europe/London'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE })
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
})

export const formatDate = (date: Date | string) => dateFormat.format(new Date(date))
export const formatDateTime = (date: Date | string) => dateTimeFormat.format(new Date(date))

/** "Jane Doe", "Jane Doe and John Roe", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
