/** Calendar days as the portal counts them: in Germany, as "YYYY-MM-DD". */

/** Today in Germany as "YYYY-MM-DD": due dates are calendar days there. */
export function todayInGermany(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(now);
}

/** The same day `months` later ("2026-01-31" + 1 runs on into March, as Date does). */
export function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
