/**
 * Contact data of the network in the shape older importers expect. The data
 * itself lives in lib/operator.ts; new code reads OPERATOR directly.
 */
import { cityLine, OPERATOR } from "./operator";

export const NETWORK_CONTACT = {
  project: OPERATOR.project.name,
  organisation: OPERATOR.organisation.fullName,
  street: OPERATOR.address.street,
  city: cityLine(OPERATOR.address),
  phone: OPERATOR.phone.label,
  phoneHref: OPERATOR.phone.href,
  fax: OPERATOR.fax,
  websites: OPERATOR.websites,
} as const;
