/** Dates as readers see them ("30 November 2022") and as machines read them (ISO). */
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function readableDate(date: Date): string {
  return long.format(date);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
