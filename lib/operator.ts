/**
 * Who runs the portal: the one place for the operator's data. Impressum,
 * Datenschutz, Barrierefreiheit, the support page, the contact card and the
 * footer all read from here, so a new operator changes this file and nothing else.
 *
 * The defaults are the NIKO / VIA Bayern e.V. data as printed in the brochure
 * "Integration ist Chefsache!" (2020). Values in square brackets are explicit
 * placeholders: the operator fills them before the portal goes live, and until
 * then they stay visible on the legal pages rather than being guessed.
 */

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
}

export interface WebLink {
  href: string;
  label: string;
}

export interface Operator {
  /** The project that offers the portal. */
  project: { name: string; shortName: string };
  /** The legal entity behind it (the "Diensteanbieter" of § 5 DDG). */
  organisation: { name: string; fullName: string; legalForm: string };
  address: PostalAddress;
  phone: { label: string; href: string };
  fax: string;
  /** The general contact address; every "schreiben Sie uns" links to it. */
  email: string;
  websites: readonly WebLink[];
  /** Who may represent the association (§ 26 BGB), and the management named in the brochure. */
  representation: {
    board: string;
    management: readonly { name: string; role: string }[];
  };
  register: { kind: string; court: string; number: string };
  /** Umsatzsteuer-Identifikationsnummer; null when there is none (then the Impressum leaves it out). */
  vatId: string | null;
  /** Responsible for the content according to § 18 Abs. 2 MStV: a natural person with address. */
  contentResponsible: { name: string; role: string; address: PostalAddress };
  dataProtectionOfficer: { contact: string; email: string };
  /** The data-protection authority for a registered association in Bavaria. */
  supervisoryAuthority: { name: string; address: PostalAddress; website: WebLink };
  accessibility: {
    /** Where people report barriers or ask for content in another form. */
    feedbackEmail: string;
    /** Date of the accessibility statement (and of its last review), as shown: "27.11.2026". */
    statementDate: string;
    /**
     * A response time the operator commits to, e.g. "Wir antworten innerhalb von vier Wochen.";
     * null: the page makes no promise about time.
     */
    responseNote: string | null;
    conciliation: { name: string; host: string; address: PostalAddress; website: WebLink };
  };
  /**
   * Promises of service the operator chooses to make on /unterstuetzung (cost,
   * response time, kinds of advice). The brochure makes none; empty: no promise.
   */
  serviceNotes: readonly string[];
  /** Funding as the brochure states it, dated: it describes 2020, not today. */
  funding: { asOf: string; project: string; programme: string };
  retention: {
    /**
     * A further sentence of the operator on the audit log, e.g. a period after
     * which entries are deleted ("Einträge werden nach drei Jahren gelöscht.");
     * the portal itself removes every reference to a person after
     * RETENTION.auditPseudonymiseYears (lib/retention.ts). null: nothing more.
     */
    auditLog: string | null;
    /**
     * How long the web server in front of the portal keeps access logs with
     * client addresses, as a sentence; null: the page says the operator decides it.
     */
    serverLogs: string | null;
  };
  /**
   * Processors under Art. 28 DSGVO (hosting, mail delivery), one line each,
   * e.g. "Hosting: Beispiel GmbH, Nürnberg"; empty: the page names none.
   */
  processors: readonly string[];
}

const ADDRESS: PostalAddress = { street: "Landwehrstraße 22", postalCode: "80336", city: "München" };

/**
 * Default contact address. The brochure prints no e-mail address: the operator
 * sets the real one here (and may give data protection and accessibility their own).
 */
const CONTACT_EMAIL = "niko@via-bayern.de";

export const OPERATOR: Operator = {
  project: { name: "NIKO – Netzwerk interkulturelle Öffnung Kommunen in Bayern", shortName: "NIKO" },
  organisation: {
    name: "VIA Bayern e.V.",
    fullName: "VIA Bayern e.V. – Verband für Interkulturelle Arbeit",
    legalForm: "eingetragener Verein (e.V.)",
  },
  address: ADDRESS,
  phone: { label: "+49 89 41 90 27 28", href: "tel:+498941902728" },
  fax: "+49 89 41 90 27 27",
  email: CONTACT_EMAIL,
  websites: [
    { href: "https://www.via-bayern.de", label: "www.via-bayern.de" },
    { href: "https://www.migranet.org/niko", label: "www.migranet.org/niko" },
  ],
  representation: {
    // Placeholder: the operator enters the board members entitled to represent the association.
    board: "[vertretungsberechtigter Vorstand laut Vereinsregister]",
    management: [{ name: "Jakob Ruster", role: "Geschäftsführer des VIA Bayern e.V. und Projektleiter von NIKO" }],
  },
  // Placeholder number: the operator enters the entry from the register.
  register: { kind: "Vereinsregister", court: "Amtsgericht München", number: "[Registernummer VR …]" },
  vatId: null,
  // As printed in the brochure (management and editorial team); the operator confirms or replaces.
  contentResponsible: { name: "Jakob Ruster", role: "Geschäftsführer des VIA Bayern e.V.", address: ADDRESS },
  dataProtectionOfficer: {
    // Placeholder: name or external service of the data-protection officer.
    contact: "[Name bzw. externe Stelle der*des Datenschutzbeauftragten, Anschrift wie oben]",
    email: CONTACT_EMAIL,
  },
  supervisoryAuthority: {
    name: "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
    address: { street: "Promenade 18", postalCode: "91522", city: "Ansbach" },
    website: { href: "https://www.lda.bayern.de", label: "www.lda.bayern.de" },
  },
  accessibility: {
    feedbackEmail: CONTACT_EMAIL,
    statementDate: "27.11.2026",
    responseNote: null,
    conciliation: {
      name: "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (BGG)",
      host: "bei der bzw. dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen",
      address: { street: "Mauerstraße 53", postalCode: "10117", city: "Berlin" },
      website: { href: "https://www.schlichtungsstelle-bgg.de", label: "www.schlichtungsstelle-bgg.de" },
    },
  },
  serviceNotes: [],
  funding: {
    asOf: "Stand 2020",
    project: "NIKO ist ein Teilprojekt von MigraNet – Landesnetzwerk Bayern im Förderprogramm „Integration durch Qualifizierung“ (IQ).",
    programme:
      "Das Förderprogramm „Integration durch Qualifizierung (IQ)“ zielt auf die nachhaltige Verbesserung der Arbeitsmarktintegration von Erwachsenen mit Migrationshintergrund ab. Das Programm wird durch das Bundesministerium für Arbeit und Soziales (BMAS) gefördert. Partner in der Umsetzung sind das Bundesministerium für Bildung und Forschung (BMBF) und die Bundesagentur für Arbeit (BA).",
  },
  retention: { auditLog: null, serverLogs: null },
  processors: [],
};

/** "80336 München" */
export function cityLine(address: PostalAddress): string {
  return `${address.postalCode} ${address.city}`;
}

/** "mailto:niko@via-bayern.de" */
export function mailto(email: string): string {
  return `mailto:${email}`;
}
