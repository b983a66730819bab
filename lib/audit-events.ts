/**
 * Every event the audit log records, with the German words the advisors'
 * activity feed shows for it. The audit writer takes only these keys, so a
 * new event cannot be written without its label; lib/audit-events.test.ts
 * checks the code for every event it writes.
 */
export const AUDIT_EVENTS = {
  "auth.password_accepted": "Passwort bei der Anmeldung bestätigt",
  "auth.password_reset": "Passwort über den Link neu gesetzt",
  "auth.password_reset_requested": "Link zum Zurücksetzen des Passworts angefordert",
  "auth.password_reset_throttled": "Weitere Links zum Zurücksetzen zurückgehalten (zu viele Anfragen)",
  "auth.reauthentication_failed": "Aktuelles Passwort falsch eingegeben",
  "auth.recovery_code_used": "Mit einem Wiederherstellungscode angemeldet",
  "auth.second_factor_failed": "Falscher Sicherheitscode",
  "auth.sign_in_failed": "Anmeldung fehlgeschlagen",
  "auth.sign_in_refused_disabled": "Anmeldung abgewiesen: Konto deaktiviert",
  "auth.signed_in": "Angemeldet",
  "auth.signed_out": "Abgemeldet",
  "auth.signed_out_everywhere": "Auf allen Geräten abgemeldet",
  "check.created": "Kurz-Check begonnen",
  "check.created_from_trial": "Kurz-Check aus dem Ausprobieren übernommen",
  "check.submitted": "Kurz-Check eingereicht",
  "check.review_started": "Prüfung begonnen",
  "check.released": "Rückmeldung freigegeben",
  "check.returned": "An die Kommune zurückgegeben",
  "invitation.created": "Einladung verschickt",
  "invitation.accepted": "Einladung angenommen",
  "invitation.revoked": "Einladung zurückgezogen",
  "measure.calendar_feed_renewed": "Kalender-Adresse des Maßnahmenplans erneuert",
  "measure.comment_drafted": "Kommentar der Beratung zu einer Maßnahme entworfen",
  "measure.comments_released": "Kommentare der Beratung zum Maßnahmenplan freigegeben",
  "measure.created": "Maßnahme angelegt",
  "measure.note_added": "Fortschritt einer Maßnahme notiert",
  "measure.updated": "Maßnahme geändert",
  "membership.left": "Team verlassen",
  "membership.removed": "Person aus dem Team entfernt",
  "membership.role_changed": "Rolle im Team geändert",
  "organisation.advisor_assigned": "Zuständige Beratung zugewiesen",
  "organisation.registered": "Kommune registriert",
  "organisation.rejected": "Registrierung abgelehnt",
  "organisation.updated": "Angaben der Kommune geändert",
  "organisation.verified": "Registrierung bestätigt",
  "perspective.invited": "Person zur Perspektive eingeladen",
  "perspective.submitted": "Perspektive abgegeben",
  "perspective.withdrawn": "Einladung zur Perspektive zurückgezogen",
  "review.comments_saved": "Kommentare als Entwurf gespeichert",
  "review.reply_by_advisor": "Antwort der Beratung",
  "review.reply_by_kommune": "Antwort der Kommune",
  "session.kommune_chosen": "Kommune für die Sitzung gewählt",
  "translations.imported": "Geprüfte Übersetzungen eingelesen",
  "user.data_exported": "Eigene Daten heruntergeladen",
  "user.deactivated": "Konto deaktiviert",
  "user.deleted": "Konto gelöscht",
  "user.email_changed": "E-Mail-Adresse geändert",
  "survey.ended": "Befragung beendet",
  "survey.started": "Befragung gestartet",
  "user.email_confirmed": "E-Mail-Adresse bestätigt",
  "user.name_changed": "Name geändert",
  "user.password_changed": "Passwort geändert",
  "user.reactivated": "Konto reaktiviert",
  "user.registered_by_invitation": "Konto über eine Einladung angelegt",
  "user.reminders_off": "Erinnerungen an Maßnahmen ausgeschaltet",
  "user.reminders_on": "Erinnerungen an Maßnahmen eingeschaltet",
  "user.role_changed": "Rolle geändert",
  "user.second_factor_disabled": "Zweiten Faktor ausgeschaltet",
  "user.second_factor_enabled": "Zweiten Faktor eingerichtet",
  "user.second_factor_reset": "Zweiten Faktor zurückgesetzt",
  "workshop.ended": "Workshop beendet",
  "workshop.started": "Workshop gestartet",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_EVENTS;

/** The German words for an event; an event from an older version of the portal keeps a readable fallback, never its program id. */
export function auditActionLabel(action: string): string {
  return (AUDIT_EVENTS as Record<string, string>)[action] ?? "Sonstige Änderung";
}
