/** German formats used across the interface: 25.11.2026, 14:32. */
const DATE = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Berlin" });
const TIME = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });

export function formatDate(value: Date | string | null | undefined): string {
  return value ? DATE.format(new Date(value)) : "–";
}

export function formatTime(value: Date | string): string {
  return TIME.format(new Date(value));
}

export const CHECK_STATUS_LABELS = {
  draft: "Entwurf",
  submitted: "Eingereicht",
  in_review: "In Prüfung",
  released: "Rückmeldung freigegeben",
} as const;
