/**
 * Every scheduled job of the portal, in one place: its queue name, when it
 * runs (cron, German time) and the plain service function it calls, so a test
 * can call the same function with a moved clock.
 */
import type { Database } from "@/db";
import { sendMeasureReminders, sendYearlyInvitations } from "@/lib/services/reminders";
import { applyRetention } from "@/lib/services/retention";
import { sealStoredSecrets } from "@/lib/services/second-factor";

export interface ScheduledJob {
  name: string;
  /** cron in Europe/Berlin. */
  cron: string;
  description: string;
  run: (db: Database, now: Date) => Promise<Record<string, number>>;
}

export const JOBS: readonly ScheduledJob[] = [
  {
    name: "measure-reminders",
    cron: "0 7 * * 1",
    description: "Wöchentliche Erinnerung an fällige und überfällige Maßnahmen (montags, 7 Uhr)",
    run: sendMeasureReminders,
  },
  {
    name: "yearly-invitations",
    cron: "30 7 * * *",
    description: "Einladung zur nächsten Runde zwölf Monate nach dem letzten Kurz-Check (täglich, 7:30 Uhr)",
    run: sendYearlyInvitations,
  },
  {
    name: "retention",
    cron: "15 3 * * *",
    description:
      "Löschfristen: unbestätigte Registrierungen, abgelaufene Links und Sitzungen, alte Zähler; Protokolleinträge nach zwei Jahren ohne Personenbezug (täglich, 3:15 Uhr)",
    run: applyRetention,
  },
  {
    name: "second-factor-sealing",
    cron: "20 * * * *",
    description: "Geheimnisse des zweiten Faktors mit dem aktuellen AUTH_SECRET versiegeln, auch ältere und noch unverschlüsselte (stündlich, Minute 20)",
    run: sealStoredSecrets,
  },
];

/** The German words for what a run reports (its summary's keys), for /admin. */
export const JOB_SUMMARY_LABELS: Record<string, string> = {
  sent: "gesendet",
  skipped: "übersprungen",
  registrationsDeleted: "unbestätigte Registrierungen gelöscht",
  kommunenDeleted: "verwaiste Kommunen gelöscht",
  linksDeleted: "Links gelöscht",
  invitationsDeleted: "Einladungen gelöscht",
  sessionsDeleted: "Sitzungen gelöscht",
  throttleCountersDeleted: "Zähler gelöscht",
  auditEntriesPseudonymised: "Protokolleinträge pseudonymisiert",
  jobRunsDeleted: "alte Läufe gelöscht",
  secretsSealed: "versiegelt",
  secretsUnreadable: "nicht lesbar",
};

export function findJob(name: string): ScheduledJob | undefined {
  return JOBS.find((job) => job.name === name);
}
