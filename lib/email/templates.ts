/** German texts of the portal's emails. Links are absolute (SITE_URL). */
import { siteUrl } from "@/lib/site";
import type { Mail } from "./mailer";

const SIGNATURE = "\n\nMit freundlichen Grüßen\nIhr Team von NIKO – Netzwerk interkulturelle Öffnung Kommunen in Bayern";

export function confirmEmailMail(to: string, name: string, token: string): Mail {
  return {
    to,
    subject: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    text: `Guten Tag ${name},\n\nvielen Dank für Ihre Registrierung beim Kurz-Check Integration. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link:\n\n${siteUrl()}/email-bestaetigen/${token}\n\nDer Link ist 7 Tage gültig. Sie können das Portal schon jetzt nutzen.${SIGNATURE}`,
  };
}

export function passwordResetMail(to: string, token: string): Mail {
  return {
    to,
    subject: "Ihr Passwort zurücksetzen",
    text: `Guten Tag,\n\nSie haben ein neues Passwort für den Kurz-Check Integration angefordert. Über diesen Link legen Sie es fest:\n\n${siteUrl()}/passwort-zuruecksetzen/${token}\n\nDer Link ist eine Stunde gültig und kann nur einmal verwendet werden. Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren; Ihr bisheriges Passwort bleibt gültig.${SIGNATURE}`,
  };
}

export function invitationMail(to: string, inviterName: string, target: string, token: string): Mail {
  return {
    to,
    subject: `Einladung zum Kurz-Check Integration: ${target}`,
    text: `Guten Tag,\n\n${inviterName} lädt Sie ein, im Kurz-Check Integration mitzuarbeiten (${target}). Über diesen Link nehmen Sie die Einladung an:\n\n${siteUrl()}/einladung/${token}\n\nDie Einladung ist 7 Tage gültig und kann nur einmal verwendet werden.${SIGNATURE}`,
  };
}
