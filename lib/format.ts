/** German formats used across the interface: 25.11.2026, 14:32. */
const DATE = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Berlin" });
const TIME = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });
// One formatter each, made once: `toLocaleString` with options builds a new Intl.NumberFormat on every call,
// which a profile of the check page (143 scale labels) showed as 8 % of the server's CPU.
const DECIMAL = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });
const PLAIN_DECIMAL = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1, useGrouping: false });

/**
 * The space between a number and "%": narrow and no-break (U+202F), so "70 %"
 * never wraps before the sign, in pages, chart labels and exports alike.
 */
export const PERCENT_SPACE = "\u202f";

/** "70 %", "53,2 %": the one percent format of the portal. */
export function formatPercent(value: number): string {
  return `${DECIMAL.format(value)}${PERCENT_SPACE}%`;
}

/** "1.234", "53,2": counts and figures in running text. */
export function formatNumber(value: number): string {
  return DECIMAL.format(value);
}

/** "1 Antwort", "1.200 Antworten": a count with its noun in the right number. */
export function formatCount(value: number, singular: string, plural: string): string {
  return `${formatNumber(value)} ${value === 1 ? singular : plural}`;
}

/** "1234,5": a number for a spreadsheet cell (no thousands separator). */
export function formatPlainNumber(value: number): string {
  return PLAIN_DECIMAL.format(value);
}

export function formatDate(value: Date | string | null | undefined): string {
  return value ? DATE.format(new Date(value)) : "–";
}

export function formatTime(value: Date | string): string {
  return TIME.format(new Date(value));
}

/** Where a round stands, as a sentence for running text (the labels below are for tables and filters). */
export const CHECK_STATUS_SENTENCES = {
  draft: "Dieser Kurz-Check ist ein Entwurf; Ihr Team kann ihn noch bearbeiten.",
  submitted: "Dieser Kurz-Check ist eingereicht und wartet darauf, dass die Beratung von NIKO ihn prüft.",
  in_review: "Die Beratung von NIKO prüft diesen Kurz-Check gerade.",
  released: "Die Beratung von NIKO hat ihre Rückmeldung zu diesem Kurz-Check freigegeben.",
} as const;

export const CHECK_STATUS_LABELS = {
  draft: "Entwurf",
  submitted: "Eingereicht",
  in_review: "In Prüfung",
  released: "Rückmeldung freigegeben",
} as const;

/** German words for the audit entries advisors see in "Letzte Aktivitäten". */
export const PLATFORM_ROLE_LABELS = { member: "Kommune", advisor: "Beratung", admin: "Administration" } as const;
export const MEMBERSHIP_ROLE_LABELS = { owner: "Verantwortlich", member: "Mitglied" } as const;
