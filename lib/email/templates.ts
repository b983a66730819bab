/** German texts of the portal's emails. Links are absolute (SITE_URL). */
import { OPERATOR } from "@/lib/operator";
import { siteUrl } from "@/lib/site";
import type { Mail } from "./mailer";

const SIGNATURE = `\n\nMit freundlichen Grüßen\nIhr Team von ${OPERATOR.project.name}`;

export function confirmEmailMail(to: string, name: string, token: string): Mail {
  return {
    to,
    subject: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    text: `Guten Tag ${name},\n\nbitte bestätigen Sie, dass diese E-Mail-Adresse zu Ihrem Konto beim Kurz-Check Integration gehört:\n\n${siteUrl()}/email-bestaetigen/${token}\n\nDer Link ist 7 Tage gültig und bestätigt nur diese Adresse. Anmelden können Sie sich schon jetzt mit Ihrer E-Mail-Adresse und Ihrem Passwort:\n\n${siteUrl()}/anmelden${SIGNATURE}`,
  };
}

/** To the owner of an address someone tried to register again: no second account, and no hint to the person who tried. */
export function alreadyRegisteredMail(to: string): Mail {
  return {
    to,
    subject: "Registrierung mit Ihrer E-Mail-Adresse",
    text: `Guten Tag,\n\nsoeben wurde versucht, mit Ihrer E-Mail-Adresse eine Kommune beim Kurz-Check Integration zu registrieren. Für diese Adresse besteht bereits ein Konto, deshalb wurde kein weiteres angelegt.\n\nWaren Sie das? Dann melden Sie sich mit Ihrem bisherigen Konto an:\n\n${siteUrl()}/anmelden\n\nFalls Sie Ihr Passwort nicht mehr wissen, legen Sie hier ein neues fest:\n\n${siteUrl()}/passwort-vergessen\n\nSoll eine weitere Kommune dazukommen, bitten Sie deren Verantwortliche um eine Einladung. Wenn Sie den Versuch nicht kennen, können Sie diese E-Mail ignorieren.${SIGNATURE}`,
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

export function feedbackReleasedMail(to: string, roundTitle: string, checkId: string): Mail {
  return {
    to,
    subject: `Rückmeldung zu Ihrem ${roundTitle}`,
    text: `Guten Tag,\n\ndie Berater*innen von NIKO haben ihre Rückmeldung zu Ihrem ${roundTitle} freigegeben. Sie finden sie hier:\n\n${siteUrl()}/kommune/checks/${checkId}/ergebnis#rueckmeldung\n\nZu jeder kommentierten Frage können Sie dort auch antworten.${SIGNATURE}`,
  };
}

export function checkReturnedMail(to: string, roundTitle: string, checkId: string, reason: string): Mail {
  return {
    to,
    subject: `Ihr ${roundTitle} wurde zur Überarbeitung zurückgegeben`,
    text: `Guten Tag,\n\ndie Beratung von NIKO hat Ihren ${roundTitle} zur Überarbeitung an Sie zurückgegeben. Begründung:\n\n${reason}\n\nSie können den Check hier weiter bearbeiten und erneut einreichen:\n\n${siteUrl()}/kommune/checks/${checkId}${SIGNATURE}`,
  };
}

export function registrationDecisionMail(to: string, organisationName: string, verified: boolean, reason?: string): Mail {
  return verified
    ? {
        to,
        subject: `Registrierung bestätigt: ${organisationName}`,
        text: `Guten Tag,\n\ndas Team von NIKO hat die Registrierung von ${organisationName} bestätigt. Vielen Dank für Ihr Interesse am Kurz-Check Integration.${SIGNATURE}`,
      }
    : {
        to,
        subject: `Registrierung nicht bestätigt: ${organisationName}`,
        text: `Guten Tag,\n\ndas Team von NIKO konnte die Registrierung von ${organisationName} nicht bestätigen. Begründung:\n\n${reason ?? ""}\n\nBei Fragen melden Sie sich gern bei uns.${SIGNATURE}`,
      };
}

export function secondFactorResetMail(to: string, name: string): Mail {
  return {
    to,
    subject: "Ihr zweiter Faktor wurde zurückgesetzt",
    text: `Guten Tag ${name},\n\ndie Administration des Kurz-Check Integration hat die Anmeldung mit zweitem Faktor für Ihr Konto zurückgesetzt. Alle laufenden Anmeldungen sind beendet. Bei Ihrer nächsten Anmeldung richten Sie den zweiten Faktor mit Ihrer Authenticator-App neu ein:\n\n${siteUrl()}/anmelden\n\nWenn Sie das nicht veranlasst haben, wenden Sie sich bitte umgehend an die Administration.${SIGNATURE}`,
  };
}

const PASSKEY_CHANGES = {
  added: { subject: "Neuer Passkey für Ihr Konto", sentence: "wurde Ihrem Konto ein Passkey hinzugefügt" },
  renamed: { subject: "Passkey umbenannt", sentence: "wurde ein Passkey Ihres Kontos umbenannt" },
  removed: { subject: "Passkey entfernt", sentence: "wurde ein Passkey aus Ihrem Konto entfernt" },
} as const;

/** Every change to a person's passkeys is mailed to them: a change they did not make is a warning. */
export function passkeyChangedMail(to: string, name: string, change: keyof typeof PASSKEY_CHANGES, passkeyName: string): Mail {
  const { subject, sentence } = PASSKEY_CHANGES[change];
  return {
    to,
    subject,
    text: `Guten Tag ${name},\n\nsoeben ${sentence}: „${passkeyName}“. Ihre Passkeys sehen Sie unter\n\n${siteUrl()}/konto#passkeys\n\nWenn Sie das nicht selbst waren, ändern Sie bitte sofort Ihr Passwort, entfernen Sie unbekannte Passkeys und wenden Sie sich an die Administration.${SIGNATURE}`,
  };
}

export function measureCommentsReleasedMail(to: string): Mail {
  return {
    to,
    subject: "Neue Kommentare der Beratung zu Ihrem Maßnahmenplan",
    text: `Guten Tag,\n\ndie Beratung von NIKO hat Ihren Maßnahmenplan gelesen und Kommentare zu einzelnen Maßnahmen hinterlassen. Sie finden sie bei den Maßnahmen:\n\n${siteUrl()}/kommune/massnahmen${SIGNATURE}`,
  };
}

const germanDay = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The weekly digest of one person's due and overdue measures. */
export function measureDigestMail(
  to: string,
  name: string,
  entries: readonly { measureId: string; title: string; dueOn: string; organisationName: string }[],
  today: string,
): Mail {
  const overdue = entries.filter((e) => e.dueOn < today);
  const soon = entries.filter((e) => e.dueOn >= today);
  const line = (e: (typeof entries)[number]) =>
    `- ${e.title} (${e.organisationName}), fällig am ${germanDay(e.dueOn)}\n  ${siteUrl()}/kommune/massnahmen/${e.measureId}`;
  const parts = [
    overdue.length ? `Überfällig:\n${overdue.map(line).join("\n")}` : "",
    soon.length ? `In den nächsten sieben Tagen fällig:\n${soon.map(line).join("\n")}` : "",
  ].filter(Boolean);
  return {
    to,
    subject: `Ihre Maßnahmen: ${overdue.length ? `${overdue.length} überfällig, ` : ""}${soon.length} bald fällig`,
    text: `Guten Tag ${name},\n\nhier ist Ihre wöchentliche Übersicht aus dem Maßnahmenplan:\n\n${parts.join("\n\n")}\n\nHaben Sie eine Maßnahme erledigt oder verschoben, ändern Sie bitte ihren Status oder Termin im Plan. Diese Erinnerung können Sie in Ihrem Konto abschalten:\n\n${siteUrl()}/konto${SIGNATURE}`,
  };
}

/** Twelve months after the last round: the invitation to the next one. */
export function yearlyInvitationMail(to: string, organisationName: string, roundTitle: string): Mail {
  return {
    to,
    subject: `Zeit für die nächste Runde: Kurz-Check für ${organisationName}`,
    text: `Guten Tag,\n\nvor einem Jahr hat ${organisationName} den ${roundTitle} eingereicht. Wie hat sich Ihre Integrationsarbeit seitdem entwickelt? Eine neue Runde zeigt es Ihnen – und bei jeder Frage, ob Sie die Zielwerte Ihrer Maßnahmen erreicht haben.\n\nSo beginnen Sie: ${siteUrl()}/kommune${SIGNATURE}`,
  };
}

/** A personal link to answer a round from one perspective (no account needed). */
export function perspectiveInvitationMail(
  to: string,
  inviterName: string,
  organisationName: string,
  roundTitle: string,
  perspective: string,
  token: string,
): Mail {
  return {
    to,
    subject: `Ihre Sicht ist gefragt: Kurz-Check Integration ${organisationName}`,
    text: `Guten Tag,\n\n${inviterName} bittet Sie, die 13 Fragen des ${roundTitle} für ${organisationName} aus Ihrer Sicht zu beantworten (Perspektive: ${perspective}). Das dauert etwa zehn Minuten; ein Konto brauchen Sie nicht:\n\n${siteUrl()}/perspektive/${token}\n\nIhre Antworten werden laufend gespeichert; mit „Antworten absenden“ schließen Sie ab. Das Team sieht nur zusammengefasste Werte je Perspektive, sobald mindestens drei Personen geantwortet haben. Der Link gilt nur für Sie, bis Sie absenden oder die Runde abgeschlossen ist.\n\nDatenschutz (Art. 14 DSGVO): Ihren Namen oder Ihre Rolle und Ihre E-Mail-Adresse hat ${organisationName} eingegeben, um Sie einzuladen. Verantwortlich für diese Daten und Ihre Antworten ist ${organisationName}; das Portal verarbeitet sie in deren Auftrag und gibt sie nicht weiter. Gespeichert bleiben sie, solange der Kurz-Check der Kommune gespeichert ist; zieht die Kommune die Einladung zurück, gilt der Link nicht mehr. Sie können Auskunft, Berichtigung und Löschung verlangen und sich bei einer Datenschutzaufsichtsbehörde beschweren. Mehr dazu: ${siteUrl()}/datenschutz#perspektiven${SIGNATURE}`,
  };
}
