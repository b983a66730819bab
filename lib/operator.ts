/**
 * Who runs the portal: the operator's data, for the Impressum, Datenschutz,
 * Barrierefreiheit, the support page, the contact card and the footer. It
 * comes from one JSON file named by OPERATOR_CONFIG, checked against the
 * schema in lib/operator/config.ts; without it the portal shows the shipped sample
 * (lib/operator/beispiel.json, marked "Beispielangaben" on every legal page).
 * A production start refuses a missing file, a sample, an empty e-mail or a
 * placeholder in square brackets, naming the field (lib/config.ts).
 *
 * The file is read when the build prerenders the public pages and again when
 * the server starts: build and serve with the same OPERATOR_CONFIG.
 */
import sample from "./operator/beispiel.json" with { type: "json" };
import { operatorSchema, readOperatorFile, type Operator, type PostalAddress } from "./operator/config";

export type { Operator, PostalAddress };

/** The operator of this process: the file named by OPERATOR_CONFIG, else the shipped sample. */
function loadOperator(): Operator {
  const file = process.env.OPERATOR_CONFIG;
  return file ? readOperatorFile(file) : operatorSchema.parse(sample);
}

export const OPERATOR: Operator = loadOperator();

/** "80336 München" */
export function cityLine(address: PostalAddress): string {
  return `${address.postalCode} ${address.city}`;
}
