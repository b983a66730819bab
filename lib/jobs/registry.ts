/**
 * Every scheduled job of the portal, in one place: its queue name, when it
 * runs (cron, German time) and the plain service function it calls, so a test
 * can call the same function with a moved clock.
 */
import type { Database } from "@/db";
import { sendMeasureReminders, sendYearlyInvitations } from "@/lib/services/reminders";
import { applyRetention } from "@/lib/services/retention";

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
    description: "Löschfristen: unbestätigte Registrierungen, abgelaufene Links und Sitzungen, alte Zähler; Protokolleinträge nach zwei Jahren ohne Personenbezug (täglich, 3:15 Uhr)",
    run: applyRetention,
  },
];

export function findJob(name: string): ScheduledJob | undefined {
  return JOBS.find((job) => job.name === name);
}
