/**
 * Labels of the visits on the followers chart: the date alone when each visit is on a day of its
 * own, the date and time when two visits share a day (so no two labels are equal). Written in the
 * merchant's locale and time zone.
 */
export function visitLabels(times: readonly number[], locale: string, timeZone?: string): string[] {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone });
  const days = times.map((at) => day.format(at));
  const shared = new Set(days.filter((d, i) => days.indexOf(d) !== i));
  if (shared.size === 0) return days;
  const withTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone });
  const labels = times.map((at, i) => (shared.has(days[i]!) ? withTime.format(at) : days[i]!));
  // Two visits in the same minute (they are at least 10 minutes apart when stored, but a list of
  // times may come from anywhere): seconds tell them apart.
  if (new Set(labels).size === labels.length) return labels;
  const withSeconds = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone });
  return times.map((at, i) => (shared.has(days[i]!) ? withSeconds.format(at) : days[i]!));
}
