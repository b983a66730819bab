/**
 * The operator's data file (OPERATOR_CONFIG): its schema, how it is read, and
 * what keeps it from going live. No side effects, so the start's checks
 * (lib/config.ts) can read it before anything else loads.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "../validation/zod";

const text = z.string().trim().min(1, { error: "ist leer" });
const email = z.email({ error: "ist keine E-Mail-Adresse" }).nullable();
const link = z.object({ href: z.url({ error: "ist keine Adresse (https://…)" }), label: text });
const postalAddress = z.object({ street: text, postalCode: z.string().regex(/^\d{5}$/, { error: "ist keine Postleitzahl" }), city: text });

export const operatorSchema = z.object({
  /** true only in the shipped sample: the legal pages say "Beispielangaben", a production start refuses it. */
  beispiel: z.boolean().default(false),
  /** The project that offers the portal. */
  project: z.object({ name: text, shortName: text }),
  /** The legal entity behind it (the "Diensteanbieter" of § 5 DDG). */
  organisation: z.object({ name: text, fullName: text, legalForm: text }),
  address: postalAddress,
  phone: z.object({ label: text, href: z.string().regex(/^tel:\+?\d+$/, { error: "muss mit tel: beginnen, z. B. tel:+498912345" }) }),
  fax: z.string().nullable(),
  /** The general contact address; every "schreiben Sie uns" links to it. Null: none shown (the sample). */
  email,
  websites: z.array(link),
  /** Who may represent the association (§ 26 BGB), and its management. */
  representation: z.object({ board: text, management: z.array(z.object({ name: text, role: text })) }),
  register: z.object({ kind: text, court: text, number: text }),
  /** Umsatzsteuer-Identifikationsnummer; null when there is none (then the Impressum leaves it out). */
  vatId: z.string().nullable(),
  /** Responsible for the content according to § 18 Abs. 2 MStV: a natural person with address. */
  contentResponsible: z.object({ name: text, role: text, address: postalAddress }),
  dataProtectionOfficer: z.object({ contact: text, email }),
  /** The data-protection authority for the operator (a registered association in Bavaria: the BayLDA). */
  supervisoryAuthority: z.object({ name: text, address: postalAddress, website: link }),
  accessibility: z.object({
    /** Where people report barriers or ask for content in another form. */
    feedbackEmail: email,
    /**
     * Which law binds the operator and why, as one or two sentences (a federal body: BGG and BITV 2.0; a Bavarian
     * public body or one financed and steered by it: BayBGG and BayBITV); it decides who mediates below.
     */
    law: text,
    /** Date of the accessibility statement (and of its last review), as shown: "27.11.2026". */
    statementDate: z.string().regex(/^\d{2}\.\d{2}\.\d{4}$/, { error: "muss ein Datum wie 27.11.2026 sein" }),
    /** A further sentence after the page's promise to answer within a month, e.g. "Eingänge bestätigen wir innerhalb von drei Arbeitstagen."; null: none. */
    responseNote: z.string().nullable(),
    conciliation: z.object({ name: text, host: text, address: postalAddress, website: link }),
  }),
  /** What the network offers Kommunen, one line each, as /unterstuetzung lists it: only what the operator really offers. */
  services: z.array(text).min(1, { error: "ist leer: nennen Sie mindestens ein Angebot" }),
  /** Promises of service the operator chooses to make on /unterstuetzung (cost, response time); empty: none. */
  serviceNotes: z.array(text),
  /** Funding as the operator states it, dated. */
  funding: z.object({ asOf: text, project: text, programme: text }),
  retention: z.object({
    /** A further sentence on the audit log; null: nothing beyond what the portal itself does (lib/retention.ts). */
    auditLog: z.string().nullable(),
    /** How long the web server keeps access logs with client addresses, as a sentence; null: the page says the operator decides it. */
    serverLogs: z.string().nullable(),
  }),
  /** Processors under Art. 28 DSGVO (hosting, mail delivery), one line each, e.g. "Hosting: Beispiel GmbH, Nürnberg"; empty: none named. */
  processors: z.array(text),
});

export type Operator = z.output<typeof operatorSchema>;
export type PostalAddress = Operator["address"];

export class OperatorConfigError extends Error {}

/** The operator file's data, or an OperatorConfigError whose message names the file and the field. */
export function readOperatorFile(file: string): Operator {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.resolve(file), "utf8"));
  } catch (error) {
    throw new OperatorConfigError(`Betreiberangaben: ${file} ist nicht lesbar oder kein JSON (${(error as Error).message.split("\n")[0]})`);
  }
  const parsed = operatorSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new OperatorConfigError(`Betreiberangaben: ${issue.path.join(".") || "Datei"} ${issue.message}`);
  }
  return parsed.data;
}

/** Every string of the data with its path ("representation.board"). */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}.${index}`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  return [];
}

/**
 * What stops a production start: the sample, an e-mail address left empty, or
 * a placeholder in square brackets. Null when the data may go live.
 */
export function operatorProblem(operator: Operator): string | null {
  if (operator.beispiel) return "Betreiberangaben: beispiel ist true – das sind die mitgelieferten Beispielangaben, nicht Ihre";
  for (const [field, value] of [
    ["email", operator.email],
    ["dataProtectionOfficer.email", operator.dataProtectionOfficer.email],
    ["accessibility.feedbackEmail", operator.accessibility.feedbackEmail],
  ] as const) {
    if (!value) return `Betreiberangaben: ${field} fehlt`;
  }
  const placeholder = strings(operator, "").find(([, value]) => /\[[^\]]*\]/.test(value));
  return placeholder ? `Betreiberangaben: ${placeholder[0]} ist noch ein Platzhalter („${placeholder[1]}“)` : null;
}
